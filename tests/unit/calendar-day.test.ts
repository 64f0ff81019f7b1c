import { describe, expect, it } from 'vitest';
import { isoDay, isoDayNumber, isoOf } from '../../src/core/text/calendar-day.ts';

describe('isoDay / isoDayNumber: the calendar day of an ISO date, real days only', () => {
  // [input, day, day number]
  it.each<[string | undefined, string | undefined, number | undefined]>([
    ['2024-05-16T09:00:00Z', '2024-05-16', 19859],
    ['2024-05-16', '2024-05-16', 19859],
    ['1970-01-01', '1970-01-01', 0],
    ['2024-02-29', '2024-02-29', 19782],
    // No such day: undated, not rolled over into March.
    ['2023-02-29', undefined, undefined],
    ['2024-13-01', undefined, undefined],
    ['2024-04-31', undefined, undefined],
    ['2024-05-00', undefined, undefined],
    ['May 16', undefined, undefined],
    ['', undefined, undefined],
    [undefined, undefined, undefined],
  ])('%s -> %s', (input, day, n) => {
    expect(isoDay(input)).toBe(day);
    expect(isoDayNumber(input)).toBe(n);
  });
});

describe('isoOf: a real calendar day as ISO', () => {
  it.each<[number, number, number, string | undefined]>([
    [2024, 5, 16, '2024-05-16'],
    [2024, 2, 29, '2024-02-29'],
    [2023, 2, 29, undefined],
    [2024, 13, 1, undefined],
    [2024, 4, 31, undefined],
    [2024, 5, 0, undefined],
  ])('%i-%i-%i -> %s', (y, m, d, expected) => expect(isoOf(y, m, d)).toBe(expected));
});
