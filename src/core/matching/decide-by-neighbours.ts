// A second look at a candidate from its nearest other candidates: transitive evidence among the candidates.
//
// Reports of one event do not all resemble each other: a short wire piece and a long feature on the same
// event may share few words, yet each resembles the event's other reports. When the candidate's nearest
// other candidates were decided to be the same story as the open article, and the candidate stands with
// them (close, and near the same others: their cohesion), it is of the same event too. A report of another
// event of the topic stands with its own event's reports, which the open article left on the topic: when
// a candidate let in at the margin stands with those and hardly any of the story's, it is of that other
// event. Only first-pass decisions are read; transitive evidence never bridges weeks (a candidate apart in
// time stays as decided); a report with little in common with the open article ('unrelated') joins only
// when all its nearest are the story and stand with it (a brief or a follow-up that shares few words).
//
// Nearest neighbours are a few; where the candidate stands among all of them says more. Two events of one
// topic make two groups among the candidates: a candidate nearer, on average, to the reports the open
// article left on the topic than to its story's is of the other event, whatever two or three close
// neighbours say (standing: joins need the story's group not much further than the topic's; a candidate at
// the margin leaves when the topic's group is twice as near).
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
  /**
   * The candidate's mean similarity to the other candidates decided the story, and to those left on the
   * topic (first pass); undefined when either group is empty.
   */
  standing?: { story: number; topic: number; topicCount: number };
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
/**
 * A candidate joins only if its mean similarity to the story's group is at least this share of that to
 * the topic's group (standing). Chosen on the development parts with the two below: 0.7 to 0.9 give the
 * same picture (ecbplus-dev precision up 0.001 to 0.009, recall within 0.004; stories dev up by one or two
 * listings); 0.8 is in the middle.
 */
export const JOIN_STANDING = 0.8;
/** A candidate left as unrelated joins only when all of its NEIGHBOURS nearest are the story and vouch for it. */
export const VOUCHING_FOR_UNRELATED = 4;
/** A candidate at the margin leaves when the topic's group is this many times nearer than the story's... */
export const LEAVE_STANDING = 2;
/** ...and that group holds at least this many reports (one report is no group). */
export const MIN_TOPIC_GROUP = 2;
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

/** Where the candidate stands among all the candidates: 'nearer-the-topic' rules out a join, and lets one at the margin leave. */
export type Standing = 'with-the-story' | 'nearer-the-topic' | 'far-nearer-the-topic' | 'unknown';

export function decideStanding(s: NeighbourEvidence['standing']): Standing {
  if (!s || !Number.isFinite(s.story) || !Number.isFinite(s.topic)) return 'unknown';
  if (s.topicCount >= MIN_TOPIC_GROUP && s.story * LEAVE_STANDING < s.topic) return 'far-nearer-the-topic';
  return s.story < JOIN_STANDING * s.topic ? 'nearer-the-topic' : 'with-the-story';
}

export function decideByNeighbours(e: NeighbourEvidence): NeighbourDecision {
  const nearest = e.neighbours.slice(0, NEIGHBOURS);
  const vouching = nearest.filter((n) => n.sameStory && standsWith(n)).length;
  const standing = decideStanding(e.standing);
  if (e.decision === 'related-topic' || e.decision === 'unrelated') {
    const needed = e.decision === 'unrelated' ? VOUCHING_FOR_UNRELATED : VOUCHING_NEIGHBOURS;
    const joins = e.when !== 'apart' && vouching >= needed && (standing === 'with-the-story' || standing === 'unknown');
    return joins ? 'joins-its-neighbours' : 'as-decided';
  }
  if (e.decision !== 'same-story' || !(e.score < MARGIN_SCORE)) return 'as-decided';
  if (standing === 'far-nearer-the-topic') return 'leaves-with-its-neighbours';
  const opposing = nearest.filter((n) => !n.sameStory && standsWith(n)).length;
  const story = nearest.filter((n) => n.sameStory).length;
  return opposing >= OPPOSING_NEIGHBOURS && story <= MAX_STORY_NEIGHBOURS_TO_LEAVE ? 'leaves-with-its-neighbours' : 'as-decided';
}
