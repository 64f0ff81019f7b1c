import { describe, expect, test } from 'vitest';
import { CURRENCY_CODES, CURRENCY_SYMBOLS, UNITS_AFTER, phraseTokens } from '../../src/core/figures/extract/figure-units.ts';

const lookup = (phrase: string) => {
  const { seq } = phraseTokens(phrase);
  return UNITS_AFTER.get(seq[0]!)?.find((e) => e.seq.join(' ') === seq.join(' '));
};

describe('figure units', () => {
  test('phrases split like the figure tokenizer, remembering where spaces stood', () => {
    expect(phraseTokens('km/h')).toEqual({ seq: ['km', '/', 'h'], spaced: [false, false] });
    expect(phraseTokens('square metres')).toEqual({ seq: ['square', 'metres'], spaced: [true] });
  });

  test.each<[string, string, string, number?]>([
    ['dollars', 'money', 'USD'],
    ['australian dollars', 'money', 'AUD'],
    ['yuan', 'money', 'CNY'],
    ['roubles', 'money', 'RUB'],
    ['cents', 'money', 'USD', 0.01],
    ['pence', 'money', 'GBP', 0.01],
    ['per cent', 'percent', '%'],
    ['percentage points', 'percent', 'pp'],
    ['years', 'duration', 'year'],
    ['kilometres', 'quantity', 'km'],
    ['metric tons', 'quantity', 'tonne'],
    ['degrees fahrenheit', 'quantity', '°F'],
    ['miles an hour', 'quantity', 'mph'],
  ])('%s', (phrase, kind, unit, factor) => {
    const e = lookup(phrase);
    expect(e).toMatchObject({ kind, unit });
    expect(e?.factor).toBe(factor);
  });

  test('currency symbols and codes map to ISO codes', () => {
    expect(CURRENCY_SYMBOLS['£']).toBe('GBP');
    expect(CURRENCY_SYMBOLS['€']).toBe('EUR');
    expect(CURRENCY_CODES['rmb']).toBe('CNY');
    expect(CURRENCY_CODES['try']).toBeUndefined(); // an English word, not the lira here
  });
});
