// Related coverage: BM25 shortlist from each corpus index, then re-ranking with body similarity,
// fuzzy names and titles (fuse.js on short fields only), then the same-story decision.
import Fuse from 'fuse.js';
import { decideSameStory, storyScore, type StoryDecision, type StoryFeatures } from './decide-same-story.ts';
import { extractNames } from './extract-names.ts';
import { documentTerms, idf, searchIndex, type SearchIndex } from './search-index.ts';
import type { ArticleInput, Corpus, CorpusArticle } from './types.ts';

export interface Candidate {
  article: CorpusArticle;
  features: StoryFeatures;
  decision: StoryDecision;
  score: number;
  sharedTerms: string[];
}

const SHORTLIST = 40;

function weightedVector(ts: string[], index: SearchIndex): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v = new Map<string, number>();
  // 1 + idf: in a small corpus that is all one story, the story's own words have idf near 0.
  for (const [t, c] of tf) v.set(t, (1 + Math.log(c)) * (1 + idf(index, t)));
  return v;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const o = b.get(t);
    if (o) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

function titleSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  const fuse = new Fuse([b], { includeScore: true, ignoreLocation: true, threshold: 0.6 });
  // fuse.js splits long patterns into 32-char chunks; compare word by word instead.
  const words = a.toLowerCase().split(/\W+/).filter((w) => w.length > 3);
  if (!words.length) return 0;
  let hit = 0;
  for (const w of words) {
    const r = fuse.search(w)[0];
    if (r && (r.score ?? 1) < 0.25) hit++;
  }
  return hit / words.length;
}

function sharedNameShare(mine: string[], theirs: string[]): number {
  if (!mine.length || !theirs.length) return 0;
  const fuse = new Fuse(theirs, { includeScore: true, ignoreLocation: true, threshold: 0.2 });
  const multi = mine.filter((n) => n.length >= 3);
  if (!multi.length) return 0;
  let hit = 0;
  for (const n of multi) if (fuse.search(n, { limit: 1 }).length) hit++;
  return hit / multi.length;
}

function daysBetween(a?: string, b?: string): number | undefined {
  if (!a || !b) return undefined;
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  if (Number.isNaN(ta) || Number.isNaN(tb)) return undefined;
  return Math.abs(ta - tb) / 86_400_000;
}

/** Ranks every corpus article that could be coverage of the same story as `article`. */
export function matchRelated(article: ArticleInput, corpora: Corpus[]): Candidate[] {
  const queryTerms = documentTerms(article);
  const myNames = extractNames(`${article.title}\n${article.text}`);
  const out: Candidate[] = [];
  for (const corpus of corpora) {
    const mine = weightedVector(queryTerms, corpus.index);
    for (const hit of searchIndex(corpus.index, queryTerms, SHORTLIST)) {
      const cand = corpus.articles[hit.doc];
      if (!cand) continue;
      const theirs = weightedVector(documentTerms(cand), corpus.index);
      const features: StoryFeatures = {
        bodySimilarity: cosine(mine, theirs),
        titleSimilarity: titleSimilarity(article.title, cand.title),
        sharedNames: sharedNameShare(myNames, extractNames(`${cand.title}\n${cand.text}`)),
        sharedFigures: 0,
      };
      const days = daysBetween(article.published, cand.published);
      if (days !== undefined) features.daysApart = days;
      const shared = [...mine.entries()]
        .filter(([t]) => theirs.has(t))
        .map(([t, w]) => [t, w * theirs.get(t)!] as const)
        .sort((x, y) => y[1] - x[1])
        .slice(0, 6)
        .map(([t]) => t);
      out.push({ article: cand, features, decision: decideSameStory(features), score: storyScore(features), sharedTerms: shared });
    }
  }
  out.sort((a, b) => b.score - a.score);
  return out;
}
