// Words that place one event after another of its kind: "an aftershock hit an hour after the initial quake".
// The figure describer reads them to keep a later event's quantity apart from the story's own.

/** Nouns of an event that follows another of its kind. */
export const FOLLOWING_EVENT_NOUNS: ReadonlySet<string> = new Set(['aftershock', 'aftershocks']);
/** Adjectives that name the first event of a series: "after the initial quake", "the main shock". */
export const FIRST_EVENT_WORDS: ReadonlySet<string> = new Set(['initial', 'first', 'main', 'earlier', 'previous', 'original']);
/** Words that make an event a further one of its series: "another quake of magnitude 6.3", "a second shock". */
export const FURTHER_EVENT_WORDS: ReadonlySet<string> = new Set(['another', 'second', 'further', 'fresh', 'new']);
/**
 * Nouns of a happening that recurs in one place (singular; a plural "s" or "es" is read too): "a second
 * earthquake hit Nepal", "fresh protests", "another strike". After a FURTHER_EVENT_WORDS word they make a
 * report's lead speak of a further happening of its kind, not of the first one's aftermath. Not aftershocks
 * nor tremors: "fresh aftershocks" are the first quake's story.
 */
export const RECURRING_EVENT_NOUNS: readonly string[] = [
  'earthquake', 'quake', 'eruption', 'storm', 'hurricane', 'typhoon', 'cyclone',
  'tornado', 'flood', 'flooding', 'landslide', 'avalanche', 'fire', 'wildfire', 'march', 'protest', 'rally',
  'demonstration', 'strike', 'walkout', 'riot', 'clash', 'attack', 'bombing', 'blast', 'explosion', 'shooting',
  'crash', 'collision', 'derailment', 'launch', 'test', 'outbreak', 'arrest', 'raid', 'hack', 'breach', 'leak', 'spill',
];
