// The user's own articles, kept in IndexedDB and searched together with the bundled seeds.
// This module wires the store (src/background/user-corpus-store.ts) to the extension: the limits of
// the protocol, the browser's storage estimate, and dropping cached tab analyses on a change.
import type { Corpus } from '../core/types.ts';
import { browser, MAX_ARTICLE_CHARS, MAX_IMPORT_ARTICLES, type ImportedArticle, type UserCorpusListing } from '../shared/protocol.ts';
import { clearAllTabCaches } from './tab-cache.ts';
import { UserCorpusStore } from './user-corpus-store.ts';

let store: UserCorpusStore | undefined;

function userCorpus(): UserCorpusStore {
  store ??= new UserCorpusStore(indexedDB, {
    limits: { maxArticles: MAX_IMPORT_ARTICLES, maxArticleChars: MAX_ARTICLE_CHARS },
    estimate: async () => (navigator.storage?.estimate ? await navigator.storage.estimate() : undefined),
    snapshotTag: browser.runtime.getManifest().version,
    // After the options page has its new listing: the next page analysis then finds it built.
    warmAfterChangeMs: 1500,
    onChange: clearAllTabCaches,
  });
  return store;
}

export function loadUserCorpus(): Promise<Corpus | null> {
  return userCorpus().load();
}

export function importUserArticles(fileName: string, articles: ImportedArticle[]): Promise<{ added: number; total: number; merged: number }> {
  return userCorpus().importArticles(fileName, articles);
}

export function listUserArticles(): Promise<UserCorpusListing> {
  return userCorpus().list();
}

export function removeUserArticles(ids: string[]): Promise<{ removed: number }> {
  return userCorpus().remove(ids);
}

export function exportUserCorpus(): Promise<unknown> {
  return userCorpus().exportCorpus();
}
