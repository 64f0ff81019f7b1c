// Words that place one event after another of its kind: "an aftershock hit an hour after the initial quake".
// The figure describer reads them to keep a later event's quantity apart from the story's own.

/** Nouns of an event that follows another of its kind. */
export const FOLLOWING_EVENT_NOUNS: ReadonlySet<string> = new Set(['aftershock', 'aftershocks']);
/** Adjectives that name the first event of a series: "after the initial quake", "the main shock". */
export const FIRST_EVENT_WORDS: ReadonlySet<string> = new Set(['initial', 'first', 'main', 'earlier', 'previous', 'original']);
/** Words that make an event a further one of its series: "another quake of magnitude 6.3", "a second shock". */
export const FURTHER_EVENT_WORDS: ReadonlySet<string> = new Set(['another', 'second', 'further', 'fresh', 'new']);
