// Words that say what happened to the people a bare number counts ("45 dead", "15 died", "2,000 have been
// injured") and the noun of a count of victims ("the death toll rose to 58"). The extractor reads them to give
// such a number its unit (people): a toll is a count of people whatever the story.

/** Casualty words that are also active verbs: right after a noun they may take an object ("40 soldiers killed 12 militants"). */
export const ACTIVE_CASUALTY_VERBS: ReadonlySet<string> = new Set(['killed', 'injured', 'wounded', 'hurt', 'hospitalised', 'hospitalized']);
/** Casualty words after a bare number: "45 dead", "54 had died", "20 missing", "169 still unaccounted for". */
export const CASUALTY_WORDS: ReadonlySet<string> = new Set(['dead', 'died', 'die', 'missing', 'unaccounted', ...ACTIVE_CASUALTY_VERBS]);
/**
 * Words that tell a sentence has victims, for a recalled disaster ("In May, about 50 people died ...", "killing all
 * 162 on board"): the casualty words as written, their -ing forms and the nouns. Exact forms, not stems: "missed
 * its forecast" is no victim.
 */
export const VICTIM_WORDS: ReadonlySet<string> = new Set([...CASUALTY_WORDS, 'killing', 'injuring', 'wounding', 'deaths', 'drowned', 'victims']);
/** Casualty words of a tally that falls as well as rises as it is settled: the missing are found, alive or dead. */
export const SETTLING_CASUALTY_WORDS: ReadonlySet<string> = new Set(['missing', 'unaccounted']);
/** Words that may stand between a bare number and its casualty word: "54 had died", "2,000 have been injured", "215 people who remain missing". */
export const CASUALTY_LINKS: ReadonlySet<string> = new Set(['had', 'have', 'has', 'were', 'are', 'was', 'is', 'been', 'now', 'still',
  'confirmed', 'reported', 'reportedly', 'people', 'others', 'other', 'more', 'being', 'who', 'remain', 'remains', 'remained']);
/** Nouns of a count of victims: "the death toll rose to 58", "toll at 1,394", "casualty toll". */
export const TOLL_WORDS: ReadonlySet<string> = new Set(['toll', 'tolls']);
/** Words between a toll and its number: "toll had risen to 58", "toll reaches 90", "toll to be around 150". */
export const TOLL_LINKS: ReadonlySet<string> = new Set(['death', 'casualty', 'had', 'has', 'have', 'risen', 'rose', 'rises', 'rise', 'jumped',
  'climbed', 'climbs', 'reached', 'reaches', 'hit', 'hits', 'stood', 'stands', 'stand', 'is', 'was', 'at', 'to', 'of', 'be', 'now',
  'increased', 'grew', 'topped', 'passed', 'up', 'revised', 'upwards', 'upward', 'further', 'sharply']);
/** Words naming a toll as a count of victims when they precede it: "death toll", "casualty toll". */
export const TOLL_OF: ReadonlySet<string> = new Set(['death', 'casualty', 'human', 'civilian']);
/** Measure heads (after describe-measure's synonyms) of a count of victims: "the death toll rose to six", "killed 59". */
export const CASUALTY_HEADS: ReadonlySet<string> = new Set(['death', 'injury']);
/**
 * Verbs that make a count of lives a count of deaths: "the quake claimed 105 lives", "cost 20 lives", "took 50 lives".
 * ("saved 30 lives" is no toll: not here.)
 */
export const LIFE_TAKING_VERBS: ReadonlySet<string> = new Set(['claim', 'claims', 'claimed', 'claiming', 'cost', 'costs', 'costing',
  'take', 'takes', 'took', 'taken', 'taking']);

/**
 * What a group of counts of people is called when its own words say no more than "people" ("people", "people
 * confirmed", "lives people"): the measure head every count in it shares, by name.
 */
export const HEAD_LABELS: ReadonlyMap<string, string> = new Map([
  ['death', 'deaths'],
  ['injury', 'people injured'],
  ['miss', 'people missing'],
  ['board', 'people on board'],
]);

/** Words after a count of people that say it counts those carried ("476 people aboard"); "on board" is read as one. */
export const ABOARD_WORDS: ReadonlySet<string> = new Set(['aboard', 'onboard']);
/** The measure head of a count of people carried: "459 on board", "476 people aboard", "250 passengers were on board". */
export const ABOARD_HEAD = 'board';
