// Quote anchoring on plain strings, in the manner of a TextQuote selector (as Hypothesis anchors
// annotations): find a quote in a text exactly when it is there, approximately (within a bounded
// number of edits) when the page and the extracted text differ a little, and choose between several
// places by the surrounding context and a position hint. Then find a figure inside the matched
// quote, refusing any place where the text is not the figure itself. String-only: the DOM side
// (src/content) maps the offsets back to live ranges.

/** Whitespace as `\s` sees it; page text and extracted text are both collapsed on this class. */
const SPACE_RUN = /\s+/g;

/** Collapses whitespace runs to one space and trims, as the article extraction does. */
export function collapseSpace(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}

/** Two figure texts are the same figure when they are equal once whitespace is set aside. */
export function sameFigureText(a: string, b: string): boolean {
  return a.replace(SPACE_RUN, '') === b.replace(SPACE_RUN, '');
}

export interface TextQuote {
  exact: string;
  /** Text just before the quote, when known (its end matters most). */
  prefix?: string;
  /** Text just after the quote, when known (its start matters most). */
  suffix?: string;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Edits between the quote and text.slice(start, end); 0 for an exact match. */
  errors: number;
}

export interface MatchOptions {
  /** Where the quote is expected (an offset into the text); breaks ties between equal places. */
  hint?: number;
  /** Most edits accepted in an approximate match; defaults to about 1 in 8 characters of the quote. */
  maxErrors?: number;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Longest quote checked character by character; longer quotes are matched by a window around `focus`. */
export const MAX_APPROX_QUOTE = 256;
const MIN_PIECE = 5;
const MAX_CANDIDATES = 24;

function defaultMaxErrors(m: number): number {
  return Math.min(32, Math.floor(m / 8));
}

/** How many characters two strings share at their ends (a's end with b's end). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Higher is better: context agreement first, then fewer edits, then closeness to the hint. */
function score(text: string, quote: TextQuote, m: QuoteMatch, hint: number | undefined): number {
  let s = 0;
  if (quote.prefix) {
    const p = quote.prefix.slice(-64);
    s += commonSuffix(text.slice(Math.max(0, m.start - p.length), m.start), p) / p.length;
  }
  if (quote.suffix) {
    const q = quote.suffix.slice(0, 64);
    s += commonPrefix(text.slice(m.end, m.end + q.length), q) / q.length;
  }
  s -= (m.errors / Math.max(1, quote.exact.length)) * 4;
  // A quote that starts or ends inside a word or number ("6." inside "2016.") is a poor place.
  if (isWordChar(quote.exact[0]) && isWordChar(text[m.start - 1])) s -= 0.5;
  if (isWordChar(quote.exact[quote.exact.length - 1]) && isWordChar(text[m.end])) s -= 0.5;
  if (hint !== undefined) s -= Math.min(1, Math.abs(m.start - hint) / Math.max(1, text.length)) * 0.5;
  return s;
}

function exactMatches(text: string, exact: string, limit = 64): QuoteMatch[] {
  const out: QuoteMatch[] = [];
  for (let i = text.indexOf(exact); i !== -1 && out.length < limit; i = text.indexOf(exact, i + 1)) {
    out.push({ start: i, end: i + exact.length, errors: 0 });
  }
  return out;
}

/**
 * Semi-global edit distance: the best place for `pattern` anywhere inside text[from, to), with its
 * start. Two rows, O(pattern × window).
 */
function bestInWindow(text: string, from: number, to: number, pattern: string, maxErrors: number): QuoteMatch | null {
  const m = pattern.length;
  const n = to - from;
  if (n <= 0) return null;
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  let prevStart = new Int32Array(n + 1);
  let curStart = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) {
    prev[j] = 0;
    prevStart[j] = j;
  }
  for (let i = 1; i <= m; i++) {
    const pc = pattern.charCodeAt(i - 1);
    cur[0] = i;
    curStart[0] = 0;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const diag = prev[j - 1]! + (text.charCodeAt(from + j - 1) === pc ? 0 : 1);
      const up = prev[j]! + 1;
      const left = cur[j - 1]! + 1;
      let v = diag;
      let st = prevStart[j - 1]!;
      if (up < v) {
        v = up;
        st = prevStart[j]!;
      }
      if (left < v) {
        v = left;
        st = curStart[j - 1]!;
      }
      cur[j] = v;
      curStart[j] = st;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > maxErrors) return null; // no alignment can recover
    [prev, cur] = [cur, prev];
    [prevStart, curStart] = [curStart, prevStart];
  }
  let best = -1;
  for (let j = 1; j <= n; j++) if (best === -1 || prev[j]! < prev[best]!) best = j;
  if (best === -1 || prev[best]! > maxErrors) return null;
  return { start: from + prevStart[best]!, end: from + best, errors: prev[best]! };
}

/**
 * Approximate matches: by the pigeonhole principle a match with at most k edits contains at least
 * one of k+1 disjoint pieces of the quote unchanged, so exact hits of the pieces propose places,
 * places backed by the most pieces are checked first, and each is scored by edit distance.
 */
function approximateMatches(text: string, exact: string, maxErrors: number): QuoteMatch[] {
  const m = exact.length;
  // With fewer pieces than maxErrors + 1 the guarantee covers fewer edits, but places that keep
  // any piece intact are still found.
  const pieces = Math.max(1, Math.min(maxErrors + 1, Math.floor(m / MIN_PIECE)));
  const size = Math.floor(m / pieces);
  const starts: number[] = [];
  for (let p = 0; p < pieces; p++) {
    const off = p * size;
    const piece = exact.slice(off, p === pieces - 1 ? m : off + size);
    let hits = 0;
    for (let i = text.indexOf(piece); i !== -1 && hits < 2000; i = text.indexOf(piece, i + 1), hits++) starts.push(i - off);
  }
  if (!starts.length) return [];
  starts.sort((a, b) => a - b);
  // Cluster implied starts that lie within k of each other; more votes first.
  const clusters: Array<{ lo: number; hi: number; votes: number }> = [];
  for (const s of starts) {
    const last = clusters[clusters.length - 1];
    if (last && s - last.hi <= maxErrors) {
      last.hi = s;
      last.votes++;
    } else clusters.push({ lo: s, hi: s, votes: 1 });
  }
  clusters.sort((a, b) => b.votes - a.votes || a.lo - b.lo);
  const out: QuoteMatch[] = [];
  for (const c of clusters.slice(0, MAX_CANDIDATES)) {
    const from = Math.max(0, c.lo - maxErrors);
    const to = Math.min(text.length, c.hi + m + maxErrors);
    const hit = bestInWindow(text, from, to, exact, maxErrors);
    if (hit) out.push(hit);
  }
  return out;
}

/** Every place found for the quote, best first: exact places, or approximate ones when there is none. */
export function matchQuoteCandidates(text: string, quote: TextQuote, options: MatchOptions = {}): QuoteMatch[] {
  const exact = quote.exact;
  if (!exact) return [];
  let found = exactMatches(text, exact);
  if (!found.length) {
    if (exact.length < 2 * MIN_PIECE || exact.length > MAX_APPROX_QUOTE) return [];
    const maxErrors = options.maxErrors ?? defaultMaxErrors(exact.length);
    if (maxErrors < 1) return [];
    found = approximateMatches(text, exact, maxErrors);
  }
  return found
    .map((m) => ({ m, s: score(text, quote, m, options.hint) }))
    .sort((a, b) => b.s - a.s)
    .map((x) => x.m);
}

/** The best place for the quote in `text`, or null. */
export function matchQuote(text: string, quote: TextQuote, options: MatchOptions = {}): QuoteMatch | null {
  return matchQuoteCandidates(text, quote, options)[0] ?? null;
}



/** True when text[start, end) is not a piece of a longer number ("240.1" inside "1,240.15"). */
export function atNumberBoundary(text: string, start: number, end: number): boolean {
  const first = text[start];
  const last = text[end - 1];
  if (isDigit(first)) {
    const b = text[start - 1];
    if (isDigit(b)) return false;
    if ((b === '.' || b === ',') && isDigit(text[start - 2])) return false;
  }
  if (isDigit(last)) {
    const a = text[end];
    if (isDigit(a)) return false;
    if ((a === '.' || a === ',') && isDigit(text[end + 1])) return false;
  }
  return true;
}

/**
 * Where `figure` sits inside text[region[0], region[1]): the occurrence nearest to `expected` (an
 * offset into the text), whole-number-bounded. Null when the figure is not there: a figure is never
 * placed on other text, not even on a neighbouring number.
 */
export function locateFigure(text: string, region: [number, number], figure: string, expected: number): [number, number] | null {
  const want = collapseSpace(figure);
  if (!want) return null;
  const [from, to] = region;
  if (text.startsWith(want, expected) && expected >= from && expected + want.length <= to && atNumberBoundary(text, expected, expected + want.length)) {
    return [expected, expected + want.length];
  }
  let best: [number, number] | null = null;
  for (let i = text.indexOf(want, from); i !== -1 && i + want.length <= to; i = text.indexOf(want, i + 1)) {
    if (!atNumberBoundary(text, i, i + want.length)) continue;
    if (!best || Math.abs(i - expected) < Math.abs(best[0] - expected)) best = [i, i + want.length];
  }
  return best;
}

export interface FigureQuote {
  /** The figure as it was extracted ("$240.1bn"). */
  figure: string;
  /** The sentence holding it, as extracted. */
  quote?: string;
  /** Offset of the figure inside `quote`. */
  offsetInQuote?: number;
  /** Expected place in the text, to choose between equal candidates. */
  hint?: number;
}


export interface FigureMatch {
  figure: [number, number];
  /** The matched sentence, when a quote was given and found. */
  sentence?: [number, number];
  errors: number;
}

/**
 * Anchors a figure by its sentence: finds the sentence (exactly, else approximately; a long
 * sentence approximately by a window around the figure), then the figure inside it. Without a
 * usable sentence it falls back to the figure alone, nearest to the hint.
 */
export function matchFigure(text: string, q: FigureQuote): FigureMatch | null {
  const figure = collapseSpace(q.figure);
  if (!figure) return null;
  const quote = q.quote !== undefined ? collapseSpace(q.quote) : '';
  let offset = q.offsetInQuote ?? quote.indexOf(figure);
  if (quote && (offset < 0 || !quote.startsWith(figure, offset))) offset = quote.indexOf(figure);
  if (quote && offset >= 0) {
    let exact = quote;
    let shift = 0;
    if (!text.includes(quote) && quote.length > MAX_APPROX_QUOTE) {
      // Keep a window of the sentence around the figure.
      const half = Math.floor((MAX_APPROX_QUOTE - figure.length) / 2);
      shift = Math.max(0, Math.min(offset - half, quote.length - MAX_APPROX_QUOTE));
      exact = quote.slice(shift, shift + MAX_APPROX_QUOTE);
    }
    const context: TextQuote = { exact };
    if (shift > 0) context.prefix = quote.slice(Math.max(0, shift - 64), shift);
    if (shift + exact.length < quote.length) context.suffix = quote.slice(shift + exact.length, shift + exact.length + 64);
    // The best place whose text holds the figure itself.
    const rel = offset - shift;
    for (const hit of matchQuoteCandidates(text, context, q.hint !== undefined ? { hint: q.hint } : {}).slice(0, MAX_CANDIDATES)) {
      // Scale the expected place when the match is not the quote's length.
      const expected = hit.errors === 0 ? hit.start + rel : hit.start + Math.round((rel * (hit.end - hit.start)) / Math.max(1, exact.length));
      const fig = locateFigure(text, [hit.start, hit.end], figure, expected);
      if (fig) return { figure: fig, sentence: [hit.start, hit.end], errors: hit.errors };
    }
  }
  // The sentence is not there: the figure alone, only when the text holds it exactly once (an
  // ambiguous figure is left unmarked rather than marked in the wrong sentence).
  const all = occurrences(text, figure, 2);
  return all.length === 1 ? { figure: all[0]!, errors: 0 } : null;
}

/** Whole-number-bounded places of `figure` in the text, at most `limit`. */
export function occurrences(text: string, figure: string, limit = Infinity): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(figure); i !== -1 && out.length < limit; i = text.indexOf(figure, i + 1)) {
    if (atNumberBoundary(text, i, i + figure.length)) out.push([i, i + figure.length]);
  }
  return out;
}
