import { describe, expect, test } from 'vitest';
import { findNonFigureSpans, type RejectReason } from '../../src/core/find-non-figure-spans.ts';

const spans = (text: string) => findNonFigureSpans(text).map((s) => [text.slice(s.start, s.end), s.reason]);

describe('findNonFigureSpans', () => {
  test.each<[string, Array<[string, RejectReason]>]>([
    ['Putin arrived on 16 May 2024.', [['16 May 2024', 'date']]],
    ['On May 16, 2024, Putin arrived.', [['May 16, 2024', 'date']]],
    ['since February 2022', [['February 2022', 'date']]],
    ['filed on sept . 30 , the firm', [['sept . 30', 'date']]],
    ['the 4th of July', [['4th of July', 'date']]],
    ['prices may 10 times exceed', []],
    ['on may 19 the FDA began', [['may 19', 'date']]],
    ['troops march 20 km', []],
    ['at 10:30 and at 3 p.m. and 11pm', [['10:30', 'time'], ['3 p.m.', 'time'], ['11pm', 'time']]],
    ['at 1400 GMT', [['1400 GMT', 'time']]],
    ['in fiscal 2023-24', [['2023-24', 'year']]],
    ['in the 1990s and the ’80s', [['1990s', 'decade'], ['’80s', 'decade']]],
    ['see https://example.com/a/1 or mail a.b@example.org', [['https://example.com/a/1', 'url'], ['a.b@example.org', 'url']]],
    ['call +1 202 555 0143 or (202) 555-0143', [['+1 202 555 0143', 'phone'], ['(202) 555-0143', 'phone']]],
    ['release 2.0.1 on 192.168.1.2', [['2.0.1', 'version'], ['192.168.1.2', 'version']]],
    ['1. Buy milk\n2. Buy eggs', [['1.', 'list'], ['2.', 'list']]],
    ['as follows: 1. Finland 2. Norway', [['1.', 'list'], ['2.', 'list']]],
    ['The attack killed 12. Police said', []],
    ['He lives at 10 Downing Street.', [['10 Downing Street', 'street']]],
    ['a 4:1 win', [['4:1', 'code']]],
    ['$240.1bn and 8,000 people', []],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
