import { describe, expect, it } from 'vitest';
import { eventDays, shareEventDay, type EventDay } from '../../src/core/matching/event-days.ts';

describe('eventDays: the report\'s own date, then the days its text names', () => {
  it.each<[string, string | undefined, EventDay[]]>([
    ['Jackson was arrested on Dec. 16 near the stadium.', undefined, [{ month: 12, day: 16 }]],
    ['Posted Feb. 2, 2009. Williams was arrested early Sunday.', undefined, [{ month: 2, day: 2, year: 2009 }]],
    ['FEB. 2, 2009 Chargers lineman faces charges', undefined, [{ month: 2, day: 2, year: 2009 }]],
    ['Published on 18th September 2013 Microsoft issued a patch.', undefined, [{ month: 9, day: 18, year: 2013 }]],
    ['The quake struck on the 19th of September.', '2017-09-20', [{ month: 9, day: 20, year: 2017 }, { month: 9, day: 19 }]],
    // "may" the verb is no month; a month without a day names no day.
    ['Officials may 2 weeks from now decide. It happened in December.', undefined, []],
    ['No date at all.', '2017-09-08T10:00:00Z', [{ month: 9, day: 8, year: 2017 }]],
    ['On February 30 nothing happened.', undefined, []],
  ])('%s', (text, own, days) => {
    expect(eventDays(text, own)).toEqual(days);
  });
});

describe('shareEventDay', () => {
  const d = (month: number, day: number, year?: number): EventDay => (year ? { month, day, year } : { month, day });
  it.each<[string, EventDay[], EventDay[], boolean]>([
    ['the same day named by both', [d(12, 16)], [d(12, 16, 2008)], true],
    ['a day apart (an evening event dated the next day)', [d(7, 7, 2012)], [d(7, 8)], true],
    ['across a month end', [d(1, 31)], [d(2, 1)], true],
    ['two days apart', [d(9, 19, 2017)], [d(9, 21, 2017)], false],
    ['the same day of another year', [d(9, 19, 2017)], [d(9, 19, 1985)], false],
    ['another event\'s day', [d(9, 8, 2017)], [d(9, 19, 2017)], false],
    ['one report names no day', [], [d(9, 19)], false],
  ])('%s', (_what, a, b, shared) => {
    expect(shareEventDay(a, b)).toBe(shared);
    expect(shareEventDay(b, a)).toBe(shared);
  });
});
