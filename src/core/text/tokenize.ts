// Terms for lexical matching: lower-cased, accents folded, stop words dropped, a light suffix strip
// so "sanctions"/"sanction" and "visited"/"visit" meet. `termTokens` also keeps the surface word, so
// what the popup shows ("sanctions", "WeWork") is what the page says, never a stem.

const ENGLISH_STOP =
  'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
  'can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how ' +
  'i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
  'same she should so some such than that the their theirs them themselves then there these they this those through to too under until up ' +
  'very was we were what when where which while who whom why will with would you your yours yourself yourselves said says say saying ' +
  'one two three four five six seven eight nine ten first new last year years week weeks day days time times told according like may might ' +
  'us mr mrs ms per via including since many much well even still yet back get gets got make makes made way across around another ' +
  'dont doesnt didnt isnt wasnt arent werent wont wouldnt shouldnt couldnt hasnt havent hadnt cant im ive youre theyre thats ' +
  'just going go goes went come comes came take takes took want wants know think see seen look use used using ' +
  'image images photo photos photograph getty caption copyright advertisement click subscribe newsletter';

// Function words of the other languages Parallax meets (French, Spanish, Portuguese, German, Italian,
// Czech), without the ones that are also English content words ("die", "war", "son", "fine"...).
const OTHER_STOP =
  'le la les un une des du de au aux et est sont ont été être avec pour dans par sur qui que quoi dont ou où mais ne pas plus ' +
  'ce cet cette ces il elle ils elles nous vous leur leurs sa ses lui se en été fait comme tout tous très aussi entre sans sous après avant ' +
  'el los las una unos unas del al es son fue ser por para con sin sobre entre pero como más muy ya su sus lo le se que qué ' +
  'em um uma uns umas os da das do dos na nas no nos ao aos pelo pela pelos pelas com sem mas foi ser ter está são não mais muito ' +
  'der den dem des das ein eine einer eines einem einen und ist sind wird werden wurde mit für auf aus bei nach von zu zum zur ' +
  'nicht auch sich dass oder wie noch nur über unter kann ich sie wir ihr es er ' +
  'il lo gli della delle dei degli nel nella che di con per tra fra sono stato essere questo questa anche ' +
  'je se na ve ze za do od po pro při jako který která které jsou byl byla bylo být že ale jen už tak také kde ' +
  'avec chez selon lors ainsi donc car quand alors déjà encore';

export const STOP_WORDS = new Set(`${ENGLISH_STOP} ${OTHER_STOP}`.split(/\s+/).filter(Boolean));

export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** A light, deterministic English suffix strip (plural, -ing, -ed). Changing it means regenerating background-terms.ts. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies') && word.length > 5) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** Raw word tokens with their offsets (for names and highlighting). */
export function words(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export interface TermToken {
  /** Normalised index term (folded, lower-cased, stemmed). */
  term: string;
  /** The word as written in the text, possessive and hyphen parts split off ("Putin", "sanctions"). */
  surface: string;
}

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu;
const COMBINING = /[\u0300-\u036f]/g;

/** Index terms of a text in order (duplicates kept), each with its surface word. */
export function termTokens(text: string): TermToken[] {
  const out: TermToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0].replace(/['\u2019]s$/i, '');
    // Pure ASCII words skip the (slow) Unicode normalisation.
    // eslint-disable-next-line no-control-regex
    const folded = /^[\x00-\x7f]*$/.test(raw) ? raw : raw.normalize('NFKD').replace(COMBINING, '');
    const w = folded.toLowerCase().replace(/['\u2019]/g, '');
    if (w.length < 2 || STOP_WORDS.has(w) || /^\d+$/.test(w)) continue;
    if (w.includes('-')) {
      const parts = w.split('-');
      const surfaces = raw.split('-');
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        if (part.length < 2 || STOP_WORDS.has(part) || /^\d+$/.test(part)) continue;
        out.push({ term: stem(part), surface: surfaces[i] ?? part });
      }
      continue;
    }
    out.push({ term: stem(w), surface: raw });
  }
  return out;
}

/** Normalised index terms of a text, in order (duplicates kept). */
export function terms(text: string): string[] {
  return termTokens(text).map((t) => t.term);
}
