// The user's corpus in IndexedDB: database "parallax", store "articles" (the full articles, key id),
// store "summaries" (what the options page lists, so listing never loads every text) and store
// "meta" (a revision number bumped by every change, and the compiled search index of a revision, so
// a restarted service worker loads the corpus instead of rebuilding it).
// A change writes all of them in ONE transaction: an import is stored whole or not at all.
// No browser extension API here, so the unit tests run it on fake-indexeddb.
import type { CorpusSnapshot } from './corpus-snapshot.ts';
import { DatabaseConnection, finished, request } from './indexed-db.ts';

export const DB_NAME = 'parallax';
export const DB_VERSION = 1;
/** Store and key names; user-corpus-lazy.ts reads the same database. */
export const ARTICLES = 'articles';
const SUMMARIES = 'summaries';
export const META = 'meta';
export const REVISION = 'revision';
export const SNAPSHOT = 'snapshot';

export interface StoredArticle {
  id: string;
  title: string;
  /** Paragraphs joined by "\n\n". */
  text: string;
  url?: string;
  source?: string;
  published?: string;
  /** ISO time it was (last) stored. */
  addedAt: string;
  /** The file, folder or page it came from. */
  importedFrom: string;
}

export interface StoredSummary {
  id: string;
  title: string;
  url?: string;
  source?: string;
  published?: string;
  chars: number;
  /** Approximate bytes: UTF-16 length of every string field. */
  bytes: number;
  addedAt: string;
}

export function summaryOf(a: StoredArticle): StoredSummary {
  const s: StoredSummary = { id: a.id, title: a.title, chars: a.text.length, bytes: 0, addedAt: a.addedAt };
  for (const k of ['url', 'source', 'published'] as const) if (a[k]) s[k] = a[k];
  s.bytes = 2 * [a.title, a.text, a.url, a.source, a.published, a.importedFrom].reduce((n, x) => n + (x?.length ?? 0), 0);
  return s;
}

/** Plain sentences for what IndexedDB throws. */
export function storageErrorMessage(e: unknown): string {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') return 'The browser has no room left for Parallax to store this (storage quota exceeded).';
  if (name === 'InvalidStateError' || name === 'UnknownError') return 'The browser could not open Parallax’s storage. Try again, or restart the browser.';
  return `The browser refused to store this (${e instanceof Error ? e.message || e.name : String(e)}).`;
}

async function bumpRevision(tx: IDBTransaction): Promise<void> {
  const meta = tx.objectStore(META);
  const current = ((await request(meta.get(REVISION))) as number | undefined) ?? 0;
  meta.put(current + 1, REVISION);
  meta.delete(SNAPSHOT); // compiled for the old revision
}

export class UserCorpusDb {
  private readonly connection: DatabaseConnection;

  constructor(factory: IDBFactory) {
    this.connection = new DatabaseConnection(factory, DB_NAME, DB_VERSION, (db) => {
      if (!db.objectStoreNames.contains(ARTICLES)) db.createObjectStore(ARTICLES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SUMMARIES)) db.createObjectStore(SUMMARIES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    });
  }

  private open(): Promise<IDBDatabase> {
    return this.connection.open();
  }

  /**
   * Stores every article (replacing those with the same id) in ONE transaction: if any write
   * fails, none is kept. Resolves with how many ids were not stored before.
   */
  async putAll(articles: StoredArticle[]): Promise<{ added: number }> {
    const db = await this.open();
    const tx = db.transaction([ARTICLES, SUMMARIES, META], 'readwrite');
    const done = finished(tx);
    const summaries = tx.objectStore(SUMMARIES);
    const articlesStore = tx.objectStore(ARTICLES);
    let added = 0;
    try {
      await bumpRevision(tx);
      const existing = new Set((await request(summaries.getAllKeys())) as string[]);
      for (const a of articles) {
        if (!existing.has(a.id)) added++;
        existing.add(a.id);
        articlesStore.put(a);
        summaries.put(summaryOf(a));
      }
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // already aborted
      }
      await done.catch(() => undefined);
      throw e;
    }
    await done;
    return { added };
  }

  /** Deletes the ids in one transaction; resolves with how many of them were stored. */
  async deleteIds(ids: string[]): Promise<{ removed: number }> {
    const db = await this.open();
    const tx = db.transaction([ARTICLES, SUMMARIES, META], 'readwrite');
    const done = finished(tx);
    const summaries = tx.objectStore(SUMMARIES);
    const articlesStore = tx.objectStore(ARTICLES);
    const existing = new Set((await request(summaries.getAllKeys())) as string[]);
    if (ids.some((id) => existing.has(id))) await bumpRevision(tx);
    let removed = 0;
    for (const id of new Set(ids)) {
      if (!existing.has(id)) continue;
      removed++;
      articlesStore.delete(id);
      summaries.delete(id);
    }
    await done;
    return { removed };
  }

  /** Every article, the revision they are at and the snapshot stored for a revision, read together. */
  async loadState(): Promise<{ articles: StoredArticle[]; revision: number; snapshot?: CorpusSnapshot }> {
    const db = await this.open();
    const tx = db.transaction([ARTICLES, META], 'readonly');
    const meta = tx.objectStore(META);
    const [articles, revision, snapshot] = await Promise.all([
      request(tx.objectStore(ARTICLES).getAll()) as Promise<StoredArticle[]>,
      request(meta.get(REVISION)) as Promise<number | undefined>,
      request(meta.get(SNAPSHOT)) as Promise<CorpusSnapshot | undefined>,
    ]);
    return { articles, revision: revision ?? 0, ...(snapshot ? { snapshot } : {}) };
  }

  /** Keeps the snapshot unless the store has moved past its revision meanwhile. */
  async saveSnapshot(snapshot: CorpusSnapshot): Promise<boolean> {
    const db = await this.open();
    const tx = db.transaction(META, 'readwrite');
    const done = finished(tx);
    const meta = tx.objectStore(META);
    const current = ((await request(meta.get(REVISION))) as number | undefined) ?? 0;
    if (current === snapshot.revision) meta.put(snapshot, SNAPSHOT);
    await done;
    return current === snapshot.revision;
  }

  async allSummaries(): Promise<StoredSummary[]> {
    const db = await this.open();
    const tx = db.transaction(SUMMARIES, 'readonly');
    return (await request(tx.objectStore(SUMMARIES).getAll())) as StoredSummary[];
  }

  /** Closes the connection (tests; a later call reopens it). */
  close(): Promise<void> {
    return this.connection.close();
  }
}
