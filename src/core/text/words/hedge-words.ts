// Hedges: the words that say a figure is not exact ("nearly 8,000", "more than $5bn", "10,000 or so").
// The one list every stage reads: the extractor tags a figure with its hedge, the describer quotes
// the hedge with the figure and leaves its words out of the measure, alignment reads through them.
import type { Hedge } from '../../types.ts';
import { lookupTable } from '../lookup-table.ts';

/** Each hedge phrase and the hedge it gives; "or ..." phrases follow the number, the others precede it. */
export const HEDGE_PHRASES: ReadonlyArray<readonly [phrase: string, hedge: Hedge]> = [
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['approx', 'about'],
  ['some', 'about'], ['circa', 'about'], ['an estimated', 'about'], ['estimated', 'about'], ['or so', 'about'],
  // Just below the number: "just short of $449,000", "just under $5 million", "shy of 20%".
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'], ['not quite', 'nearly'],
  ['shy of', 'nearly'], ['just short of', 'nearly'], ['just under', 'nearly'], ['just below', 'nearly'],
  ['a shade under', 'nearly'], ['a little under', 'nearly'], ['slightly under', 'nearly'], ['slightly less than', 'nearly'],
  ['just less than', 'nearly'],
  ['at least', 'at least'], ['no less than', 'at least'], ['no fewer than', 'at least'], ['not less than', 'at least'],
  ['a minimum of', 'at least'], ['or more', 'at least'],
  ['at most', 'at most'], ['no more than', 'at most'], ['not more than', 'at most'], ['a maximum of', 'at most'],
  ['or less', 'at most'], ['or fewer', 'at most'],
  ['more than', 'more than'], ['over', 'more than'], ['above', 'more than'], ['upwards of', 'more than'],
  ['in excess of', 'more than'], ['exceeding', 'more than'], ['greater than', 'more than'], ['higher than', 'more than'],
  ['larger than', 'more than'], ['bigger than', 'more than'], ['just over', 'more than'], ['well over', 'more than'],
  ['north of', 'more than'], ['just above', 'more than'], ['>', 'more than'],
  ['less than', 'less than'], ['fewer than', 'less than'], ['under', 'less than'], ['below', 'less than'],
  ['lower than', 'less than'], ['smaller than', 'less than'], ['well under', 'less than'], ['well below', 'less than'],
  ['<', 'less than'],
  ['up to', 'up to'], ['as many as', 'up to'], ['as much as', 'up to'], ['as high as', 'up to'],
];

/** Hedges written after the number, by their last word: "10,000 or more", "a week or so". */
export const HEDGES_AFTER = lookupTable<Hedge>({ more: 'at least', so: 'about', less: 'at most', fewer: 'at most' });

/** Hedge phrases written before the number, longest first (so "just over" wins over "over"). */
export const HEDGES_BEFORE: ReadonlyArray<{ seq: readonly string[]; hedge: Hedge }> = HEDGE_PHRASES
  .filter(([p]) => !p.startsWith('or '))
  .map(([p, h]) => ({ seq: p.split(' '), hedge: h }))
  .sort((a, b) => b.seq.length - a.seq.length);

/** Every word of a hedge phrase ("north" of "north of" aside: "North 40" may be a name). */
export const HEDGE_WORDS: ReadonlySet<string> = new Set(HEDGE_PHRASES.flatMap(([p]) => p.split(' ')).filter((w) => w !== 'north'));

