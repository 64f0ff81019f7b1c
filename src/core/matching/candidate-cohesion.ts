// Cohesion: whether a candidate stands where the open article stands among the other candidates.
//
// Two reports of one event resemble the same other reports: the open article's closest candidates are
// its event's other reports, and so are the candidate's. A report of another event of the same topic
// shares the topic's vocabulary with the open article, but the reports it resembles most are those of its
// own event. So the correlation of the two similarity profiles (the open article's similarity to each
// other candidate, against the candidate's similarity to the same ones) tells one event from one topic
// where the pair's own overlap cannot. Pure functions, except for the per-corpus cache of term vectors.
import { queryVector, type QueryVector, type SearchIndex } from '../corpus/search-index.ts';

/** Fewer other candidates than this make no profile worth correlating (cohesion is then unknown). */
export const MIN_PROFILE = 4;

/**
 * A profile says something only when the open article has another close candidate besides the one judged
 * (cosine at least this): among unrelated reports alone, a correlation is noise, and cohesion is unknown.
 */
export const PROFILE_MIN_NEIGHBOUR = 0.2;

/** In a profile, naming one day counts as this much more cosine: reports of one event name its day. */
export const PROFILE_DAY = 0.3;

/** How alike two reports are, as profiles compare them: cosine plus a shared day, discounted by time apart. */
export function profileSimilarity(cosineSimilarity: number, sharesEventDay: boolean, timeFactor: number): number {
  return (cosineSimilarity + (sharesEventDay ? PROFILE_DAY : 0)) * timeFactor;
}

/** Pearson correlation (-1..1) of two similarity profiles over the same other candidates; undefined when unknown. */
export function cohesion(open: readonly number[], candidate: readonly number[]): number | undefined {
  const n = Math.min(open.length, candidate.length);
  if (n < MIN_PROFILE) return undefined;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += open[i]!;
    mb += candidate[i]!;
  }
  ma /= n;
  mb /= n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    const da = open[i]! - ma;
    const db = candidate[i]! - mb;
    ab += da * db;
    aa += da * da;
    bb += db * db;
  }
  if (!(aa > 1e-12) || !(bb > 1e-12)) return undefined;
  const r = ab / Math.sqrt(aa * bb);
  return Number.isFinite(r) ? Math.max(-1, Math.min(1, r)) : undefined;
}

/** A report's top-term vector in one corpus's weighting (the vector the search index compares). */
export interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

export function termVector(q: QueryVector): TermVector {
  return { weights: new Map(q.terms.map((t) => [t.term, t.weight])), norm: q.norm };
}

/** Cosine of two term vectors, 0..1. */
export function cosine(a: TermVector, b: TermVector): number {
  if (!(a.norm > 0) || !(b.norm > 0)) return 0;
  const [small, big] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  for (const [t, w] of small) {
    const v = big.get(t);
    if (v !== undefined) dot += w * v;
  }
  return Math.min(1, dot / (a.norm * b.norm));
}

const vectorCache = new WeakMap<SearchIndex, Map<number, TermVector>>();

/** Corpus document `doc`'s term vector, computed once per corpus index from its term counts. */
export function corpusTermVector(index: SearchIndex, doc: number, counts: () => Map<string, number>): TermVector {
  let m = vectorCache.get(index);
  if (!m) vectorCache.set(index, (m = new Map()));
  let v = m.get(doc);
  if (!v) m.set(doc, (v = termVector(queryVector(index, counts()))));
  return v;
}
