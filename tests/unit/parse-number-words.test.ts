import { describe, expect, test } from 'vitest';
import { mayStartNumberWords, parseNumberWords, startsNumberWords } from '../../src/core/figures/extract/parse-number-words.ts';

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

describe('startsNumberWords and its pre-check', () => {
  const starts = ['zero', 'nought', 'naught', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
    'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
    'sixty', 'seventy', 'eighty', 'ninety', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
    'nineth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth',
    'nineteenth', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth', 'a', 'an',
    'half', 'quarter', 'hundred', 'dozen'];
  const others = ['the', 'that', 'this', 'three-', 'tw', 'o', 'on', 'ones', 'twos', 'tent', 'fir', 'halves', 'dozens', 'thousand',
    'million', 'constructor', 'toString', '__proto__', 'Zürich', 'éte', ''];

  test('every word that opens a number passes, in any case', () => {
    for (const w of starts) {
      expect(startsNumberWords(w)).toBe(true);
      for (const form of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) expect(mayStartNumberWords(`(${form})`, 1, 1 + form.length)).toBe(true);
    }
  });

  test('other words do not', () => {
    for (const w of others) expect(startsNumberWords(w.toLowerCase())).toBe(false);
    expect(mayStartNumberWords('the', 0, 3)).toBe(false);
    expect(mayStartNumberWords('that', 0, 4)).toBe(false);
    expect(mayStartNumberWords('é', 0, 1)).toBe(false);
  });

  test('"a" and "an" open a number only before a scale or a fraction word', () => {
    for (const next of ['dozen', 'hundred', 'thousand', 'million', 'half', 'quarter', 'third', 'fifth']) expect(startsNumberWords('a', next)).toBe(true);
    for (const next of ['record', 'new', 'man', 'one']) expect(startsNumberWords('a', next)).toBe(false);
    expect(startsNumberWords('two', 'record')).toBe(true);
  });
});
