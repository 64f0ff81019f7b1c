// Do two figures of the same measure give the same value, once rounding and hedges are allowed for?
//
// Each figure stands for an interval of values it is consistent with:
//  - rounding: half a step of its last significant digit ("$240.1bn" -> +-0.05bn; "$240bn" -> +-5bn,
//    because a round integer keeps only two significant digits: "240" may be 236 rounded, "8,000" may be
//    7,950 rounded; "18" and "two" are exact to the unit; a unit given to a fixed step is exact to it: a
//    magnitude to a tenth, "a 7-magnitude quake" is 7.0);
//  - hedges widen it: "about"/"approximately" +-10%, "nearly"/"almost" up to 10% below, but never by more than
//    ten rounding steps ("about $240bn" is vague, "approximately $219.6 billion" is a precise conversion);
//    "more than"/"at least" up to 50% above, "less than"/"up to"/"at most" down to half;
//  - a range ("10 to 12") covers [value, max].
// Two values are the 'same' when their intervals overlap, 'different' otherwise. Wide intervals mean a
// hedged or rounded figure is rarely called different: a wrong "diverging" flag costs more than a missed one.
import type { Figure, Hedge } from '../types.ts';
import { MEASURE_UNIT_STEPS } from '../text/words/measure-units.ts';

export type ValueComparison = 'same' | 'different';

/** The part of a Figure this module reads. */
export type ComparableValue = Pick<Figure, 'value' | 'text'> & Partial<Pick<Figure, 'hedge' | 'max' | 'unit'>>;

const ABOUT = 0.1;
const NEARLY = 0.1;
const OPEN_ABOVE = 0.5;
const OPEN_BELOW = 0.5;

/** Relative tolerance for floating point noise ("1.6 trillion" * 1e12). */
const EPSILON = 1e-9;

/** Step of the last significant digit of a decimal literal ("240.1" -> 0.1, "240" -> 10, "18" -> 1, "8,000" -> 100). */
export function literalStep(literal: string): number {
  const clean = literal.replace(/[,\s\u00a0\u202f']/g, '');
  const dot = clean.indexOf('.');
  if (dot >= 0) {
    const decimals = clean.length - dot - 1;
    return decimals > 0 ? 10 ** -decimals : 1;
  }
  const digits = clean.replace(/^0+(?=\d)/, '');
  // Trailing zeros, counted from the end ("/0*$/" would be tried from every position: quadratic on long runs).
  let trailing = 0;
  while (trailing < digits.length && digits.charCodeAt(digits.length - 1 - trailing) === 48) trailing++;
  if (trailing === 0 || trailing === digits.length) return 1;
  // A round integer keeps at least two significant digits: "240" -> 10, "8,000" -> 100, "20,000" -> 1,000.
  return 10 ** Math.min(trailing, Math.max(0, digits.length - 2));
}

/** Rounding step of a figure in its own value scale: "$240.1bn" -> 1e8. */
export function roundingStep(f: ComparableValue): number {
  const value = Math.abs(f.value);
  const m = /\d[\d,\u00a0\u202f]*(?:\.\d+)?/.exec(f.text);
  if (m) {
    const literal = Number(m[0].replace(/[,\s\u00a0\u202f]/g, ''));
    if (literal > 0 && value > 0) {
      const scale = value / literal;
      // The literal is the figure's number when the value is a power-of-ten multiple of it ("240.1" and 2.401e11).
      const exponent = Math.log10(scale);
      if (Math.abs(exponent - Math.round(exponent)) < 1e-6) return literalStep(m[0]) * 10 ** Math.round(exponent);
    }
  }
  // Number words ("two-day", "fourth", "eight thousand"): judge the value itself.
  return Number.isInteger(value) ? literalStep(String(value)) : literalStep(String(value).replace(/e.*$/, ''));
}

/** Significant digits a figure is written with ("$240.1bn" -> 4, "$449,000" -> 3, "$18bn" -> 2, "two" -> 1). */
export function significantDigits(f: ComparableValue): number {
  const v = Math.abs(f.value);
  if (v === 0) return 1;
  return Math.max(1, Math.floor(Math.log10(v / roundingStep(f)) + 1e-9) + 1);
}

/** The closed interval of true values a figure is consistent with. */
export function valueInterval(f: ComparableValue): [number, number] {
  // A unit given to a fixed step (MEASURE_UNIT_STEPS: a magnitude to a tenth) is precise to it, whatever its digits.
  const step = Math.min(roundingStep(f), (f.unit !== undefined ? MEASURE_UNIT_STEPS.get(f.unit) : undefined) ?? Infinity);
  const half = step / 2;
  const vague = (x: number, share: number) => Math.min(Math.abs(x) * share, 10 * step);
  let lo = f.value;
  let hi = f.max !== undefined && f.max >= f.value ? f.max : f.value;
  const hedge: Hedge | undefined = f.hedge;
  switch (hedge) {
    case 'about':
      lo -= vague(lo, ABOUT);
      hi += vague(hi, ABOUT);
      break;
    case 'nearly':
      lo -= vague(lo, NEARLY);
      break;
    case 'more than':
    case 'at least':
      hi += Math.abs(hi) * OPEN_ABOVE;
      break;
    case 'less than':
    case 'up to':
    case 'at most':
      lo -= Math.abs(lo) * OPEN_BELOW;
      break;
    default:
      break;
  }
  return [lo - half, hi + half];
}

/** 'same' when the two figures' intervals overlap. Callers compare figures of the same unit only. */
export function compareFigureValues(a: ComparableValue, b: ComparableValue): ValueComparison {
  return compareValueIntervals(valueInterval(a), valueInterval(b));
}

/** compareFigureValues on intervals already worked out (valueInterval of each figure). */
export function compareValueIntervals(a: readonly [number, number], b: readonly [number, number]): ValueComparison {
  const [alo, ahi] = a;
  const [blo, bhi] = b;
  const eps = EPSILON * Math.max(Math.abs(alo), Math.abs(ahi), Math.abs(blo), Math.abs(bhi), 1);
  // Intervals that only touch ("2" and "3": 2.5) do not overlap.
  return alo < bhi - eps && blo < ahi - eps ? 'same' : 'different';
}

/** Largest relative gap between values, in percent of the larger one (240.1 vs 227.8 -> 5.1). */
export function gapPercent(values: number[]): number {
  if (values.length < 2) return 0;
  const abs = values.map(Math.abs);
  const max = Math.max(...abs);
  const min = Math.min(...abs);
  if (max === 0) return 0;
  return Math.round(((max - min) / max) * 1000) / 10;
}
