import { describe, expect, test } from 'vitest';
import { backgroundValidators, contentValidators, InvalidMessage } from '../../src/shared/message-validators.ts';

describe('background message validation', () => {
  test.each<[keyof typeof backgroundValidators, unknown, unknown]>([
    ['analyzeTab', { tabId: 3 }, { tabId: 3 }],
    ['analyzeTab', { tabId: 3, force: true }, { tabId: 3, force: true }],
    ['getReport', { id: '000_abc' }, { id: '000_abc' }],
    ['setHighlights', { tabId: 1, on: false }, { tabId: 1, on: false }],
    ['openReport', { id: 'x', start: 4, end: 9 }, { id: 'x', start: 4, end: 9 }],
    ['openReport', { id: 'x' }, { id: 'x' }],
    ['removeUserArticles', { ids: ['a', 'b'] }, { ids: ['a', 'b'] }],
    ['importArticles', { fileName: 'a.jsonl', articles: [{ title: 'T', text: 'Body', url: 'https://x' }] }, { fileName: 'a.jsonl', articles: [{ title: 'T', text: 'Body', url: 'https://x' }] }],
  ])('%s accepts %j', (type, payload, expected) => {
    expect(backgroundValidators[type](payload)).toEqual(expected);
  });

  test.each<[keyof typeof backgroundValidators, unknown]>([
    ['analyzeTab', null],
    ['analyzeTab', { tabId: '3' }],
    ['analyzeTab', { tabId: -1 }],
    ['analyzeTab', { tabId: 1.5 }],
    ['analyzeTab', { tabId: 1, force: 'yes' }],
    ['getReport', { id: '' }],
    ['getReport', { id: 'x'.repeat(501) }],
    ['setHighlights', { tabId: 1 }],
    ['openReport', { id: 'x', start: 9 }],
    ['openReport', { id: 'x', start: 9, end: 4 }],
    ['importArticles', { fileName: 'a', articles: [] }],
    ['importArticles', { fileName: 'a', articles: [{ title: 'T' }] }],
    ['importArticles', { fileName: 'a', articles: [{ title: 'T', text: 'x', url: 5 }] }],
    ['removeUserArticles', { ids: 'a' }],
    ['addTabToCorpus', {}],
    ['pageNavigated', { url: 3 }],
  ])('%s refuses %j', (type, payload) => {
    expect(() => backgroundValidators[type](payload)).toThrow(InvalidMessage);
  });
});

describe('content message validation', () => {
  const mention = { reportId: null, text: '$240.1bn', value: 240.1e9, unit: 'USD', start: 10, end: 18 };
  test('a well-formed highlight request passes', () => {
    const req = { on: true, groups: [{ measure: 'trade', status: 'diverging', mentions: [mention] }], reports: {} };
    expect(contentValidators.highlight(req)).toEqual(req);
  });
  test.each([
    [{ on: true, groups: 'x' }],
    [{ on: 'yes', groups: [] }],
    [{ on: true, groups: [{ measure: 'trade', status: 'diverging', mentions: [{ ...mention, start: -1 }] }] }],
    [{ on: true, groups: [{ measure: 'trade', status: 'diverging', mentions: [{ ...mention, text: '' }] }] }],
    [{ on: true, groups: [{ status: 'diverging', mentions: [] }] }],
  ])('refuses %j', (payload) => {
    expect(() => contentValidators.highlight(payload)).toThrow(InvalidMessage);
  });
});
