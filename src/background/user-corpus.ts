// The user's own articles, kept in IndexedDB and searched together with the bundled seeds.
// This module wires the store (src/background/user-corpus-store.ts) to the extension: the limits of
// the protocol, the browser's storage estimate, and dropping cached tab analyses on a change.
import type { Corpus } from '../core/types.ts';
import { browser, MAX_ARTICLE_CHARS, MAX_IMPORT_ARTICLES, type ImportedArticle, type UserCorpusListing } from '../shared/protocol.ts';
import { ensureBackgroundTerms } from './background-terms.ts';
import { clearAllTabCaches } from './tab-cache.ts';
import { loadLazyUserCorpus } from './user-corpus-lazy.ts';
import { UserCorpusStore } from './user-corpus-store.ts';

let store: UserCorpusStore | undefined;
/** The corpus this worker searches, loaded once (see loadUserCorpus). */
let loaded: Promise<Corpus | null> | undefined;
/** The store changed while this worker lives: its memoised corpus is the one to search. */
let changedHere = false;

function userCorpus(): UserCorpusStore {
  store ??= new UserCorpusStore(indexedDB, {
    limits: { maxArticles: MAX_IMPORT_ARTICLES, maxArticleChars: MAX_ARTICLE_CHARS },
    estimate: async () => (navigator.storage?.estimate ? await navigator.storage.estimate() : undefined),
    snapshotTag: browser.runtime.getManifest().version,
    // After the options page has its new listing: the next page analysis then finds it built.
    warmAfterChangeMs: 1500,
    onChange: () => {
      changedHere = true;
      loaded = undefined;
      return clearAllTabCaches();
    },
  });
  return store;
}

/**
 * The stored articles as a corpus, memoised while the worker lives and dropped when they change. A
 * starting worker reads only the stored snapshot (index and sentence offsets) and each article when
 * an analysis reaches it; without a snapshot, or once the store changed here, the store's own
 * corpus (built, memoised, its snapshot saved for the next worker) is used.
 */
export function loadUserCorpus(): Promise<Corpus | null> {
  if (loaded) return loaded;
  const s = userCorpus();
  // Building (or parsing) weighs terms: the term list first. The snapshot carries its weights.
  const viaStore = () => ensureBackgroundTerms().then(() => s.load());
  const p = changedHere
    ? viaStore()
    : loadLazyUserCorpus(indexedDB, browser.runtime.getManifest().version).then(
        (lazy) => lazy ?? viaStore(),
        () => viaStore(),
      );
  loaded = p;
  p.catch(() => {
    if (loaded === p) loaded = undefined; // the next request tries again
  });
  return p;
}

/** After a stored article turned out not to match the snapshot: load through the store from now on. */
export function reloadUserCorpus(): void {
  changedHere = true;
  loaded = undefined;
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
