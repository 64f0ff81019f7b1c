// Every corpus an analysis searches: the bundled seeds and the user's own articles.
import type { Corpus, CorpusArticle } from '../core/types.ts';
import { loadBundledCorpus } from './bundled-corpus.ts';
import { loadUserCorpus } from './user-corpus.ts';
import { loadFeedCorpora } from './sources/followed-sources.ts';

export async function corpora(): Promise<Corpus[]> {
  const [bundled, user, feeds] = await Promise.all([loadBundledCorpus(), loadUserCorpus(), loadFeedCorpora().catch(() => [])]);
  return [bundled, ...(user && user.articles.length ? [user] : []), ...feeds];
}

/** A stored report as the reader shows it (without its sentence offsets). */
export async function findReport(id: string): Promise<Omit<CorpusArticle, 'sentences'>> {
  for (const c of await corpora()) {
    const a = c.articles.find((x) => x.id === id);
    if (a) {
      const { sentences: _s, ...view } = a;
      return view;
    }
  }
  throw new Error(`no report "${id}" in the corpus`);
}
