// The time a figure refers to: a year in the same clause ("$111 billion in 2019"), or "last year",
// "this year", "next year" resolved against the publication date ("last year" in a report of
// 2024-05-16 -> "2023"; kept as the phrase when no date is known). A month right after the figure gives a
// month: "5.1% in March" -> "2024-03" (the publication's year, or the year before for a later month in a
// sentence that does not look ahead; "March" when no date is known), "$5bn in March 2023" -> "2023-03". A
// time before the figure is not taken by the starting point of a change ("rose to 5.1% in 2023 from 4.9%").
import type { Figure } from '../../types.ts';
import type { NonFigureSpan } from './find-non-figure-spans.ts';
import { splitSentences } from '../../text/split-sentences.ts';
import { monthNumber } from '../../text/words/month-names.ts';

/**
 * "last year", "next year": "\b(last|this|next|previous|past|coming)\s+year\b", found from the word "year"
 * (a pattern opening with a fixed word is found fast; one opening with "\b" is tried at every position).
 * Group 1 is the first word.
 */
const RELATIVE_YEAR = /year\b(?<=\b(last|this|next|previous|past|coming)\s+year)/dgi;

/**
 * "in March", "during Sept. 2023" right after a figure: group 1 the month, group 2 the year. Capitalised
 * full names and the dotted abbreviations only ("in may" is no month; "May" after "in" is).
 */
const MONTH_AFTER =
  /^[ \t\u00a0]*(?:in|during|for)[ \t\u00a0]+(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)(?:[ \t\u00a0]*,?[ \t\u00a0]*((?:1[89]|20)\d{2})\b)?(?![\p{L}\d'\u2019]|[ \t\u00a0]*\d)/u;
/** Words that make a month later in the year than the publication one still to come, not last year's. */
const AHEAD = /\b(?:will|would|could|might|expected|expects|expecting|forecasts?|forecast(?:ed|ing)|projected|projects|projection|plans?|planned|scheduled|due|set to|aims?|aiming|target(?:s|ed|ing)?|next)\b/i;

/**
 * The month a figure is for, when named right after it ("5.1% in March"), as "2024-03" (or "March").
 * `ahead` tells whether the figure's sentence looks ahead, asked for only to place a month later than the
 * publication's.
 */
function monthAfter(text: string, end: number, ahead: () => boolean, published: string | undefined): string | undefined {
  const m = MONTH_AFTER.exec(text.slice(end, end + 40));
  if (!m) return undefined;
  const month = monthNumber(m[1]!);
  const mm = String(month).padStart(2, '0');
  if (m[2]) return `${m[2]}-${mm}`;
  const pub = /^(\d{4})(?:-(\d{2}))?/.exec(published ?? '');
  if (!pub) return m[1]!.replace(/\.$/, '');
  let year = Number(pub[1]);
  if (pub[2] && month > Number(pub[2]) && !ahead()) year--;
  return `${year}-${mm}`;
}

/** Index of the first element of a sorted array whose key is >= x (or > x when `strict`). */
function lowerBound<T>(xs: readonly T[], key: (t: T) => number, x: number, strict = false): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const k = key(xs[mid]!);
    if (k < x || (strict && k === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words between a figure and a time after it that cut them apart ("since 2012", "from 2019 to 2021"). */
const CUT_AFTER = /[,;:()\u2014\u2013]|\b(since|until|till|before|after|from)\b/i;

/**
 * Sets `time` on the figures (sorted by start) in place. `nonFigures` are the spans the extractor
 * left out; their years ("in 2019", "16 May 2024", "2023-24") are the explicit times. `sentences`, when
 * given, must be splitSentences(text) (the caller's copy saves splitting the text again).
 *
 * Each figure looks at the few times next to it (binary search over the times sorted by position, and
 * over the positions of ";"), so a text with thousands of figures and years costs n log n, not
 * figures x times x length.
 */
export function attachFigureTimes(
  text: string,
  figures: Figure[],
  nonFigures: readonly NonFigureSpan[],
  published?: string,
  sentences?: ReadonlyArray<readonly [number, number]>,
): void {
  if (!figures.length) return;
  const times: Array<{ s: number; e: number; value: string }> = [];
  for (const m of nonFigures) {
    if (m.reason !== 'date' && m.reason !== 'year') continue;
    const span = text.slice(m.start, m.end);
    if (m.reason === 'year') {
      // "2019", "2023-24"; not "’91".
      if (/^\d{4}/.test(span)) times.push({ s: m.start, e: m.end, value: span.replace(/\s+/g, '') });
      continue;
    }
    const y = /\b(1[89]\d{2}|20\d{2})\b/.exec(span);
    if (y) times.push({ s: m.start + y.index, e: m.start + y.index + 4, value: y[1]! });
  }
  const year = /^(\d{4})/.exec(published ?? '')?.[1];
  RELATIVE_YEAR.lastIndex = 0;
  for (let m = RELATIVE_YEAR.exec(text); m; m = RELATIVE_YEAR.exec(text)) {
    const which = m[1]!.toLowerCase();
    const s = m.indices![1]![0];
    const e = m.index + m[0].length;
    const offset = which === 'last' || which === 'previous' ? -1 : which === 'this' ? 0 : which === 'next' || which === 'coming' ? 1 : null;
    const value = year && offset !== null ? String(Number(year) + offset) : text.slice(s, e).toLowerCase();
    times.push({ s, e, value });
  }
  times.sort((a, b) => a.s - b.s);
  // Times never overlap when they come from the extractor, so their ends are in order too: then the last
  // time ending before a figure is found directly (else every earlier one is looked at).
  let endsInOrder = true;
  for (let k = 1; k < times.length && endsInOrder; k++) if (times[k]!.e < times[k - 1]!.e) endsInOrder = false;
  // Where ";" stands: a time before a figure does not reach across one.
  const semicolons: number[] = [];
  if (times.length) for (let k = text.indexOf(';'); k >= 0; k = text.indexOf(';', k + 1)) semicolons.push(k);
  // Sentences are split only when some figure needs them (most texts have a year somewhere, so most do).
  let sents = sentences;
  let si = 0;
  const sentenceOf = (fig: Figure): readonly [number, number] => {
    sents ??= splitSentences(text);
    while (si < sents.length - 1 && sents[si]![1] <= fig.start) si++;
    return sents[si] ?? [0, text.length];
  };
  const aheadBySentence = new Map<string, boolean>();
  const ahead = (fig: Figure): boolean => {
    const [ss, se] = sentenceOf(fig);
    const key = `${ss},${se}`;
    let v = aheadBySentence.get(key);
    if (v === undefined) aheadBySentence.set(key, (v = AHEAD.test(text.slice(ss, se))));
    return v;
  };
  for (let f = 0; f < figures.length; f++) {
    const fig = figures[f]!;
    const month = monthAfter(text, fig.end, () => ahead(fig), published);
    if (month) {
      fig.time = month;
      continue;
    }
    if (!times.length) continue;
    const [ss, se] = sentenceOf(fig);
    const nextFigStart = figures[f + 1]?.start ?? Infinity;
    // After the figure, in the same clause: "$111 billion in 2019", "$240.1bn last year".
    // "since 2012", "from 2019 to 2021" say when something began, not when the figure held.
    let after: (typeof times)[number] | undefined;
    for (let k = lowerBound(times, (t) => t.s, fig.end); k < times.length; k++) {
      const t = times[k]!;
      if (t.s >= se || t.s >= nextFigStart || t.s - fig.end > 60) break;
      if (!CUT_AFTER.test(text.slice(fig.end, t.s))) {
        after = t;
        break;
      }
    }
    if (after) {
      fig.time = after.value;
      continue;
    }
    // Before it, in the same sentence: "Last year, bilateral trade hit a record $240.1bn". Not for where a
    // change started: in "rose to 5.1% in 2023 from 4.9%" the year is the new value's. Not across a ";".
    if (fig.change?.marks === 'from') continue;
    const q = lowerBound(semicolons, (x) => x, fig.start) - 1;
    const lastSemicolon = q >= 0 ? semicolons[q]! : -1;
    const lo = lowerBound(times, (t) => t.s, ss);
    let before: (typeof times)[number] | undefined;
    for (let k = lowerBound(times, (t) => t.s, fig.start, true) - 1; k >= lo; k--) {
      const t = times[k]!;
      if (t.e > fig.start) continue;
      if (t.e > lastSemicolon) {
        before = t;
        break;
      }
      if (endsInOrder) break;
    }
    if (before) fig.time = before.value;
  }
}
