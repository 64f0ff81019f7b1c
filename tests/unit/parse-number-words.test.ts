import { describe, expect, test } from 'vitest';
import { parseNumberWords } from '../../src/core/parse-number-words.ts';

/** Splits like the figure tokenizer: words, and hyphens as their own tokens. */
const tokens = (s: string) => s.toLowerCase().match(/[a-z]+|[-&]/g) ?? [];

describe('parseNumberWords', () => {
  test.each<[string, number | null, number?, string?]>([
    // input, value, tokens consumed (default: all), flag
    ['sixteen', 16],
    ['twenty-one', 21],
    ['fifty two', 52],
    ['one hundred and six', 106],
    ['two hundred and two thousand', 202000],
    ['twenty-one trillion three hundred', 21000000000300],
    ['ninety - five hundred', 9500],
    ['a hundred and two', 102],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['three dozens', 36],
    ['half a million', 500000],
    ['a quarter million', 250000],
    ['three lakh crore', 3e12],
    ['one and a half', 1.5, undefined, 'fraction'],
    ['two and a half million', 2.5e6],
    ['forty two and a third', 42 + 1 / 3, undefined, 'fraction'],
    ['one million and a half', 1.5e6],
    ['two thirds', 2 / 3, undefined, 'fraction'],
    ['three quarters billion', 7.5e8],
    ['one-half', 0.5, undefined, 'fraction'],
    ['a third of', 1 / 3, 2, 'fraction'],
    ['two hundred point zero three', 200.03],
    ['twenty-first', 21, undefined, 'ordinal'],
    ['one hundred twenty fifth', 125, undefined, 'ordinal'],
    ['fourth', 4, undefined, 'ordinal'],
    ['two days', 2, 1],
    ['five per cent', 5, 1],
    ['a third term', null],
    ['a', null],
    ['an hour', null],
    ['two three', 2, 1],
    ['twenty eleven', 20, 1],
  ])('%s', (input, value, length, flag) => {
    const toks = tokens(input);
    const out = parseNumberWords(toks);
    if (value === null) {
      expect(out).toBeNull();
      return;
    }
    expect(out).not.toBeNull();
    expect(out!.value).toBeCloseTo(value, 9);
    expect(out!.length).toBe(length ?? toks.length);
    expect(!!out!.ordinal).toBe(flag === 'ordinal');
    expect(!!out!.fraction).toBe(flag === 'fraction');
  });
});
