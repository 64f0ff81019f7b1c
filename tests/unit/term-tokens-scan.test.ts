// termTokens finds words by a scan of code points and memoizes each word's terms; this checks it against
// the plain regular-expression tokenizer it replaced, on random texts of the characters that matter
// (letters of every script, astral letters, digits, apostrophes, hyphens, combining marks, lone surrogates).
import { describe, expect, it } from 'vitest';
import { foldAccents, stem, STOP_WORDS, termTokens, type TermToken } from '../../src/core/text/tokenize.ts';

/** The tokenizer as it was: one regular expression, every word folded and stemmed again. */
function reference(text: string): TermToken[] {
  const out: TermToken[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0].replace(/['\u2019]s$/i, '');
    const w = raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['\u2019]/g, '');
    if (w.length < 2 || STOP_WORDS.has(w) || /^\d+$/.test(w)) continue;
    if (w.includes('-')) {
      const parts = w.split('-');
      const surfaces = raw.split('-');
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        if (part.length < 2 || STOP_WORDS.has(part) || /^\d+$/.test(part)) continue;
        out.push({ term: stem(part), surface: surfaces[i] ?? part });
      }
      continue;
    }
    out.push({ term: stem(w), surface: raw });
  }
  return out;
}

const PIECES = [
  'a', 'b', 'e', 's', 'T', 'Z', '0', '7', "'", '\u2019', '-', ' ', '\n', '.', ',', '"', '(', 'é', 'Ü', 'ß', '\u0301', '\u0308', 'ж', 'Д', '中',
  'ا', '٣', '\u00b2', '\u2163', '\ud835\udc00', '\ud83d\ude00', '\ud800', '\udc00', 'the', 'sanctions', "Putin's", 'state-visit', 'ﬁ', 'Ⅻ',
];

function randomText(seed: number): string {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) >>> 0) >>> 8) % PIECES.length;
  let out = '';
  for (let i = 0; i < 60; i++) out += PIECES[next()];
  return out;
}

describe('termTokens (scan and memo) against the regular-expression tokenizer', () => {
  it('gives the same tokens on 3,000 random texts, twice (the second time from the memo)', () => {
    for (let round = 0; round < 2; round++) {
      for (let seed = 1; seed <= 3000; seed++) {
        const text = randomText(seed);
        expect(termTokens(text), JSON.stringify(text)).toEqual(reference(text));
      }
    }
  });

  it('gives the same tokens on news prose', () => {
    const text = "Zürich's café owners—and Putin's state-visit critics—said 2024's figures (1,200 jobs) weren't final. L'État s'est tu.";
    expect(termTokens(text)).toEqual(reference(text));
  });

  it('folds accents only where there are any', () => {
    expect(foldAccents('Zurich')).toBe('Zurich');
    expect(foldAccents('Zürich')).toBe('Zurich');
  });
});
