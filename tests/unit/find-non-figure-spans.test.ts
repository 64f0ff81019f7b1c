import { describe, expect, test } from 'vitest';
import { findNonFigureSpans, type RejectReason } from '../../src/core/figures/extract/find-non-figure-spans.ts';

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
    // A month glued to the letters before it (tour-date lists run together): capitalised only.
    ['Tampa, FLJune 14 -- Miami, FLJune 16', [['June 14', 'date'], ['June 16', 'date']]],
    ['Denver, COSept. 2 -- Irving, TXOct. 10', [['Sept. 2', 'date'], ['Oct. 10', 'date']]],
    ['to his dismay 10 people left', []],
    ['code 2020June 10', []],
    // Patterns looked for from the digits: what precedes still counts.
    ['the ’91 season, not x’91', [['91', 'year']]],
    ['  3. Buy bread', [['  3.', 'list']]],
    ['x1. no list', []],
    ['write to a.b+c@example.org, or to @handle', [['a.b+c@example.org', 'url']]],
    ['a 2023–24 season', [['2023–24', 'year']]],
    ['12,2023-24', []],
    ['at 9am and 7.30pm', [['9am', 'time'], ['7.30pm', 'time']]],
    ['v1.2.3 and 1.2.3.4', [['1.2.3', 'version'], ['1.2.3.4', 'version']]],
    // A decimal split by a space (tokenised text): neither half is a figure; a lone digit only.
    ['an 8. 6-magnitude quake and magnitude 6. 1', [['8. 6', 'split'], ['6. 1', 'split']]],
    ['The attack killed 12. 30 were hurt, 5-4. 3 said, x3. 4', []],
    ['  3. 4 cups', [['  3.', 'list']]],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

/**
 * The rules as plainly written (each pattern scanning the whole text), before they were rewritten to be
 * looked for from the digits: the rewrite must find the very same spans. Glued months ("FLJune 10") are
 * the one intended difference.
 */
function plainSpans(text: string): Array<{ start: number; end: number; reason: RejectReason }> {
  const MON = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
  const rules: Array<[RegExp, RejectReason]> = [
    [/\b(?:https?:\/\/|www\.)[^\s<>"]+/gi, 'url'],
    [/(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/g, 'url'],
    [/(?<![\d.])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})(?![\d]|[.,]\d)/g, 'date'],
    [/(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.m\.|[ap]m\b))?/gi, 'time'],
    [/(?<![\d.,])\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m\b)/gi, 'time'],
    [/(?<![\d.,])\d{1,4}\s*(?:o['\u2019]clock|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|JST|IST|MSK)\b/g, 'time'],
    [/(?<![\d.])\d+(?:\.\d+){2,}(?![\d])/g, 'version'],
    [/(?<![\w+])\+\d[\d\s().-]{6,}\d/g, 'phone'],
    [/(?<![\d.,])\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}(?!\d)/g, 'phone'],
    [/(?<![\d.,])\d+(?:[-/]\d+){2,}(?![\d])/g, 'code'],
    [/(?<![\d,.])(?:1[89]|20)\d{2}\s*[-\u2013/]\s*(?:(?:1[89]|20)\d{2}|\d{2})(?![\d%])/g, 'year'],
    [/(?<![\d.,])(?:(?:1[0-9]|20)\d0s|['\u2019]\d0s|\d0s)\b/g, 'decade'],
    [/(?<=(?:^|[\s(])['\u2019])\d{2}(?![\d%])\b/gm, 'year'],
    [/^[ \t]*\d{1,2}[.)](?=[ \t])/gm, 'list'],
    [/(?<![\w.,-])\d\. \d+/g, 'split'],
    [/(?<![\d.,:])\d{1,3}:\d{1,3}(?![\d:])/g, 'code'],
    [/\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Way|Place|Square|Court|Terrace|Crescent|Close|Highway|Parkway)\b/g, 'street'],
  ];
  const masks: Array<{ start: number; end: number; reason: RejectReason }> = [];
  const add = (s: number, e: number, reason: RejectReason) => {
    if (!masks.some((m) => s < m.end && e > m.start)) masks.push({ start: s, end: e, reason });
  };
  for (const [re, reason] of rules) for (const m of text.matchAll(re)) add(m.index, m.index + m[0].length, reason);
  const dateRule = (re: RegExp, monthGroup: number, dayGroup: number | null) => {
    for (const m of text.matchAll(re)) {
      const month = m[monthGroup]!;
      if (dayGroup !== null && (Number(m[dayGroup]) < 1 || Number(m[dayGroup]) > 31)) continue;
      if (/^(may|mar|march)$/i.test(month) && !/^[A-Z]/.test(month) &&
        !/\b(on|in|since|of|from|until|by|before|after|early|late|mid|last|next|this|between|and|to)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      if (/^mar$/i.test(month) && !/^M/.test(month)) continue;
      add(m.index, m.index + m[0].length, 'date');
    }
  };
  const items = [...text.matchAll(/(?<![\d.,])(\d{1,2})[.)](?=\s+\p{Lu})/gu)];
  items.forEach((m, k) => {
    const chained = (o: RegExpMatchArray | undefined, d: number) => !!o && Number(o[1]) === Number(m[1]) + d && Math.abs(o.index! - m.index) < 120;
    if (chained(items[k - 1], -1) || chained(items[k + 1], 1)) add(m.index, m.index + m[0].length, 'list');
  });
  dateRule(new RegExp(`\\b(${MON})(?:\\s?\\.)?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|[.,]\\d)(?:\\s*,?\\s*(?:1[89]|20)\\d{2}\\b)?`, 'gi'), 1, 2);
  dateRule(new RegExp(`(?<![\\d.,])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MON})\\b\\.?(?:\\s*,?\\s*(?:1[89]|20)\\d{2}\\b)?`, 'gi'), 2, 1);
  dateRule(new RegExp(`\\b(${MON})\\.?\\s*,?\\s+((?:1[89]|20)\\d{2})\\b`, 'gi'), 1, null);
  return masks.sort((a, b) => a.start - b.start);
}

describe('findNonFigureSpans: the fast patterns find what the plain ones do', () => {
  test('on random texts made of dates, times, numbers and words', () => {
    const pieces = ['May', 'may', 'Sept', 'June', 'Mar', 'march', 'January', 'dec', 'on ', 'in ', ' ', '  ', '\n', '.', ',', ':', '/', '-',
      '\u2013', "'", '\u2019', '(', '+', '@', 'a', 'x', 'Z', '_', 'th', 'st', '1', '2', '5', '9', '0', '12', '19', '20', '31', '32', '2019',
      '1999', '30', '90s', 'am', 'p.m.', 'GMT', "o'clock", 'Street', 'Main', 'http://', 'www.', 'of ', '\t', 'mail', '.org'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let r = 0; r < 20000; r++) {
      let text = '';
      const n = 1 + Math.floor(random() * (r % 3 === 0 ? 30 : 10));
      for (let j = 0; j < n; j++) text += pieces[Math.floor(random() * pieces.length)];
      if (/[A-Za-z](Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(text)) continue; // glued months differ on purpose
      expect(findNonFigureSpans(text), JSON.stringify(text)).toEqual(plainSpans(text));
    }
  });
});

describe('findNonFigureSpans: linear on long inputs', () => {
  test('a date followed by a comma and spaces before its year, or by a long run of spaces', () => {
    expect(spans('On May 16 ,   2024 he came')).toEqual([['May 16 ,   2024', 'date']]);
    expect(spans('since February ,  2022')).toEqual([['February ,  2022', 'date']]);
    expect(spans('16 May ,2024')).toEqual([['16 May ,2024', 'date']]);
    const t = `On May 16${' '.repeat(50000)}x`;
    const t0 = performance.now();
    expect(spans(t)).toEqual([['May 16', 'date']]);
    expect(performance.now() - t0).toBeLessThan(2000); // quadratic backtracking took seconds
  });

  test('thousands of candidate spans, overlapping ones left out as before', () => {
    const text = '12/05/2020 at 10:30, May 16, 2024 (or 16/5) at 9 p.m. GMT '.repeat(1000);
    const found = findNonFigureSpans(text);
    expect(found).toHaveLength(4000);
    expect(found).toEqual(plainSpans(text));
  });
});
