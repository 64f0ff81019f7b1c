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

/** A time written in the text: [start, end) and its value ("2019", "2023-24", "2023" for "last year"). */
interface TextTime {
  start: number;
  end: number;
  value: string;
}

/** The years of the spans the extractor left out: "in 2019", "16 May 2024", "2023-24". */
function explicitTimes(text: string, nonFigures: readonly NonFigureSpan[]): TextTime[] {
  const times: TextTime[] = [];
  for (const m of nonFigures) {
    if (m.reason !== 'date' && m.reason !== 'year') continue;
    const span = text.slice(m.start, m.end);
    if (m.reason === 'year') {
      // "2019", "2023-24"; not "’91".
      if (/^\d{4}/.test(span)) times.push({ start: m.start, end: m.end, value: span.replace(/\s+/g, '') });
      continue;
    }
    const y = /\b(1[89]\d{2}|20\d{2})\b/.exec(span);
    if (y) times.push({ start: m.start + y.index, end: m.start + y.index + 4, value: y[1]! });
  }
  return times;
}

/** "last year", "next year": resolved against the publication year, or kept as the phrase without one. */
function relativeYears(text: string, published: string | undefined): TextTime[] {
  const times: TextTime[] = [];
  const year = /^(\d{4})/.exec(published ?? '')?.[1];
  RELATIVE_YEAR.lastIndex = 0;
  for (let m = RELATIVE_YEAR.exec(text); m; m = RELATIVE_YEAR.exec(text)) {
    const which = m[1]!.toLowerCase();
    const start = m.indices![1]![0];
    const end = m.index + m[0].length;
    const offset = which === 'last' || which === 'previous' ? -1 : which === 'this' ? 0 : which === 'next' || which === 'coming' ? 1 : null;
    const value = year && offset !== null ? String(Number(year) + offset) : text.slice(start, end).toLowerCase();
    times.push({ start, end, value });
  }
  return times;
}

/**
 * The time right after a figure, in the same clause and sentence, before the next figure: "$111 billion in
 * 2019", "$240.1bn last year". "since 2012", "from 2019 to 2021" say when something began, not when it held.
 */
function timeAfter(text: string, times: TextTime[], fig: Figure, sentenceEnd: number, nextFigureStart: number): TextTime | undefined {
  for (let k = lowerBound(times, (t) => t.start, fig.end); k < times.length; k++) {
    const t = times[k]!;
    if (t.start >= sentenceEnd || t.start >= nextFigureStart || t.start - fig.end > 60) return undefined;
    if (!CUT_AFTER.test(text.slice(fig.end, t.start))) return t;
  }
  return undefined;
}

/**
 * The nearest time before a figure in its sentence and not across a ";": "Last year, bilateral trade hit a
 * record $240.1bn". `endsInOrder`: the times' ends are sorted too, so the first one ending before is it.
 */
function timeBefore(times: TextTime[], semicolons: number[], fig: Figure, sentenceStart: number, endsInOrder: boolean): TextTime | undefined {
  const q = lowerBound(semicolons, (x) => x, fig.start) - 1;
  const lastSemicolon = q >= 0 ? semicolons[q]! : -1;
  const lo = lowerBound(times, (t) => t.start, sentenceStart);
  for (let k = lowerBound(times, (t) => t.start, fig.start, true) - 1; k >= lo; k--) {
    const t = times[k]!;
    if (t.end > fig.start) continue;
    if (t.end > lastSemicolon) return t;
    if (endsInOrder) return undefined;
  }
  return undefined;
}

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
  const times = [...explicitTimes(text, nonFigures), ...relativeYears(text, published)].sort((a, b) => a.start - b.start);
  // Times never overlap when they come from the extractor, so their ends are in order too: then the last
  // time ending before a figure is found directly (else every earlier one is looked at).
  let endsInOrder = true;
  for (let k = 1; k < times.length && endsInOrder; k++) if (times[k]!.end < times[k - 1]!.end) endsInOrder = false;
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
    const [sentenceStart, sentenceEnd] = sentenceOf(fig);
    const after = timeAfter(text, times, fig, sentenceEnd, figures[f + 1]?.start ?? Infinity);
    if (after) {
      fig.time = after.value;
      continue;
    }
    // Not for where a change started: in "rose to 5.1% in 2023 from 4.9%" the year is the new value's.
    if (fig.change?.marks === 'from') continue;
    const before = timeBefore(times, semicolons, fig, sentenceStart, endsInOrder);
    if (before) fig.time = before.value;
  }
}
