// Tokens of a text for the figure extractor: numerals (with thousands separators, Indian grouping and
// decimals), words (letters, joined by apostrophes) and single symbols. Fast on plain ASCII text, which
// most of a page is.

export type FigureTokenKind = 'num' | 'word' | 'sym';
/** A token; its text is read from the source only when asked for (most words never are). */
export class FigureToken {
  private cachedText?: string;
  private cachedLower?: string;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly kind: FigureTokenKind,
    /** Whether lower-casing may change the text. */
    private readonly cased: boolean,
  ) {}
  get text(): string {
    return (this.cachedText ??= this.source.slice(this.start, this.end));
  }
  /** Lower-cased text. */
  get lower(): string {
    return (this.cachedLower ??= this.cased ? this.text.toLowerCase() : this.text);
  }
}

/**
 * Tokens, as the global regex `TOKEN_RE` would find them (kept as the specification and for tests), but
 * read by a hand-written scanner: plain ASCII words and spaces, most of a text, need no regex at all.
 */
export const TOKEN_RE =
  /\d{1,2}(?:,\d{2}){1,4},\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|(?<![\p{L}\d])\.\d+|[\p{L}\p{M}]+(?:['\u2019][\p{L}]+)*|\S/gu;
/**
 * The numeral alternatives of TOKEN_RE, anchored. Indian grouping ("1,23,45,678") takes at most four
 * two-digit groups (up to a lakh crore): unbounded, "1,23,23,23..." with no final three-digit group made
 * the engine try every shorter run of groups at every number, quadratic in the length of the run.
 */
const NUMERAL_AT = /\d{1,2}(?:,\d{2}){1,4},\d{3}(?:\.\d+)?(?![\d,])|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/y;
/** The word alternative of TOKEN_RE, anchored. */
const WORD_AT = /[\p{L}\p{M}]+(?:['\u2019][\p{L}]+)*/uy;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const LETTER_OR_DIGIT = /^[\p{L}\d]$/u;
const SPACE = /^\s$/u;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The code point ending right before `i`, as a string ('' at the start). */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1]!;
}

/** The tokens of a text: numerals, words and single symbols, spaces dropped. */
export function tokenizeFigureText(text: string): FigureToken[] {
  const out: FigureToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    let e: number;
    let k: FigureTokenKind;
    /** Whether the token may change when lower-cased. */
    let cased = false;
    if (isDigit(c)) {
      NUMERAL_AT.lastIndex = i;
      NUMERAL_AT.exec(text);
      e = NUMERAL_AT.lastIndex;
      k = 'num';
    } else if (isAsciiLetter(c)) {
      // ASCII letters, and words joined by an apostrophe ("that's"); anything else hands over to WORD_AT.
      e = i + 1;
      let ascii = true;
      cased = c <= 90;
      for (;;) {
        const d = e < n ? text.charCodeAt(e) : 0;
        if (d >= 97 && d <= 122) e++;
        else if (d >= 65 && d <= 90) {
          cased = true;
          e++;
        } else if ((d === 39 || d === 0x2019) && e + 1 < n && isAsciiLetter(text.charCodeAt(e + 1))) e++;
        else {
          if (d >= 128 || ((d === 39 || d === 0x2019) && e + 1 < n && text.charCodeAt(e + 1) >= 128)) ascii = false;
          break;
        }
      }
      if (!ascii) {
        WORD_AT.lastIndex = i;
        WORD_AT.exec(text);
        e = WORD_AT.lastIndex;
        cased = true;
      }
      k = 'word';
    } else if (c < 128) {
      // "(?<![\p{L}\d])\.\d+": a decimal without its leading zero.
      if (c === 46 && i + 1 < n && isDigit(text.charCodeAt(i + 1)) && !LETTER_OR_DIGIT.test(charBefore(text, i))) {
        e = i + 2;
        while (e < n && isDigit(text.charCodeAt(e))) e++;
        k = 'num';
      } else {
        e = i + 1;
        k = 'sym';
      }
    } else {
      const cp = text.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      cased = true;
      if (SPACE.test(ch)) {
        i += ch.length;
        continue;
      }
      if (LETTER_OR_MARK.test(ch)) {
        WORD_AT.lastIndex = i;
        WORD_AT.exec(text);
        e = WORD_AT.lastIndex;
        k = 'word';
      } else {
        e = i + ch.length;
        k = 'sym';
      }
    }
    out.push(new FigureToken(text, i, e, k, cased));
    i = e;
  }
  return out;
}
