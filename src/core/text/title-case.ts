// Whether a stretch of text is written in Title Case, as headlines are ("At Least 119 Dead in Magnitude 7.1
// Mexico Quake"): there a capital names nothing, so rules that read capitals as names (places, storms, a
// further event's words) read past it. One test for every stage. Pure.

/** Words of four letters or more: short words ("in", "of", "the") stay lower-case in most headline styles. */
const LONG_WORD = /[\p{L}][\p{L}'\u2019-]{3,}/gu;
/** Share of the long words written with a capital from which a text is Title Case. */
export const TITLE_CASE_SHARE = 0.6;

/** Whether at least TITLE_CASE_SHARE of the text's long words (and at least `minWords` of them) are capitalised. */
export function isTitleCase(text: string, minWords = 1): boolean {
  const words = text.match(LONG_WORD) ?? [];
  if (words.length < minWords) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length >= TITLE_CASE_SHARE * words.length;
}
