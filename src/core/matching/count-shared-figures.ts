// Shared figures as same-story evidence: two reports that both state "$12.9bn" or "2,400 employees" are
// very likely about the same event. Pure: it takes figure lists, whoever extracted them.
import type { Figure } from '../types.ts';

export type FigureKey = Pick<Figure, 'value' | 'unit' | 'kind'>;

/** Relative tolerance for "the same figure" ($12.9bn and $12.93bn are one figure, rounded differently). */
const SAME_VALUE = 0.005;

/** Figures that say something about a particular story: not small counts, ordinals, or bare years. */
export function isTellingFigure(f: FigureKey): boolean {
  if (!Number.isFinite(f.value)) return false;
  if (f.kind === 'money' || f.kind === 'percent') return f.value !== 0;
  if (f.kind === 'ordinal') return false;
  if (Math.abs(f.value) <= 10) return false;
  if (f.kind === 'number' && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100) return false;
  return true;
}

/** Number of distinct telling figures of `a` that `b` also states (same kind and unit, value within 0.5%). */
export function countSharedFigures(a: FigureKey[], b: FigureKey[]): number {
  const bs = b.filter(isTellingFigure);
  if (!bs.length) return 0;
  const seen = new Set<string>();
  let n = 0;
  for (const x of a) {
    if (!isTellingFigure(x)) continue;
    const key = `${x.kind}|${x.unit}|${x.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const tol = Math.abs(x.value) * SAME_VALUE;
    if (bs.some((y) => y.kind === x.kind && y.unit === x.unit && Math.abs(y.value - x.value) <= tol)) n++;
  }
  return n;
}
