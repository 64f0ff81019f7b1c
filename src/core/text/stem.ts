// The one English suffix strip of Parallax: plural, -ing, -ed, so "sanctions"/"sanction" and
// "visited"/"visit" meet. Search terms and measure words both use it; changing it means regenerating
// background-terms.ts (search ranks words by their stem).

/** Plural -s of a four-letter word ("ties", "cars", "jets"); "bus", "this", "less" keep theirs. */
const SHORT_PLURAL = /^[^\s]{3}s$/;
const KEEPS_S = /(ss|us|is)$/;

/**
 * A light, deterministic English suffix strip (plural, -ing, -ed). Words of four letters or fewer are kept
 * as they are, unless `shortPlurals` asks to drop a four-letter plural's -s too ("jets" -> "jet"): search
 * keeps them (its background ranks were built so), measure words drop them.
 */
export function stem(word: string, shortPlurals = false): string {
  if (word.length <= 4) return shortPlurals && SHORT_PLURAL.test(word) && !KEEPS_S.test(word) ? word.slice(0, -1) : word;
  if (word.endsWith('ies') && word.length > 5) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !KEEPS_S.test(word)) return word.slice(0, -1);
  return word;
}
