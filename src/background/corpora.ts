// Every corpus an analysis searches: the bundled seeds and the user's own articles.
import type { AnalysisResult, ArticleInput, Corpus, CorpusArticle } from '../core/types.ts';
import { ensureBackgroundTerms } from './background-terms.ts';
import { loadBundledCorpus } from './bundled-corpus.ts';
import { analyzeAgainst, isLazyCorpus } from './user-corpus-lazy.ts';
import { loadUserCorpus, reloadUserCorpus } from './user-corpus.ts';
import { loadFeedCorpora } from './sources/followed-sources.ts';
import { timePhase } from './time-phase.ts';

/**
 * Loaded once per worker. The bundled and feed corpora weigh their terms as they load, so they wait
 * for the term list (the bundled one is fetched meanwhile); the stored corpus's snapshot carries its
 * weights and is read meanwhile.
 */
export async function corpora(): Promise<Corpus[]> {
  const [bundled, user, feeds] = await Promise.all([
    timePhase('bundled', loadBundledCorpus()),
    timePhase('user', loadUserCorpus()),
    timePhase(
      'feeds',
      ensureBackgroundTerms()
        .then(loadFeedCorpora)
        .catch(() => []),
    ),
  ]);
  return [bundled, ...(user && user.articles.length ? [user] : []), ...feeds];
}

/** A stored report as the reader shows it (without its sentence offsets). */
export async function findReport(id: string): Promise<Omit<CorpusArticle, 'sentences'>> {
  for (const c of await corpora()) {
    const doc = c.articles.findIndex((x) => x.id === id);
    if (doc >= 0 && isLazyCorpus(c)) await c.load([doc]);
    const a = c.articles[doc];
    if (a) {
      const { sentences: _s, ...view } = a;
      return view;
    }
  }
  throw new Error(`no report "${id}" in the corpus`);
}

/** analyze() against the corpora, reading stored articles as it reaches them (user-corpus-lazy.ts). */
export async function analyzeWithCorpora(input: ArticleInput, against: Corpus[]): Promise<AnalysisResult> {
  try {
    return await analyzeAgainst(input, against);
  } catch (e) {
    if (against.some(isLazyCorpus)) reloadUserCorpus(); // the snapshot did not match the stored articles
    throw e;
  }
}
