import { alignFigures } from './figures/align-figures.ts';
import { matchRelated } from './matching/match-related.ts';
import type { AnalysisResult, ArticleInput, Corpus, RelatedReport } from './types.ts';

export const MAX_RELATED = 12;

/** The whole analysis of one article against the corpora: related reports and aligned figures. */
export function analyze(article: ArticleInput, corpora: Corpus[]): AnalysisResult {
  const candidates = matchRelated(article, corpora);
  const self = candidates.find((c) => c.decision === 'duplicate');
  const related: RelatedReport[] = [];
  for (const c of candidates) {
    if (c.decision !== 'same-story') continue; // the article itself is a 'duplicate', never listed
    const r: RelatedReport = { id: c.article.id, title: c.article.title, score: round(c.score), sharedTerms: c.sharedTerms };
    if (c.article.source) r.source = c.article.source;
    if (c.article.url) r.url = c.article.url;
    if (c.article.published) r.published = c.article.published;
    if (c.article.origin) r.origin = c.article.origin;
    if (c.article.summaryOnly) r.summaryOnly = true;
    related.push(r);
    if (related.length >= MAX_RELATED) break;
  }
  const byId = new Map(candidates.map((c) => [c.article.id, c.article]));
  const figures = alignFigures(
    { reportId: null, text: article.text, ...(article.published ? { published: article.published } : {}) },
    related.map((r) => {
      const a = byId.get(r.id)!;
      // The corpus article's sentences were split when it was built: alignment does not split it again.
      return { reportId: r.id, text: a.text, sentences: a.sentences, ...(a.published ? { published: a.published } : {}) };
    }),
  );
  const out: AnalysisResult = { article: { title: article.title, inCorpus: self ? self.article.id : null }, related, alsoOnTopic: [], figures };
  if (article.url) out.article.url = article.url;
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
