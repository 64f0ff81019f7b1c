// Whether two short strings are spellings of one word or name, two ways. Pure.
// - spellingVariant, for names and title words in matching ("Zelensky"/"Zelenskyy", "Muammar"/"Moammar"): the
//   fewest letters to add, drop or change to find the first within the second is at most a fifth of the
//   first's length. A wrong match there costs a little score.
// - oneLetterVariant, for places in figures ("Katmandu"/"Kathmandu"): one letter added or dropped, never changed
//   ("Guinea"/"Guiana" are two places). A wrong match there puts two places' counts side by side as one.
//
// spellingVariant is the verdict fuse.js's Bitap search gave with a threshold of 0.2 and location ignored,
// which the matcher used before; on 5.09 million pairs of words and names from the development corpora (same
// first letter, lengths 5-32 and about equal) the two agreed on every pair, so the library (17 KB in the
// worker) was dropped.

/** Most edits, as a share of the first string's length, for the two to be one spelling. */
export const SPELLING_VARIANT_SHARE = 0.2;

/** The fewest edits that turn `x` into some stretch of `y` (edit distance with free ends in `y`). */
export function editsWithin(x: string, y: string): number {
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const cur = new Array<number>(y.length + 1);
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return Math.min(...prev);
}

/** Whether `x` is found in `y` with at most SPELLING_VARIANT_SHARE of its length in edits. */
export function spellingVariant(x: string, y: string): boolean {
  return x.length > 0 && editsWithin(x, y) <= SPELLING_VARIANT_SHARE * x.length;
}

/** Shortest name two spellings of which are told apart by one letter only ("Katmandu", "Kathmandu"). */
export const VARIANT_MIN_LENGTH = 6;

/**
 * Whether two words are spellings of one place: long enough (VARIANT_MIN_LENGTH), the same first letter, and one
 * letter added or dropped ("katmandu" / "kathmandu"). A letter changed makes another name ("guinea" / "guiana").
 */
export function oneLetterVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < VARIANT_MIN_LENGTH || Math.abs(a.length - b.length) !== 1 || a[0] !== b[0]) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
