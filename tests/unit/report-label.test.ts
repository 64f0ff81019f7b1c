// Names, never ids: what a report is called on screen, from a table.
import { describe, expect, test } from 'vitest';
import { cleanText, hostOf, outletOf, reportLabel, saneDate, stripBidiControls, UNTITLED_OUTLET } from '../../src/shared/report-label.ts';

describe('reportLabel', () => {
  test.each([
    // The outlet from the report's metadata, cleaned.
    [{ source: 'The New York Times', url: 'https://www.nytimes.com/2024/05/16/world/asia/putin-xi.html' }, 'The New York Times'],
    [{ source: '  Latest   Global News ' }, 'Latest Global News'],
    // An outlet that is a URL or a host is its cleaned host.
    [{ source: 'https://www.nytimes.com/section/world' }, 'nytimes.com'],
    [{ source: 'www.nytimes.com' }, 'nytimes.com'],
    [{ source: 'WWW.BBC.CO.UK' }, 'bbc.co.uk'],
    // A place abbreviation taken for a site name is not an outlet: the URL's host then.
    [{ source: 'U.S.', url: 'https://www.reuters.com/world/us/story' }, 'reuters.com'],
    // No outlet: the page's site name, else the host of its URL.
    [{ siteName: 'The Guardian', url: 'https://www.theguardian.com/world/x' }, 'The Guardian'],
    [{ url: 'https://www.nytimes.com/2024/05/16/world/asia/putin-xi.html' }, 'nytimes.com'],
    [{ url: 'https://m.example.org/a' }, 'example.org'],
    [{ url: 'http://127.0.0.1:8080/seed/000.html' }, '127.0.0.1'],
    // Nothing names it: never an id.
    [{}, UNTITLED_OUTLET],
    [{ source: '' }, UNTITLED_OUTLET],
    [{ source: '   ', url: 'not a url' }, UNTITLED_OUTLET],
    [{ url: 'javascript:alert(1)' }, UNTITLED_OUTLET],
    [{ source: 'x'.repeat(200) }, UNTITLED_OUTLET],
    // Bidi controls in a foreign outlet are dropped.
    [{ source: '\u202EsweN dlroW\u202C' }, 'sweN dlroW'],
  ])('%j -> %s', (r, label) => {
    expect(reportLabel(r)).toBe(label);
  });

  test('a report with an id and nothing else is not named by its id', () => {
    const report = { id: 'user-152yftrgrqn', title: 'Snooze cruise' };
    const label = reportLabel({ ...report, source: undefined });
    expect(label).toBe(UNTITLED_OUTLET);
  });
});

describe('outletOf and hostOf', () => {
  test.each([
    ['Reuters', 'Reuters'],
    ['U.K.', undefined],
    ['BBC', 'BBC'],
    ['http://www2.example.com/', 'example.com'],
    [undefined, undefined],
  ])('outletOf(%j) = %j', (s, out) => expect(outletOf(s)).toBe(out));

  test.each([
    ['https://www.nytimes.com/x', 'nytimes.com'],
    ['ftp://example.com/file', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('hostOf(%j) = %j', (u, out) => expect(hostOf(u)).toBe(out));
});

describe('saneDate', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  test.each([
    ['2024-05-16', '2024-05-16'],
    ['2024-05-16T08:30:00Z', '2024-05-16T08:30:00Z'],
    ['1990-01-01', '1990-01-01'],
    ['0001-01-01', undefined],
    ['1989-12-31', undefined],
    ['2026-12-03T11:00:00Z', '2026-12-03T11:00:00Z'],
    ['2026-12-04', undefined],
    ['2099-01-01', undefined],
    ['not a date', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j -> %j', (iso, out) => expect(saneDate(iso, now)).toBe(out));
});

describe('bidi controls', () => {
  test('an override cannot reach the rest of the line', () => {
    expect(cleanText('\u202E1.042$\u202C trade')).toBe('1.042$ trade');
    expect(stripBidiControls('a\u2066b\u2069c\u202Bd\u202Ae')).toBe('abcde');
  });
  test('marks for right-to-left text are kept', () => {
    expect(cleanText('\u200Fمشاركة\u200F')).toBe('\u200Fمشاركة\u200F');
  });
});
