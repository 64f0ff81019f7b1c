// Words of change: verbs and nouns that say a figure rose or fell ("rose to 5.1%", "an increase of $2bn").
// The extractor reads them to tag a figure's change; the describer reads them as the figure's role.

export const RISE_VERBS: ReadonlySet<string> = new Set(('rose rise rises rising risen increased increase increases increasing grew grow grows growing grown ' +
  'jumped jump jumps jumping climbed climb climbs climbing surged surge surges surging soared soar soars soaring ' +
  'gained gain gains gaining raised raise raises raising boosted doubled tripled swelled expanded improved improve ' +
  'improves improving rebounded rebound recovered widened').split(' '));
export const FALL_VERBS: ReadonlySet<string> = new Set(('fell fall falls falling fallen decreased decrease decreases decreasing declined decline declines ' +
  'declining dropped drop drops dropping slumped slump slumps plunged plunge plunges tumbled tumble tumbles slid slide ' +
  'slides dipped dip dips sank sink sinks shrank shrink shrinks shrunk contracted contract lost lose loses cut cuts ' +
  'reduced reduce reduces lowered lower slashed eased halved narrowed shrinking plummeted plummet').split(' '));
/** Verbs that name a change only with "by"/"to"/"from": "raised $5bn" and "lost $5bn" are amounts. */
export const NOT_DIRECT_CHANGE: ReadonlySet<string> = new Set(['raise', 'raised', 'raises', 'raising', 'lose', 'lost', 'loses', 'cut', 'cuts', 'reduce',
  'reduced', 'reduces', 'lower', 'lowered', 'boosted', 'expanded', 'contract', 'contracted']);
export const RISE_NOUNS: ReadonlySet<string> = new Set(['increase', 'rise', 'gain', 'jump', 'growth', 'surge', 'hike', 'climb']);
export const FALL_NOUNS: ReadonlySet<string> = new Set(['decrease', 'fall', 'drop', 'decline', 'loss', 'cut', 'reduction', 'slump', 'dip', 'contraction']);

/** Verbs of a revised figure, without a direction: "revised from 131 to 148" is a change, not a range. */
export const REVISE_VERBS: ReadonlySet<string> = new Set(['revised', 'revise', 'revises', 'revising', 'adjusted', 'updated', 'corrected', 'amended']);
/** Adverbs that give a revision its direction: "revised upwards from 131 to 148". */
export const RISE_ADVERBS: ReadonlySet<string> = new Set(['upwards', 'upward']);
export const FALL_ADVERBS: ReadonlySet<string> = new Set(['downwards', 'downward']);
