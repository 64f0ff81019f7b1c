// The same-story decision: a pure function of a candidate's features, so it can be tested from a table.

export interface StoryFeatures {
  /** Cosine similarity of TF-IDF body vectors, 0..1. */
  bodySimilarity: number;
  /** Fuzzy title similarity, 0..1. */
  titleSimilarity: number;
  /** Share of the open article's names found (fuzzily) in the candidate, 0..1. */
  sharedNames: number;
  /** Number of distinct figures (value + unit) both reports state. */
  sharedFigures: number;
  /** Days between publication dates, when both are known. */
  daysApart?: number;
}

export type StoryDecision = 'duplicate' | 'same-story' | 'related-topic' | 'unrelated';

/** Score below which a candidate is never listed as related coverage. */
export const SAME_STORY_THRESHOLD = 0.15;

/** Combined 0..1 score: bodies dominate, names and titles confirm, shared figures add evidence. */
export function storyScore(f: StoryFeatures): number {
  let s = 0.5 * f.bodySimilarity + 0.2 * f.sharedNames + 0.15 * f.titleSimilarity + 0.15 * Math.min(1, f.sharedFigures / 2);
  if (f.daysApart !== undefined && f.daysApart > 7) s *= Math.max(0.3, 1 - (f.daysApart - 7) / 60);
  return Math.max(0, Math.min(1, s));
}

export function decideSameStory(f: StoryFeatures): StoryDecision {
  if (f.bodySimilarity >= 0.9) return 'duplicate';
  const s = storyScore(f);
  if (s >= SAME_STORY_THRESHOLD && f.sharedNames >= 0.2) return 'same-story';
  if (s >= SAME_STORY_THRESHOLD * 0.6) return 'related-topic';
  return 'unrelated';
}
