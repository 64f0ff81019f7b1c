// Nouns that count people (singular, as the extractor writes a counted noun). Reports name one count with
// different nouns ("17 climbers killed" and "18 people died"; "105 lives" and "113 people"): alignment
// compares such counts as counts of people. Whether two of them are one measure is still decided by their
// words, heads, scope and places, and by decidePeopleNouns (decide-disagreement.ts).

/**
 * Nouns that say nothing of which people: a count under one of them may be any count of people. Not "others":
 * "55 others" counts people apart from some named before it, a remainder rather than a count of its own.
 */
export const ANY_PEOPLE_NOUNS: ReadonlySet<string> = new Set(['person', 'people', 'life', 'individual']);

/**
 * Nouns that say only which country people belong to ("70 British nationals", "citizens"): a count under one
 * meets a count of its country's people under any noun ("65 British climbers"), the way ANY_PEOPLE_NOUNS do.
 */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set(['national', 'citizen']);

/** Nouns that say which people ("civilians", "passengers"): each meets the nouns above, never another of these. */
export const WHICH_PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'death', 'injury', 'body', 'victim', 'casualty', 'civilian', 'resident', 'consumer', 'customer', 'climber',
  'passenger', 'tourist', 'worker', 'employee', 'student', 'child', 'adult', 'soldier', 'troop', 'migrant', 'refugee', 'patient',
  'survivor', 'pilgrim', 'villager', 'inhabitant', 'holidaymaker', 'mountaineer', 'hiker', 'trekker', 'miner', 'foreigner',
]);

/** Whether a counted noun is one of people, of either kind above. */
export function isPeopleNoun(noun: string): boolean {
  return ANY_PEOPLE_NOUNS.has(noun) || NATIONALITY_NOUNS.has(noun) || WHICH_PEOPLE_NOUNS.has(noun);
}
