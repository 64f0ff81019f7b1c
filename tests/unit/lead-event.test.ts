import { describe, expect, it } from 'vitest';
import { decideEventSequence, FURTHER_EVENT_MIN_DAYS, leadEvent, type EventSequence, type LeadEvent } from '../../src/core/matching/lead-event.ts';
import { daysAfter } from '../../src/core/matching/event-days.ts';

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
    ['a dated lead naming no day is of its own date', 'Quake toll rises', 'Rescuers dug through rubble.', '2023-10-08', '2023-10-8', false],
    ['a yearless date days after the report date is a plan, left out', 'Unions plan', 'A new mobilization is planned on January 31.', '2023-01-20', '2023-1-20', false],
    ['a weekday one day after the report date is that day (time zones)', 'Launch', 'North Korea fired a missile over Hokkaido Friday.', '2017-09-14', '2017-9-15', false],
    ['two words may come between, none a function word', 'Another 6.3 magnitude earthquake hits Herat', 'Residents were shaken.', '2023-10-11', '2023-10-11', true],
    ['"new video in the shooting trial" is no new shooting', 'Prosecutors release new video in shooting trial', 'The video was shown.', '2013-04-16', '2013-4-16', false],
    ['aftershocks are the first quake\'s story', 'Fresh aftershocks rattle Nepal', 'Survivors slept outside.', '2015-04-27', '2015-4-27', false],
    ['"January 1" in a report of December 31 is next year\'s', 'Fireworks', 'The fire broke out on January 1 shortly after midnight.', '2023-12-31', '2024-1-1', false],
    ['"December 30" in a report of January 2 is last year\'s', 'Look back', 'The fire of December 30 was the worst.', '2020-01-02', '2019-12-30', false],
    ['a day with a stated year long before the report date is background', 'Quake hits Herat', 'A strong earthquake shook Herat, the deadliest since the April 25, 2015 quake.', '2023-10-11', '2023-10-11', false],
    ['"Brand-new" is no further happening, nor a verb "crashes"', 'Brand-new Boeing aircraft crashes into the Java Sea', 'The jet went down minutes after take-off.', '2018-10-29', '2018-10-29', false],
    ['"a new March 31 deadline" is no march', 'Talks', 'Leaders set a new March 31 deadline.', '2019-02-01', '2019-2-1', false],
    ['a name between, outside a headline: "New Years Eve attacks"', 'Review', 'Police recalled the New Years Eve attacks in the city.', '2017-01-05', '2017-1-5', false],
    ['a plural in -ies: "fresh rallies"', 'Fresh rallies in the capital', 'Thousands gathered.', '2020-08-23', '2020-8-23', true],
  ])('%s', (_what, title, text, reportDate, onset, further) => {
    const e = leadEvent(title, text, reportDate);
    expect(e.onset ? `${e.onset.year}-${e.onset.month}-${e.onset.day}` : undefined).toBe(onset);
    expect(e.further).toBe(further);
  });
});

describe('leadEvent: the further happening\'s own day', () => {
  it('is the day its own sentence names, not its predecessor\'s named elsewhere in the lead', () => {
    const e = leadEvent('Earthquake today: another 6.3 magnitude quake shakes Afghanistan', 'Another strong earthquake has shaken the west, where a quake on Saturday killed more than 2,000 people.', '2023-10-11');
    expect(e.onset).toEqual({ year: 2023, month: 10, day: 7 });
    expect(e.furtherOn).toEqual({ year: 2023, month: 10, day: 11 });
  });
  it('is never guessed from the report\'s date: a later report of the second quake naming no day has none', () => {
    const e = leadEvent('Another quake leaves Herat villages in ruins', 'Rescuers dug through rubble.', '2023-10-15');
    expect(e.further).toBe(true);
    expect(e.furtherOn).toBeUndefined();
    const earlier = leadEvent('6.3 quake hits Herat', 'A strong earthquake hit Herat on Wednesday.', '2023-10-11');
    expect(decideEventSequence(e, earlier)).toBe('unknown');
  });
  it('a dated report that names an old quake in its lead still counts its own date among its days', () => {
    const a = leadEvent('Another 6.3 magnitude earthquake hits Herat', 'It struck on Wednesday.', '2023-10-11');
    const c = leadEvent('Quake hits Herat', 'A strong earthquake shook Herat, the deadliest since the April 25, 2015 quake.', '2023-10-11');
    expect(decideEventSequence(a, c)).toBe('unknown');
  });
  it('is the lead\'s first named day when the further sentence names none it can read', () => {
    const e = leadEvent('2nd large quake shatters Nepal', 'A summary of Tuesday\'s second 7.3 earthquake. Tuesday May 12th, a second earthquake hit.');
    expect(e.furtherOn).toEqual({ month: 5, day: 12 });
  });
});

describe('leadEvent: the weekdays a lead names', () => {
  it.each<[string, string, string, number[]]>([
    ['one weekday, Monday 0', 'Car bomb kills 27', 'A car bombing in Turkey\'s capital Sunday killed at least 27 people.', [6]],
    ['each weekday once, in order, title included', 'Thursday strike', 'Workers struck on Thursday. Unions called another strike for Tuesday.', [3, 1]],
    ['in any case', 'STRIKE ON THURSDAY', 'Workers struck.', [3]],
    ['past the second sentence they are background', 'Strike', 'Workers struck. Trains stopped. On Friday talks resume.', []],
    ['no weekday', 'Quake', 'A quake hit the region.', []],
  ])('%s', (_why, title, text, weekdays) => {
    expect(leadEvent(title, text).weekdays).toEqual(weekdays);
  });
});

describe('daysAfter', () => {
  it('counts by the calendar when both years are known, else by month and day within half a year', () => {
    expect(daysAfter({ year: 2015, month: 5, day: 12 }, { year: 2015, month: 4, day: 25 })).toBe(17);
    expect(daysAfter({ month: 5, day: 12 }, { year: 2015, month: 4, day: 25 })).toBe(17);
    expect(daysAfter({ month: 1, day: 3 }, { month: 12, day: 30 })).toBe(4);
    expect(daysAfter({ month: 4, day: 25 }, { month: 5, day: 12 })).toBe(-17);
  });
});

describe('decideEventSequence', () => {
  const day = (d: number, year: number | undefined = 2015): { year?: number; month: number; day: number } => (year ? { year, month: 4, day: d } : { month: 4, day: d });
  const lead = (onset: number | undefined, further: number | undefined, ...more: number[]): LeadEvent => {
    const out: LeadEvent = { days: [...(onset ? [day(onset)] : []), ...more.map((d) => day(d))], further: further !== undefined, recalled: [], weekdays: [] };
    if (onset) out.onset = day(onset);
    if (further) out.furtherOn = day(further);
    return out;
  };
  const first = lead(25, undefined);
  const update = lead(25, undefined, 28);
  const second = { ...lead(undefined, undefined), onset: day(42, undefined), days: [day(42, undefined)], further: true, furtherOn: day(42, undefined) };
  const soon = lead(25 + FURTHER_EVENT_MIN_DAYS - 1, 25 + FURTHER_EVENT_MIN_DAYS - 1);
  const backRef = lead(25, 25);
  const undated = lead(undefined, undefined);
  const earlierFurther = lead(1, 1);
  const laterFurther = lead(25, 30);
  const namesTheLaterDay = lead(25, undefined, 30);
  it.each<[string, Parameters<typeof decideEventSequence>[0], Parameters<typeof decideEventSequence>[1], EventSequence]>([
    ['a second earthquake seventeen days after the first', second, first, 'further-event'],
    ['two reports of the first, days apart', first, update, 'unknown'],
    ['a "further" lead starting only days after the other: its aftermath, maybe', soon, first, 'unknown'],
    ['a further happening whose lead names its predecessor\'s day', backRef, first, 'unknown'],
    ['no day in one lead: nothing to compare', undated, first, 'unknown'],
    ['the "further" report starts before the other: not a further happening of it', earlierFurther, first, 'unknown'],
    ['a further happening five days on, its lead naming the first\'s day too', laterFurther, first, 'further-event'],
    ['the other lead names the further happening\'s day: it tells of it too', laterFurther, namesTheLaterDay, 'unknown'],
    ['the other lead names a day one off the further happening\'s: still of it', laterFurther, lead(25, undefined, 31), 'unknown'],
    ['exactly FURTHER_EVENT_MIN_DAYS after: another happening', lead(25 + FURTHER_EVENT_MIN_DAYS, 25 + FURTHER_EVENT_MIN_DAYS), first, 'further-event'],
    ['an undated report recalling April as past, beside one of April 25', { ...undated, recalled: [{ month: 4 }] }, first, 'further-event'],
    ['recalling April of 2014, beside one of April 2015: another April', { ...undated, recalled: [{ month: 4, year: 2014 }] }, first, 'unknown'],
    ['recalling April while its own lead names an April day: its own month too', { ...lead(28, undefined), recalled: [{ month: 4 }] }, first, 'unknown'],
    ['recalling March, beside one of April', { ...undated, recalled: [{ month: 3 }] }, first, 'unknown'],
    ['recalling April, beside a report naming no day', { ...undated, recalled: [{ month: 4 }] }, undated, 'unknown'],
  ])('%s', (_what, a, b, expected) => {
    expect(decideEventSequence(a, b)).toBe(expected);
    expect(decideEventSequence(b, a)).toBe(expected);
  });
});
