// Words that tie a name to who reports or where, not to whom a figure belongs: "45 dead, Reuters reported",
// "according to AP", "52 across Pakistan". The describer reads them to keep such names out of a figure's owners.

/** Saying verbs (and "according"): the name beside one is a source of the figure. */
export const REPORTING_WORDS: ReadonlySet<string> = new Set(
  ('said say says saying told tell noted note added stated reported report reports reporting according highlighted ' +
    'claimed announced announce').split(' '),
);

/** Prepositions of place: the name after one is where the figure was counted. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'at', 'near', 'outside', 'throughout', 'around', 'from', 'inside']);
