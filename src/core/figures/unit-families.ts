// Units of one family that convert by a fixed factor: a length in miles and one in kilometres measure the same
// thing ("about 40 miles" and "80 kilometers" from the capital can disagree; "62 km" and "about 40 miles"
// agree). Alignment compares such figures in the family's base unit. Currencies are not here: exchange rates
// move, so a currency only meets another through a same-passage conversion. Counts of people under different
// nouns ("17 climbers", "18 people") are one family too (see people-nouns.ts).
import { isPeopleNoun } from '../text/words/people-nouns.ts';

export interface UnitFamily {
  /** The family's base unit key, never a unit a figure is written in ("=m"). */
  base: string;
  /** Base units per unit written. */
  factor: number;
}

/** The base unit of counts of people. */
export const PEOPLE_BASE = '=person';

const LENGTH: Record<string, number> = { km: 1000, m: 1, cm: 0.01, mm: 0.001, mile: 1609.344, 'nautical mile': 1852, ft: 0.3048, inch: 0.0254, yard: 0.9144 };
const MASS: Record<string, number> = { kg: 1, tonne: 1000, lb: 0.45359237, g: 0.001 };

/** The family of a figure's unit (as the extractor writes it), or undefined when it converts to no other. */
export function unitFamily(unit: string): UnitFamily | undefined {
  if (unit in LENGTH) return { base: '=m', factor: LENGTH[unit]! };
  if (unit in MASS) return { base: '=kg', factor: MASS[unit]! };
  if (isPeopleNoun(unit)) return { base: PEOPLE_BASE, factor: 1 };
  return undefined;
}
