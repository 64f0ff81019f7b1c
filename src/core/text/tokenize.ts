// Terms for lexical matching: lower-cased, accents folded, stop words dropped, a light suffix strip
// so "sanctions"/"sanction" and "visited"/"visit" meet. `termTokens` also keeps the surface word, so
// what the popup shows ("sanctions", "WeWork") is what the page says, never a stem.

import { STOP_WORDS } from './words/stop-words.ts';
import { stem } from './stem.ts';

// Re-exported for the stages that read them from here; the lists live in words/ and stem.ts.
export { STOP_WORDS } from './words/stop-words.ts';
export { stem } from './stem.ts';

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

export function foldAccents(s: string): string {
  // ASCII has nothing to fold (NFKD leaves it as it is), and the normalisation is the slow part.
  if (ASCII.test(s)) return s;
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Raw word tokens with their offsets (for names and highlighting). */
export function words(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export interface TermToken {
  /** Normalised index term (folded, lower-cased, stemmed). */
  term: string;
  /** The word as written in the text, possessive and hyphen parts split off ("Putin", "sanctions"). */
  surface: string;
}

const COMBINING = /[\u0300-\u036f]/g;

/**
 * The terms of each word as written, memoized: a word's terms depend on the word alone, and news repeats
 * its words, so most words of a text are looked up rather than folded, lower-cased and stemmed again.
 * Bounded: once full it takes no more words (the common ones came first), so it never churns and holds a
 * about 3 MB at most. The tokens are shared, hence frozen.
 */
const wordTerms = new Map<string, readonly TermToken[]>();
const WORD_CACHE_MAX = 20_000;
const NO_TERMS: readonly TermToken[] = Object.freeze([]);

/** Index terms of a text in order (duplicates kept), each with its surface word. */
export function termTokens(text: string): TermToken[] {
  const out: TermToken[] = [];
  const n = text.length;
  let i = 0;
  // The words of /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu, found by a scan of code points (a regular
  // expression allocates a match per word, and this runs over every text of a corpus).
  while (i < n) {
    let cp = text.codePointAt(i)!;
    if (!isLetterOrDigit(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do {
      i += cp > 0xffff ? 2 : 1;
      if (i >= n) break;
      cp = text.codePointAt(i)!;
    } while (isLetterOrDigit(cp) || cp === 0x27 || cp === 0x2019 || cp === 0x2d);
    const word = text.slice(start, i);
    let terms = wordTerms.get(word);
    if (!terms) {
      // A copy: a long slice would keep the whole text alive for as long as the memo holds the word.
      const own = word.length > 12 ? [...word].join('') : word;
      terms = termsOfWord(own);
      if (wordTerms.size < WORD_CACHE_MAX) wordTerms.set(own, terms);
    }
    for (let i = 0; i < terms.length; i++) out.push(terms[i]!);
  }
  return out;
}

/** Whether a code point is a letter or a number (\p{L} or \p{N}); remembered per BMP code point. */
const CLASS = new Uint8Array(0x10000); // 0 not known yet, 1 letter or digit, 2 neither
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let c = CLASS[cp]!;
  if (c === 0) CLASS[cp] = c = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
  return c === 1;
}

/** The terms of one word token (none for a stop word or a number; one per part of a hyphenated word). */
function termsOfWord(word: string): readonly TermToken[] {
  const raw = word.replace(/['\u2019]s$/i, '');
  // Pure ASCII words skip the (slow) Unicode normalisation.
  const folded = ASCII.test(raw) ? raw : raw.normalize('NFKD').replace(COMBINING, '');
  const w = folded.toLowerCase().replace(/['\u2019]/g, '');
  if (w.length < 2 || STOP_WORDS.has(w) || /^\d+$/.test(w)) return NO_TERMS;
  if (!w.includes('-')) return Object.freeze([Object.freeze({ term: stem(w), surface: raw })]);
  const out: TermToken[] = [];
  const parts = w.split('-');
  const surfaces = raw.split('-');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.length < 2 || STOP_WORDS.has(part) || /^\d+$/.test(part)) continue;
    out.push(Object.freeze({ term: stem(part), surface: surfaces[i] ?? part }));
  }
  return out.length ? Object.freeze(out) : NO_TERMS;
}

/** Normalised index terms of a text, in order (duplicates kept). */
export function terms(text: string): string[] {
  return termTokens(text).map((t) => t.term);
}
