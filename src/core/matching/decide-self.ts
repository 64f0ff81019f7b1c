// Is the open article one of the corpus entries? A decision from the evidence of one candidate: its address,
// its title, and how much of one text the other contains. Pure, tested from a table.
//
// Near-identical extracted text was the only test before, and it fails where the same report is read two
// ways: a page with a headline line and a caption, a saved text without them (seed 003 rendered as a news
// page listed itself). Containment (the share of the shorter text's word sequences found in the longer)
// survives such additions; an address or a title says it directly.

export interface SelfEvidence {
  /**
   * The two addresses, normalised: the same; on the same site only; different sites; or 'unknown' when
   * either is missing.
   */
  url: 'same' | 'same-site' | 'different' | 'unknown';
  /** The titles are the same once case, punctuation and an outlet suffix are set aside. */
  sameTitle: boolean;
  /** Share (0..1) of the shorter text's word sequences that the longer one also has (0 for a text too short to tell). */
  containment: number;
  /** Cosine of the two texts' term vectors, 0..1: what tells a one-line text from another. */
  bodySimilarity: number;
}

/** self: the open article itself; copy: the same text at another address (a syndicated report); other. */
export type SelfDecision = 'self' | 'copy' | 'other';

/** Containment at or above which one text holds the other (the rest is page furniture or an edit). */
export const CONTAINED = 0.8;
/** Term vectors this close are one text, however short. */
export const NEAR_IDENTICAL = 0.9;
/** With the same title, this much containment is the same report (a lede rewritten, a paragraph added). */
export const CONTAINED_SAME_TITLE = 0.5;

export function decideSelf(e: SelfEvidence): SelfDecision {
  if (e.url === 'same' || (e.url === 'same-site' && e.sameTitle)) return 'self';
  const c = Number.isFinite(e.containment) ? e.containment : 0;
  const sameReport = c >= CONTAINED || e.bodySimilarity >= NEAR_IDENTICAL || (e.sameTitle && c >= CONTAINED_SAME_TITLE);
  if (!sameReport) return 'other';
  // One text at two addresses: another outlet's copy of the report, listed as coverage of the same story.
  return e.url === 'different' ? 'copy' : 'self';
}
