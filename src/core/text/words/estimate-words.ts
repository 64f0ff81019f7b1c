// Words of an estimate given "at" a figure: "police put the crowd at 50,000", "officials placed the death toll at
// nearly 3,000". The verb's object is what the figure measures; a counting noun gives way to its "of" phrase
// ("the number of injuries" counts injuries).

/** Verbs that give a figure for their object after "at". */
export const ESTIMATE_VERBS: ReadonlySet<string> = new Set(
  'put puts putting placed places placing estimated estimates estimating pegged pegs pegging set sets setting fixed fixes fixing'.split(' '),
);

/** Nouns that only say "how many" of what their "of" phrase names. */
export const COUNTING_NOUNS: ReadonlySet<string> = new Set(['number', 'total', 'tally', 'count']);
