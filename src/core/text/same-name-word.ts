// Whether two words of names name the same place or people: the same word, or a country and its
// people's adjective written on the same stem ("Nepal"/"Nepalese", "Indonesia"/"Indonesian",
// "Israel"/"Israeli", "Kenya"/"Kenyan"). One report writes "Nepal's quake", another "the Nepalese
// capital": both speak of one where. A general rule on spelling, not a list of countries.

/** The shorter word has at least this many letters: "Iran"/"Iraq" and "Mali"/"Malian" are left alone. */
export const MIN_STEM_WORD = 5;
/** The longer word adds at most this many letters ("nepal" + "ese", "indonesi" + "an"). */
export const MAX_ADDED_LETTERS = 4;

/**
 * Equal words, or the longer one starting with the shorter one bar its last letter ("Italy"/"Italian",
 * "Indonesia"/"Indonesian"), the shorter of MIN_STEM_WORD letters or more and the longer at most
 * MAX_ADDED_LETTERS longer. Lower-cased, accent-folded words (name keys) expected.
 */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < MIN_STEM_WORD || long.length - short.length > MAX_ADDED_LETTERS) return false;
  return long.startsWith(short.slice(0, -1));
}
