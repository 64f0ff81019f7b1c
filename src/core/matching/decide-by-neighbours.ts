// A second look at a candidate from its nearest other candidates: transitive evidence among the candidates.
//
// Reports of one event do not all resemble each other: a short wire piece and a long feature on the same
// event may share few words, yet each resembles the event's other reports. When the candidate's nearest
// other candidates were decided to be the same story as the open article, and the candidate stands with
// them (close, and near the same others: their cohesion), it is of the same event too. A report of another
// event of the topic stands with its own event's reports, which the open article left on the topic: when
// a candidate let in at the margin stands with those and hardly any of the story's, it is of that other
// event. Only first-pass decisions are read; transitive evidence never bridges weeks (a candidate apart in
// time stays as decided) nor lifts a report with too little in common with the open article ('unrelated').
//
// Chosen on the development parts (ecbplus-dev, stories dev) by a grid over the numbers below; asking more
// of a vouching neighbour (a score of 0.3 rather than the threshold, or the candidate among its nearest too)
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
  /** The candidate's own first-pass decision and score (storyScore). */
  decision: StoryDecision;
  score: number;
  when: WhenDecision;
  /** The candidate's nearest other candidates, nearest first (at most NEIGHBOURS are read). */
  neighbours: readonly Neighbour[];
}

/** How many of the candidate's nearest other candidates are read. */
export const NEIGHBOURS = 4;
/**
 * A neighbour the candidate stands with is at least this close to it... (0.15 and 0.2 until cohesion
 * profiles compared names too; chosen again then on the same development parts: any similarity bar up to
 * 0.12 with a cohesion bar up to 0.1 gives the same numbers, within one listing).
 */
export const NEIGHBOUR_SIMILARITY = 0.12;
/** ...and near the same other candidates (unknown cohesion: no evidence either way). */
export const NEIGHBOUR_COHESION = 0.1;
/** Story neighbours it stands with that bring a candidate left on the topic into the story. */
export const VOUCHING_NEIGHBOURS = 2;
/** A same-story candidate scoring under this is at the margin, and may leave for the topic... */
export const MARGIN_SCORE = 0.3;
/** ...when it stands with this many neighbours left out of the story... */
export const OPPOSING_NEIGHBOURS = 3;
/** ...and at most this many of its nearest are the story. */
export const MAX_STORY_NEIGHBOURS_TO_LEAVE = 1;

export type NeighbourDecision = 'joins-its-neighbours' | 'leaves-with-its-neighbours' | 'as-decided';

/** Whether the candidate stands with this neighbour: close to it, and near the same others. */
export function standsWith(n: Neighbour): boolean {
  return n.similarity >= NEIGHBOUR_SIMILARITY && n.cohesion !== undefined && Number.isFinite(n.cohesion) && n.cohesion >= NEIGHBOUR_COHESION;
}

export function decideByNeighbours(e: NeighbourEvidence): NeighbourDecision {
  const nearest = e.neighbours.slice(0, NEIGHBOURS);
  const vouching = nearest.filter((n) => n.sameStory && standsWith(n)).length;
  if (e.decision === 'related-topic') {
    return e.when !== 'apart' && vouching >= VOUCHING_NEIGHBOURS ? 'joins-its-neighbours' : 'as-decided';
  }
  if (e.decision !== 'same-story' || !(e.score < MARGIN_SCORE)) return 'as-decided';
  const opposing = nearest.filter((n) => !n.sameStory && standsWith(n)).length;
  const story = nearest.filter((n) => n.sameStory).length;
  return opposing >= OPPOSING_NEIGHBOURS && story <= MAX_STORY_NEIGHBOURS_TO_LEAVE ? 'leaves-with-its-neighbours' : 'as-decided';
}
