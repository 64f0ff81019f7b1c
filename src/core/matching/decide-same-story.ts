// The same-story decision: a pure function of a candidate's features, so it can be tested from a table.
//
// How the weights and the threshold were chosen (see also the report in scripts/eval-matching.ts):
// - bodySimilarity (cosine of the top-term TF-IDF vectors) is the main evidence: on the development pages
//   it alone separates same-story pairs (lowest 0.19) from different stories (highest 0.14), except one
//   deliberately close pair (two WeWork stories of one day that share a quoted email).
// - titleSimilarity adds what headlines say, which reports of one event share even when their bodies
//   take different angles; sharedNames gets a small weight only, because names are a topic signal as much
//   as a story signal (all Hong Kong stories share "Hong Kong" and "Beijing").
// - Shared figures are strong, rare evidence (two reports quoting "$12.9bn"), so each adds a fixed bonus.
// - Distance in time discounts everything: follow-ups weeks later are other stories.
// SAME_STORY_THRESHOLD sits at the geometric mean of the lowest same-story score (0.226) and the highest
// different-story score (0.182) on the development pages, rounded to two decimals; it is not fitted finer.

export interface StoryFeatures {
  /** Cosine similarity of the two reports' top-term TF-IDF vectors, 0..1. */
  bodySimilarity: number;
  /** Weighted overlap (Dice) of the title terms, 0..1. */
  titleSimilarity: number;
  /** Weighted overlap (Dice) of the two reports' main names, 0..1. */
  sharedNames: number;
  /** Number of distinct telling figures (value + unit) both reports state. */
  sharedFigures: number;
  /** Days between publication dates, when both are known. */
  daysApart?: number;
}

export type StoryDecision = 'same-story' | 'related-topic' | 'unrelated';

/** Score at or above which a candidate is listed as related coverage (same story). */
export const SAME_STORY_THRESHOLD = 0.2;
/** Score at or above which a candidate that is not the same story is still on the same topic. */
export const RELATED_TOPIC_THRESHOLD = 0.12;

export const WEIGHTS = { body: 0.7, title: 0.2, names: 0.1, perFigure: 0.03, maxFigures: 3 } as const;

/** 1 within three days; then down linearly to 0.5 at 30 days and to 0.3 at 60 days and beyond. */
export function timeFactor(daysApart: number | undefined): number {
  if (daysApart === undefined || !Number.isFinite(daysApart) || daysApart <= 3) return 1;
  if (daysApart <= 30) return 1 - (0.5 * (daysApart - 3)) / 27;
  return Math.max(0.3, 0.5 - (0.2 * (daysApart - 30)) / 30);
}

/** Combined 0..1 score. */
export function storyScore(f: StoryFeatures): number {
  const clamp = (x: number): number => (Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0);
  const figures = Math.min(WEIGHTS.maxFigures, Math.max(0, Math.floor(f.sharedFigures || 0)));
  const s =
    WEIGHTS.body * clamp(f.bodySimilarity) +
    WEIGHTS.title * clamp(f.titleSimilarity) +
    WEIGHTS.names * clamp(f.sharedNames) +
    WEIGHTS.perFigure * figures;
  return clamp(s * timeFactor(f.daysApart));
}

export function decideSameStory(f: StoryFeatures): StoryDecision {
  const s = storyScore(f);
  if (s >= SAME_STORY_THRESHOLD) return 'same-story';
  if (s >= RELATED_TOPIC_THRESHOLD) return 'related-topic';
  return 'unrelated';
}
