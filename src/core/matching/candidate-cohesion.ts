// Cohesion: whether a candidate stands where the open article stands among the other candidates.
//
// Two reports of one event resemble the same other reports: the open article's closest candidates are
// its event's other reports, and so are the candidate's. A report of another event of the same topic
// shares the topic's vocabulary with the open article, but the reports it resembles most are those of its
// own event. So the correlation of the two similarity profiles (the open article's similarity to each
// other candidate, against the candidate's similarity to the same ones) tells one event from one topic
// where the pair's own overlap cannot. Pure functions, except for the per-index cache of document vectors.
import { invertPostings, type DocTerms } from '../corpus/doc-terms.ts';
import { tfWeight, type SearchIndex } from '../corpus/search-index.ts';

/** Fewer other candidates than this make no profile worth correlating (cohesion is then unknown). */
export const MIN_PROFILE = 4;

/**
 * A profile says something only when the open article has another close candidate besides the one judged
 * (cosine at least this): among unrelated reports alone, a correlation is noise, and cohesion is unknown.
 */
export const PROFILE_MIN_NEIGHBOUR = 0.2;

/**
 * Candidates this close to the open article (cosine) make its topic: topicCohesion correlates the profiles
 * over them only. Over every candidate, two events of one topic look alike (both stand apart from the
 * unrelated rest); over the topic's reports alone, a report of the other event stands with its own.
 */
export const TOPIC_COSINE = 0.2;

/** In a profile, naming one day counts as this much more cosine: reports of one event name its day. */
export const PROFILE_DAY = 0.3;

/**
 * In a cohesion profile, shared names (0..1, weighed by weighNamesByShortlist) count this much as cosine:
 * reports of one event share its who (the same person arrested, the same opponent), while two events of
 * one kind share the topic's words. Chosen on the development parts: from 0.15 to 0.4 ecbplus-dev gains
 * precision and keeps its recall, stories dev does not move; 0.25 is in the middle.
 */
export const PROFILE_NAMES = 0.25;

/**
 * How alike two reports are, as profiles compare them: cosine plus a shared day (plus shared names, for
 * cohesion), discounted by time apart.
 */
export function profileSimilarity(cosineSimilarity: number, sharesEventDay: boolean, timeFactor: number, sharedNames = 0): number {
  return (cosineSimilarity + (sharesEventDay ? PROFILE_DAY : 0) + PROFILE_NAMES * sharedNames) * timeFactor;
}

/**
 * Names weighed for a profile by how few of the shortlist's reports hold them: a name every report holds
 * (the country of two earthquakes, the team of two arrested players) says nothing of which event a report
 * is of, while the one only some hold (the player arrested) does. Each list is one report's names (the open
 * article's and every candidate's); a name's weight is scaled by 1 - (reports holding its key) / (reports).
 */
export function weighNamesByShortlist<T extends { key: string; weight: number }>(lists: readonly (readonly T[])[]): T[][] {
  const holding = new Map<string, number>();
  for (const list of lists) for (const key of new Set(list.map((n) => n.key))) holding.set(key, (holding.get(key) ?? 0) + 1);
  return lists.map((list) => list.map((n) => ({ ...n, weight: n.weight * Math.max(0, 1 - (holding.get(n.key) ?? 0) / lists.length) })));
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

const docTermsCache = new WeakMap<SearchIndex, DocTerms>();

/**
 * Each document's top terms, once per index (stored with it, or turned around from its postings), so
 * comparing two candidates never needs their texts tokenised again.
 */
function docVectors(index: SearchIndex): DocTerms {
  if (index.docTerms) return index.docTerms;
  let v = docTermsCache.get(index);
  if (!v) docTermsCache.set(index, (v = invertPostings(index)));
  return v;
}

/** A term's weight in a document's vector, at the single precision the index's norms are kept in. */
function weightOf(index: SearchIndex, term: number, tf: number): number {
  return Math.fround(tfWeight(tf) * index.idf[term]!);
}

/** Cosine (0..1) of two corpus documents' top-term vectors, as the search index compares a query with a document. */
export function docCosine(index: SearchIndex, a: number, b: number): number {
  const na = index.docNorms[a];
  const nb = index.docNorms[b];
  if (!na || !nb) return 0;
  const { start, terms, tfs } = docVectors(index);
  let i = start[a]!;
  let j = start[b]!;
  const ea = start[a + 1]!;
  const eb = start[b + 1]!;
  let dot = 0;
  while (i < ea && j < eb) {
    const ta = terms[i]!;
    const tb = terms[j]!;
    if (ta === tb) dot += weightOf(index, ta, tfs[i++]!) * weightOf(index, tb, tfs[j++]!);
    else if (ta < tb) i++;
    else j++;
  }
  return Math.min(1, dot / (na * nb));
}
