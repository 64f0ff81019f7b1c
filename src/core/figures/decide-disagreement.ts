// When two reports give different values for one measure, is that a disagreement or an update? And do the
// two values cover the same scope at all? Pure decisions, tested from tables (tests/unit/decide-disagreement.test.ts).
import type { Figure } from '../types.ts';

export type Disagreement = 'updated' | 'diverging';

/** The calendar day of an ISO date or date-time ("2024-05-16T09:00Z" -> "2024-05-16"), or undefined. */
export function reportDay(published: string | undefined): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})/.exec(published ?? '')?.[1];
}

/**
 * The status of a group whose values differ, from the dates of the reports of each differing pair:
 * - 'updated' when every differing pair was published on different days: a later report revised the figure
 *   (a death toll, a vote count), which is news, not a disagreement;
 * - 'diverging' otherwise: some pair of the same day disagrees, or a report has no date. Without dates the
 *   group is kept as diverging only because alignment already asks strong evidence for values that differ
 *   (see align-figures.ts); `why` then says the reports are undated.
 */
export function decideDisagreement(pairs: ReadonlyArray<readonly [string | undefined, string | undefined]>): Disagreement {
  if (pairs.length === 0) return 'diverging';
  const allLater = pairs.every(([a, b]) => {
    const da = reportDay(a);
    const db = reportDay(b);
    return da !== undefined && db !== undefined && da !== db;
  });
  return allLater ? 'updated' : 'diverging';
}

export type MeasureScope = 'part' | 'whole';

/** Words that make a figure a part of some whole: "another $125bn", "a first tranche of $50bn", "additional tariffs". */
const PART_WORDS = new Set(['another', 'additional', 'further', 'extra', 'remaining', 'tranche', 'tranches', 'batch', 'portion',
  'instalment', 'installment']);
/** Words read on each side of a figure, inside its sentence. */
const SCOPE_WINDOW = 5;
const WORD = /[\p{L}]+/gu;

/**
 * 'part' when the words right around a figure make it one part of a larger amount ("another $125bn of goods",
 * "a tranche of $50bn"); else 'whole'. A part and a whole are two measures, not a disagreement ("a tranche is
 * not the total"); two parts may be the same part.
 */
export function measureScope(text: string, figure: Pick<Figure, 'start' | 'end'>, sentence: readonly [number, number]): MeasureScope {
  const before = (text.slice(Math.max(sentence[0], figure.start - 60), figure.start).match(WORD) ?? []).slice(-SCOPE_WINDOW);
  const after = (text.slice(figure.end, Math.min(sentence[1], figure.end + 60)).match(WORD) ?? []).slice(0, SCOPE_WINDOW);
  return [...before, ...after].some((w) => PART_WORDS.has(w.toLowerCase())) ? 'part' : 'whole';
}
