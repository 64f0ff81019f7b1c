// Pronouns that stand for a person named elsewhere: a figure whose clause has one for its subject ("He has 53
// catches for 605 yards") is someone's, though the text does not say whose here (describe-measure.ts, figureSubject).
// Possessives ("his 68 punches") are left out: they mostly point back to the clause's named subject.

/** Personal pronouns in the subject position, lower-case. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
