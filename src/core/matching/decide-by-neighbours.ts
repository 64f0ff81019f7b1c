// A second look at a candidate the pair features left on the topic: transitive evidence among the candidates.
//
// Reports of one event do not all resemble each other: a short wire piece and a long feature on the same
// event may share few words, yet each resembles the event's other reports. When the candidate's nearest
// other candidates were decided to be the same story as the open article, and the candidate is close to
// them and stands where they stand among the rest (their cohesion), it is of the same event too. A report
// of another event of the topic has its own event's reports as nearest neighbours, which the open article
// did not accept. Only a candidate already on the topic and within time is reviewed: transitive evidence
// never bridges weeks, nor lifts a report with little in common with the open article.
//
// Chosen on the development parts (ecbplus-dev, stories dev) by a grid over the numbers below; asking
// more of a neighbour (a score of 0.3 rather than the threshold, or the candidate among its nearest too)
// kept more same-topic reports out but left ecbplus-dev recall under 0.90.
import type { StoryDecision, WhenDecision } from './decide-same-story.ts';

/** One of the candidate's nearest other candidates, as the decision sees it. */
export interface Neighbour {
  /** Whether the open article's first-pass decision for this neighbour was the same story. */
  sameStory: boolean;
  /** The candidate's similarity to this neighbour (profileSimilarity: cosine, a shared day, time apart). */
  similarity: number;
  /** How alike the candidate's and this neighbour's similarities to the other candidates are (-1..1). */
  cohesion?: number;
}

export interface NeighbourEvidence {
  /** The candidate's own first-pass decision. */
  decision: StoryDecision;
  when: WhenDecision;
  /** The candidate's nearest other candidates, nearest first (at most NEIGHBOURS are read). */
  neighbours: readonly Neighbour[];
}

/** How many of the candidate's nearest other candidates are read. */
export const NEIGHBOURS = 4;
/** How many of them must vouch for it. */
export const VOUCHING_NEIGHBOURS = 2;
/** A neighbour vouches when it is the same story, the candidate is at least this close to it... */
export const NEIGHBOUR_SIMILARITY = 0.15;
/** ...and stands where it stands among the other candidates (unknown cohesion does not vouch). */
export const NEIGHBOUR_COHESION = 0.3;

export type NeighbourDecision = 'joins-its-neighbours' | 'as-decided';

export function vouches(n: Neighbour): boolean {
  return n.sameStory && n.similarity >= NEIGHBOUR_SIMILARITY && n.cohesion !== undefined && Number.isFinite(n.cohesion) && n.cohesion >= NEIGHBOUR_COHESION;
}

export function decideByNeighbours(e: NeighbourEvidence): NeighbourDecision {
  if (e.decision !== 'related-topic' || e.when === 'apart') return 'as-decided';
  const vouching = e.neighbours.slice(0, NEIGHBOURS).filter(vouches).length;
  return vouching >= VOUCHING_NEIGHBOURS ? 'joins-its-neighbours' : 'as-decided';
}
