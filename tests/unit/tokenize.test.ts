import { describe, expect, it } from 'vitest';
import { foldAccents, stem, termTokens, terms } from '../../src/core/text/tokenize.ts';

describe('stem', () => {
  it.each([
    ['sanctions', 'sanction'],
    ['sanction', 'sanction'],
    ['visited', 'visit'],
    ['visiting', 'visit'],
    ['countries', 'country'],
    ['taxes', 'tax'],
    ['boss', 'boss'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['xi', 'xi'],
  ])('%s -> %s', (w, s) => expect(stem(w)).toBe(s));
});

describe('terms', () => {
  it('drops stop words, numbers and one-letter words, folds accents and case', () => {
    expect(terms('The President visited Zürich in 2024, and a café.')).toEqual(['president', 'visit', 'zurich', 'cafe']);
  });

  it('splits hyphenated words and drops possessives', () => {
    expect(terms("Putin's state-visit")).toEqual(['putin', 'state', 'visit']);
  });

  it('drops function words of other languages without dropping English content words', () => {
    expect(terms('les élections et la loi sur le renseignement')).toEqual(['election', 'loi', 'renseignement']);
    expect(terms('der Krieg und die Wirtschaft')).toEqual(['krieg', 'die', 'wirtschaft']);
    expect(terms('war and peace')).toEqual(['war', 'peace']);
  });
});

describe('termTokens', () => {
  it('keeps the surface word next to its term', () => {
    expect(termTokens('New sanctions on WeWork’s founder')).toEqual([
      { term: 'sanction', surface: 'sanctions' },
      { term: 'wework', surface: 'WeWork' },
      { term: 'founder', surface: 'founder' },
    ]);
  });
});

describe('foldAccents', () => {
  it('removes diacritics', () => expect(foldAccents('Aktuálně Française')).toBe('Aktualne Francaise'));
});
