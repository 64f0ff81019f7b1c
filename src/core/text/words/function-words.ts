// Function words, for the figure stages (search has its own stop words: stop-words.ts).

/** Words that end the noun phrase after a number: function words, auxiliaries, adverbs. */
export const PHRASE_END_WORDS: ReadonlySet<string> = new Set((
  'a an the of in on at to for with by from into onto over under about above below between among through during ' +
  'since until till after before within without against per via than as and or but nor so yet if then that which who ' +
  'whom whose what where when while because though although is are was were be been being am has have had do does did ' +
  'will would shall should can could may might must this these those that his her its their our my your it they he she ' +
  'we you i them him us me each every all both either neither some any no not more most less least much many few ' +
  'said says say told according including also just only even still already again ago later earlier ever never here ' +
  'there now today yesterday tomorrow always sometimes often afterwards towards besides perhaps thus whereas across ' +
  'versus vs apiece each respectively alone altogether up down out off away back together instead too very ' +
  'go goes went gone come comes came take takes took get gets got make makes made begin begins began start starts'
).split(' '));


/** Closed-class English words (articles, pronouns, prepositions, conjunctions, auxiliaries): never a measure's words. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the this that these those its it their his her our your my them they he she we i you there here ' +
    'of in on at to for with between from by into onto over under since during about after before via among amid amidst against ' +
    'through across around toward towards within without per than as upon ' +
    'and or but nor while which who whom whose what when where why how if because though although whether so then also ' +
    'is are was were be been being am has have had having will would could can may might should must shall do does did ' +
    'not no only just even still yet already both each all any some such more most less least very much many other another own same ' +
    'up out off down again further once ago'
  ).split(' '),
);

/**
 * Conjunctions that open a clause of its own after a figure: "65 missing as the death toll in Nepal reaches 2,500"
 * (the place is the toll's, not the 65's). Left out: "when", "after" (their clause is mostly the figure's own event).
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'whereas', 'because', 'although', 'though']);

/** Relative pronouns: they open a clause about the noun before them ("Timmons, who was arrested, faces"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'whom', 'which']);

/**
 * Words that open a clause of its own inside a sentence: the openers and relative pronouns above, and "that",
 * "after", "since", "when". Read to keep one clause's words from another's figure.
 */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set([...CLAUSE_OPENERS, ...RELATIVE_PRONOUNS, 'that', 'after', 'since', 'when']);

/** Marks that open a quotation: a word after one is still the word ('291 "unaccounted for."'). */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '\u201c', '\u2018', '\u201e', '\u00ab']);
