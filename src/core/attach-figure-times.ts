// The time a figure refers to: a year in the same clause ("$111 billion in 2019"), or "last year",
// "this year", "next year" resolved against the publication date ("last year" in a report of
// 2024-05-16 -> "2023"; kept as the phrase when no date is known).
import type { Figure } from './types.ts';
import type { NonFigureSpan } from './find-non-figure-spans.ts';
import { splitSentences } from './split-sentences.ts';

/**
 * Sets `time` on the figures (sorted by start) in place. `nonFigures` are the spans the extractor
 * left out; their years ("in 2019", "16 May 2024", "2023-24") are the explicit times.
 */
export function attachFigureTimes(text: string, figures: Figure[], nonFigures: readonly NonFigureSpan[], published?: string): void {
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
  const rel = /\b(last|this|next|previous|past|coming)\s+year\b/gi;
  for (let m = rel.exec(text); m; m = rel.exec(text)) {
    const which = m[1]!.toLowerCase();
    const offset = which === 'last' || which === 'previous' ? -1 : which === 'this' ? 0 : which === 'next' || which === 'coming' ? 1 : null;
    const value = year && offset !== null ? String(Number(year) + offset) : m[0].toLowerCase();
    times.push({ s: m.index, e: m.index + m[0].length, value });
  }
  if (!times.length) return;
  times.sort((a, b) => a.s - b.s);
  const sentences = splitSentences(text);
  let si = 0;
  for (let f = 0; f < figures.length; f++) {
    const fig = figures[f]!;
    while (si < sentences.length - 1 && sentences[si]![1] <= fig.start) si++;
    const [ss, se] = sentences[si] ?? [0, text.length];
    const nextFigStart = figures[f + 1]?.start ?? Infinity;
    // After the figure, in the same clause: "$111 billion in 2019", "$240.1bn last year".
    // "since 2012", "from 2019 to 2021" say when something began, not when the figure held.
    const after = times.find((t) => t.s >= fig.end && t.s < se && t.s < nextFigStart && t.s - fig.end <= 60 &&
      !/[,;:()\u2014\u2013]|\b(since|until|till|before|after|from)\b/i.test(text.slice(fig.end, t.s)));
    if (after) {
      fig.time = after.value;
      continue;
    }
    // Before it, in the same sentence: "Last year, bilateral trade hit a record $240.1bn".
    let before: (typeof times)[number] | undefined;
    for (const t of times) if (t.e <= fig.start && t.s >= ss && !/[;]/.test(text.slice(t.e, fig.start))) before = t;
    if (before) fig.time = before.value;
  }
}
