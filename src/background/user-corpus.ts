// The user's own articles, kept in IndexedDB and searched together with the bundled seeds.
// PLACEHOLDER until the import feature lands: the store is empty and refuses imports.
import type { Corpus } from '../core/types.ts';
import type { ImportedArticle, UserCorpusListing } from '../shared/protocol.ts';

export async function loadUserCorpus(): Promise<Corpus | null> {
  return null;
}

export async function importUserArticles(_fileName: string, _articles: ImportedArticle[]): Promise<{ added: number; total: number }> {
  throw new Error('importing is not available yet');
}

export async function listUserArticles(): Promise<UserCorpusListing> {
  return { articles: [], bytes: 0 };
}

export async function removeUserArticles(_ids: string[]): Promise<{ removed: number }> {
  return { removed: 0 };
}

export async function exportUserCorpus(): Promise<unknown> {
  throw new Error('exporting is not available yet');
}
