import { describe, expect, test } from 'vitest';
import { MAX_FIELD_CHARS, MAX_TITLE_CHARS } from '../../src/core/corpus/parse-import-file.ts';
import { backgroundValidators, contentValidators, InvalidMessage, isObject, MAX_QUOTE_CHARS } from '../../src/shared/message-validators.ts';

describe('background message validation', () => {
  test.each<[keyof typeof backgroundValidators, unknown, unknown]>([
    ['analyzeTab', { tabId: 3 }, { tabId: 3 }],
    ['analyzeTab', { tabId: 3, force: true }, { tabId: 3 }],
    ['getReport', { id: '000_abc' }, { id: '000_abc' }],
    ['setHighlights', { tabId: 1, on: false }, { tabId: 1, on: false }],
    ['openReport', { id: 'x', start: 4, end: 9 }, { id: 'x', start: 4, end: 9 }],
    ['openReport', { id: 'x' }, { id: 'x' }],
    ['removeUserArticles', { ids: ['a', 'b'] }, { ids: ['a', 'b'] }],
    ['importArticles', { fileName: 'a.jsonl', articles: [{ title: 'T', text: 'Body', url: 'https://x' }] }, { fileName: 'a.jsonl', articles: [{ title: 'T', text: 'Body', url: 'https://x' }] }],
    ['importArticles', { fileName: 'a', articles: [{ title: 'T'.repeat(MAX_TITLE_CHARS), text: 'B', source: 's'.repeat(MAX_FIELD_CHARS) }] }, { fileName: 'a', articles: [{ title: 'T'.repeat(MAX_TITLE_CHARS), text: 'B', source: 's'.repeat(MAX_FIELD_CHARS) }] }],
    ['pageNavigated', { url: 'https://news.example/a#b' }, { url: 'https://news.example/a#b' }],
  ])('%s accepts %j', (type, payload, expected) => {
    expect(backgroundValidators[type](payload)).toEqual(expected);
  });

  test.each<[keyof typeof backgroundValidators, unknown]>([
    ['analyzeTab', null],
    ['analyzeTab', { tabId: '3' }],
    ['analyzeTab', { tabId: -1 }],
    ['analyzeTab', { tabId: 1.5 }],
    ['getReport', { id: '' }],
    ['getReport', { id: 'x'.repeat(501) }],
    ['setHighlights', { tabId: 1 }],
    ['openReport', { id: 'x', start: 9 }],
    ['openReport', { id: 'x', start: 9, end: 4 }],
    ['importArticles', { fileName: 'a', articles: [] }],
    ['importArticles', { fileName: 'a', articles: [{ title: 'T' }] }],
    ['importArticles', { fileName: 'a', articles: [{ title: 'T', text: 'x', url: 5 }] }],
    ['importArticles', { fileName: 'a', articles: [{ title: 'T'.repeat(MAX_TITLE_CHARS + 1), text: 'x' }] }],
    ['importArticles', { fileName: 'a', articles: [{ title: 'T', text: 'x', source: 's'.repeat(MAX_FIELD_CHARS + 1) }] }],
    ['importArticles', { fileName: 'f'.repeat(MAX_TITLE_CHARS + 1), articles: [{ title: 'T', text: 'x' }] }],
    ['removeUserArticles', { ids: 'a' }],
    ['addTabToCorpus', {}],
    ['pageNavigated', { url: 3 }],
  ])('%s refuses %j', (type, payload) => {
    expect(() => backgroundValidators[type](payload)).toThrow(InvalidMessage);
  });

  test('analyzeTab keeps no field it does not know', () => {
    expect(Object.keys(backgroundValidators.analyzeTab({ tabId: 1, force: true, extra: 'x' }) as object)).toEqual(['tabId']);
  });
});

describe('isObject', () => {
  test.each<[unknown, boolean]>([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    [undefined, false],
    ['x', false],
    [3, false],
  ])('%j -> %s', (x, want) => expect(isObject(x)).toBe(want));
});

describe('content message validation: highlight', () => {
  const mention = { reportId: null, text: '$240.1bn', value: 240.1e9, unit: 'USD', start: 10, end: 18, sentence: [0, 40], quote: 'In 2023 trade reached $240.1bn, up again.' };
  const other = { reportId: '000_other', text: '$227.8 billion', value: 227.8e9, unit: 'USD', start: 5, end: 19 };
  const good = { measure: 'trade', status: 'diverging', gapPercent: 5.4, mentions: [mention, other] };
  const corroborated = { measure: 'trade, 2019', status: 'corroborated', mentions: [{ ...mention, text: '$111bn', value: 111e9, start: 30, end: 36 }] };

  test('a well-formed highlight request passes unchanged', () => {
    const req = { on: true, groups: [good, corroborated], reports: { '000_other': { title: 'Other', source: 'Wire' } } };
    expect(contentValidators.highlight(req)).toEqual(req);
  });

  test('the result is a freshly built object, without fields it did not check', () => {
    const req = { on: true, groups: [{ ...good, extra: 'x', mentions: [{ ...mention, extra: 1 }] }], reports: { a: { title: 'A', extra: true } }, extra: 'x' };
    const out = contentValidators.highlight(req);
    expect(out).not.toBe(req);
    expect(out.groups[0]).not.toBe(req.groups[0]);
    expect(out.groups[0]!.mentions[0]).not.toBe(req.groups[0]!.mentions[0]);
    expect(out.groups[0]!.mentions[0]!.sentence).not.toBe(mention.sentence);
    expect(out).toEqual({ on: true, groups: [{ ...good, mentions: [mention] }], reports: { a: { title: 'A' } } });
  });

  test('a group with no gapPercent or an empty unit passes', () => {
    const g = { measure: 'people', status: 'corroborated', mentions: [{ ...mention, unit: '' }] };
    expect(contentValidators.highlight({ on: true, groups: [g], reports: {} }).groups).toEqual([g]);
  });

  test('reports may be missing', () => {
    expect(contentValidators.highlight({ on: false, groups: [] })).toEqual({ on: false, groups: [], reports: {} });
  });

  test.each([
    ['on is not a boolean', { on: 'yes', groups: [] }],
    ['groups is not an array', { on: true, groups: 'x' }],
    ['groups is missing', { on: true }],
    ['not an object', [true]],
    ['null', null],
  ])('refuses the whole request when %s', (_why, payload) => {
    expect(() => contentValidators.highlight(payload)).toThrow(InvalidMessage);
  });

  test.each<[string, unknown]>([
    ['a negative start', { ...good, mentions: [{ ...mention, start: -1 }] }],
    ['end before start', { ...good, mentions: [{ ...mention, start: 18, end: 10 }] }],
    ['an empty figure text', { ...good, mentions: [{ ...mention, text: '' }] }],
    ['an oversized figure text', { ...good, mentions: [{ ...mention, text: '9'.repeat(201) }] }],
    ['an oversized quote', { ...good, mentions: [{ ...mention, quote: 'q'.repeat(MAX_QUOTE_CHARS + 1) }] }],
    ['an oversized measure', { ...good, measure: 'm'.repeat(301) }],
    ['no measure', { status: 'diverging', mentions: [mention] }],
    ['an unknown status', { ...good, status: 'alarming' }],
    ['a status that is not a string', { ...good, status: 3 }],
    ['a gapPercent that is a string', { ...good, gapPercent: '5.4' }],
    ['a gapPercent that is not finite', { ...good, gapPercent: Number.POSITIVE_INFINITY }],
    ['a value that is not a number', { ...good, mentions: [{ ...mention, value: '240' }] }],
    ['a unit that is not a string', { ...good, mentions: [{ ...mention, unit: 1 }] }],
    ['a reportId that is a number', { ...good, mentions: [{ ...mention, reportId: 4 }] }],
    ['a sentence that is not a pair', { ...good, mentions: [{ ...mention, sentence: [1] }] }],
    ['a sentence ending before it starts', { ...good, mentions: [{ ...mention, sentence: [9, 2] }] }],
    ['no mentions', { ...good, mentions: [] }],
    ['mentions that are not an array', { ...good, mentions: 'x' }],
    ['a mention that is not an object', { ...good, mentions: [null] }],
    ['a group that is not an object', 'diverging'],
  ])('drops a group with %s and keeps the others', (_why, bad) => {
    const out = contentValidators.highlight({ on: true, groups: [good, bad, corroborated], reports: {} });
    expect(out.groups).toEqual([good, corroborated]);
  });

  test.each<[string, unknown]>([
    ['a title over the limit', { title: 't'.repeat(MAX_TITLE_CHARS + 1) }],
    ['a title that is not a string', { title: 5 }],
    ['no title', { source: 'Wire' }],
    ['a source that is not a string', { title: 'T', source: 5 }],
    ['a source over the limit', { title: 'T', source: 's'.repeat(MAX_FIELD_CHARS + 1) }],
    ['not an object', 'T'],
  ])('drops a report entry with %s and keeps the others', (_why, bad) => {
    const out = contentValidators.highlight({ on: true, groups: [good], reports: { bad, ok: { title: 'T'.repeat(MAX_TITLE_CHARS), source: 'Wire' } } });
    expect(out.reports).toEqual({ ok: { title: 'T'.repeat(MAX_TITLE_CHARS), source: 'Wire' } });
    expect(out.groups).toEqual([good]);
  });

  test('a "__proto__" report id cannot change the prototype of the reports', () => {
    const reports = JSON.parse('{"__proto__": {"title": "x"}, "a": {"title": "A"}}') as unknown;
    const out = contentValidators.highlight({ on: true, groups: [], reports });
    expect(Object.getPrototypeOf(out.reports)).toBe(Object.prototype);
    expect(out.reports).toEqual({ a: { title: 'A' } });
  });

  test('reports that are not an object leave no report', () => {
    expect(contentValidators.highlight({ on: true, groups: [good], reports: 'x' }).reports).toEqual({});
  });
});
