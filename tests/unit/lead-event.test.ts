import { describe, expect, it } from 'vitest';
import { decideEventSequence, FURTHER_EVENT_MIN_DAYS, leadEvent, onsetDaysAfter, type EventSequence } from '../../src/core/matching/lead-event.ts';

describe('leadEvent: the earliest day a lead names, and whether it calls its happening a further one', () => {
  it.each<[string, string, string, string | undefined, string | undefined, boolean]>([
    ['a weekday read back from the report date (Saturday before Sunday 26 April)', 'Toll tops 2,500', 'Survivors braced on Sunday for aftershocks of the quake that hit on Saturday.', '2015-04-26', '2015-4-25', false],
    ['a stated date without a year takes the report\'s year', 'Second quake', 'On May 12th, a second earthquake hit Nepal.', '2015-05-13', '2015-5-12', true],
    ['undated report: month and day only', '2nd large quake shatters Nepal', 'A summary of Tuesday\'s second 7.3 earthquake. Tuesday May 12th, a second earthquake hit.', undefined, 'undefined-5-12', true],
    ['a yearless date after the report date is last year\'s', 'Look back', 'The fire of December 30 was the worst.', '2020-01-02', '2019-12-30', false],
    ['"yesterday" is the day before', 'Strike', 'Thousands marched yesterday in Paris.', '2023-01-20', '2023-1-19', false],
    ['dates past the second sentence are background', 'Quake', 'A quake hit. Rescuers dug. It was the worst since January 5.', undefined, undefined, false],
    ['fresh protests with a word between', 'Fresh mass protests in the capital', 'Police said 10,000 took part.', undefined, undefined, true],
    ['"a second witness" is no further happening', 'Trial', 'A second witness testified on Monday.', '2013-04-12', '2013-4-8', false],
    ['"second-degree murder" is no further happening', 'Verdict', 'He was found guilty of second-degree murder on May 3, 2013.', undefined, '2013-5-3', false],
  ])('%s', (_what, title, text, reportDate, onset, further) => {
    const e = leadEvent(title, text, reportDate);
    expect(e.onset ? `${e.onset.year}-${e.onset.month}-${e.onset.day}` : undefined).toBe(onset);
    expect(e.further).toBe(further);
  });
});

describe('onsetDaysAfter', () => {
  it('counts by the calendar when both years are known, else by month and day within half a year', () => {
    expect(onsetDaysAfter({ year: 2015, month: 5, day: 12 }, { year: 2015, month: 4, day: 25 })).toBe(17);
    expect(onsetDaysAfter({ month: 5, day: 12 }, { year: 2015, month: 4, day: 25 })).toBe(17);
    expect(onsetDaysAfter({ month: 1, day: 3 }, { month: 12, day: 30 })).toBe(4);
    expect(onsetDaysAfter({ month: 4, day: 25 }, { month: 5, day: 12 })).toBe(-17);
  });
});

describe('decideEventSequence', () => {
  const first = { onset: { year: 2015, month: 4, day: 25 }, further: false };
  const update = { onset: { year: 2015, month: 4, day: 25 }, further: false };
  const second = { onset: { month: 5, day: 12 }, further: true };
  const soon = { onset: { year: 2015, month: 4, day: 25 + FURTHER_EVENT_MIN_DAYS - 1 }, further: true };
  const backRef = { onset: { year: 2015, month: 4, day: 25 }, further: true };
  const undated = { further: true };
  const earlierFurther = { onset: { year: 2015, month: 4, day: 1 }, further: true };
  it.each<[string, Parameters<typeof decideEventSequence>[0], Parameters<typeof decideEventSequence>[1], EventSequence]>([
    ['a second earthquake seventeen days after the first', second, first, 'further-event'],
    ['two reports of the first, days apart', first, update, 'unknown'],
    ['a "further" lead starting only days after the other: its aftermath, maybe', soon, first, 'unknown'],
    ['a further happening whose lead names its predecessor\'s day', backRef, first, 'unknown'],
    ['no day in one lead: nothing to compare', undated, first, 'unknown'],
    ['the "further" report starts before the other: not a further happening of it', earlierFurther, first, 'unknown'],
  ])('%s', (_what, a, b, expected) => {
    expect(decideEventSequence(a, b)).toBe(expected);
    expect(decideEventSequence(b, a)).toBe(expected);
  });
});
