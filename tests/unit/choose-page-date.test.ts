// Which stated date is a page's publication date: real dates pass, placeholders, times of day and future
// days do not, and the first real one in trust order is taken.
import { describe, expect, test } from 'vitest';
import { choosePageDate, decidePageDate, type PageDateVerdict } from '../../src/extraction/choose-page-date.ts';

const NOW = Date.UTC(2026, 11, 4, 12);

describe('decidePageDate', () => {
  const rows: Array<[string | undefined, PageDateVerdict]> = [
    ['2019-04-30T13:39:00-04:00', 'date'],
    ['2017-01-18T23:00:00-0800', 'date'],
    ['Fri Mar 13 21:30:09 EST 2015', 'date'],
    ['2015-03-12', 'date'],
    ['0001-01-01T00:00:00Z', 'no-date'], // no year a news page could have: not even read as one
    ['1970-01-01T00:00:00Z', 'placeholder'],
    ['13:39', 'no-date'],
    ['1', 'no-date'],
    ['yesterday', 'no-date'],
    ['', 'no-date'],
    [undefined, 'no-date'],
    ['2026-12-05T09:00:00Z', 'date'], // a day ahead of the reader: time zones
    ['2027-03-01', 'future'],
  ];
  test.each(rows)('%j -> %s', (value, verdict) => expect(decidePageDate(value, NOW)).toBe(verdict));
});

describe('choosePageDate', () => {
  test('the first real date, past placeholders and blanks', () => {
    expect(choosePageDate(['0001-01-01T00:00:00Z', undefined, '13:39', ' 2019-11-19T07:03:25+00:00 ', '2018-01-01'], NOW)).toBe('2019-11-19T07:03:25+00:00');
  });
  test('none when no value is a date', () => {
    expect(choosePageDate(['1970-01-01', '2031-01-01', undefined], NOW)).toBeUndefined();
  });
});
