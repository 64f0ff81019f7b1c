// The singular, lower-cased form of a counted noun, so "8,000 people" and "one person" share the
// unit 'person' and "128 seats" / "a 450-seat parliament" share 'seat'. English only, rule based.
import { lookupTable } from './lookup-table.ts';

const IRREGULAR = lookupTable<string>({
  people: 'person', persons: 'person', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth',
  mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', thieves: 'thief', leaves: 'leaf',
  halves: 'half', wolves: 'wolf', calves: 'calf', shelves: 'shelf', heroes: 'hero', vetoes: 'veto', potatoes: 'potato',
  tomatoes: 'tomato', echoes: 'echo', torpedoes: 'torpedo', crises: 'crisis', analyses: 'analysis', theses: 'thesis',
  bases: 'base', cases: 'case', phases: 'phase', houses: 'house', courses: 'course', nurses: 'nurse', horses: 'horse',
  responses: 'response', licenses: 'license', expenses: 'expense', purchases: 'purchase', releases: 'release',
  increases: 'increase', decreases: 'decrease', warehouses: 'warehouse', causes: 'cause', clauses: 'clause',
  criteria: 'criterion', phenomena: 'phenomenon', media: 'media', data: 'data',
  indices: 'index', matrices: 'matrix', vertices: 'vertex', appendices: 'appendix',
});

/** Nouns whose plural is the same word (or that have no singular). */
const INVARIANT = new Set([
  'police', 'staff', 'personnel', 'cattle', 'livestock', 'sheep', 'fish', 'deer', 'aircraft', 'spacecraft', 'crew',
  'series', 'species', 'news', 'offspring', 'headquarters', 'means', 'people', 'militia', 'clergy', 'infantry',
]);

export function singularNoun(word: string): string {
  // Acronyms keep their final S: "FPS", "GPS".
  if (/^[A-Z]{2,}S$/.test(word)) return word.toLowerCase();
  const w = word.toLowerCase().replace(/['\u2019]s?$/, '');
  if (INVARIANT.has(w)) return w === 'people' ? 'person' : w;
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (/[a-z]{3}men$/.test(w) && !NOT_MEN.has(w)) return w.slice(0, -3) + 'man'; // "gunmen", "fishermen"
  if (w.length <= 3) return w.endsWith('s') && w.length === 3 && !w.endsWith('ss') ? w.slice(0, -1) : w;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(ch|sh|x|ss|zz)es$/.test(w)) return w.slice(0, -2);
  if (/(ss|us|is|ics)$/.test(w)) return w;
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** Irregular and invariant plurals, for telling "8,000 people" from "8,000 in". */
export function isIrregularPlural(word: string): boolean {
  const w = word.toLowerCase();
  return INVARIANT.has(w) || (w in IRREGULAR && w !== 'media' && w !== 'data') || (/[a-z]{3}men$/.test(w) && !NOT_MEN.has(w));
}

/** Singular nouns ending in "-men". */
const NOT_MEN = new Set(['specimen', 'abdomen', 'regimen', 'acumen', 'hymen', 'stamen']);

/** The plural of a singular noun or unit, the inverse of singularNoun for the units labels name. */
export function pluralNoun(word: string): string {
  if (word === 'person') return 'people';
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
