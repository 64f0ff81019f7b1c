// Followed sources and their items in IndexedDB: database "parallax-feeds" (apart from the user
// corpus's "parallax", so neither upgrade blocks the other). Stores: "sources" (one per followed
// feed), "items" (fetched articles, with their text), "segments" (the compiled search index of a
// batch of items, see plan-compaction.ts) and "meta" (settings). Changes that belong together are
// written in one transaction. No extension API here: the unit tests run it on fake-indexeddb.
import type { SourceState } from '../../core/feeds/fetch-decision.ts';
import type { FollowedSource } from '../../shared/protocol.ts';
import type { CompiledParts } from '../corpus-snapshot.ts';
import { DatabaseConnection, finished, request } from '../indexed-db.ts';

export const FEEDS_DB_NAME = 'parallax-feeds';
const DB_VERSION = 1;
const SOURCES = 'sources';
const ITEMS = 'items';
const SEGMENTS = 'segments';
const META = 'meta';

/** A followed source as stored: what the options page is shown, and the state of its fetching. */
export interface StoredSource extends FollowedSource {
  state: SourceState;
  failures: number;
  etag?: string;
  lastModified?: string;
}

export interface StoredItem {
  id: string;
  sourceId: string;
  guid?: string;
  url?: string;
  urlKey?: string;
  fingerprint?: string;
  title: string;
  /** Outlet name shown with the report. */
  outlet: string;
  published?: string;
  fetchedAt: string;
  /** Paragraphs joined by "\n\n": the article's full text, or the feed's summary when summaryOnly. */
  text: string;
  summaryOnly: boolean;
}

/** What dedupe, retention and counts need of an item: everything but its text. */
export type ItemKeys = Pick<StoredItem, 'id' | 'sourceId' | 'guid' | 'urlKey' | 'fingerprint' | 'fetchedAt'>;

/** Items read at once when only their keys are wanted: memory stays bounded with 50k stored. */
const KEY_PAGE = 500;

/** A segment's compiled parts (item ids in index order, sentence offsets, index), stored compactly. */
export interface StoredSegment extends CompiledParts {
  id: number;
  /** Which build compiled it (an update may change the index format). */
  tag: string;
}

export interface FeedSettings {
  intervalMinutes: number;
  retentionDays: number;
}

export interface ItemChange {
  put?: StoredItem[];
  deleteIds?: string[];
  putSegments?: StoredSegment[];
  deleteSegments?: number[];
  putSources?: StoredSource[];
}

export class FeedsDb {
  private readonly connection: DatabaseConnection;

  /** `keyRange`: the IDBKeyRange of the same IndexedDB as `factory` (tests pass fake-indexeddb's). */
  constructor(
    factory: IDBFactory,
    private readonly keyRange: Pick<typeof IDBKeyRange, 'lowerBound'> = globalThis.IDBKeyRange,
  ) {
    this.connection = new DatabaseConnection(factory, FEEDS_DB_NAME, DB_VERSION, (db) => {
      if (!db.objectStoreNames.contains(SOURCES)) db.createObjectStore(SOURCES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(ITEMS)) db.createObjectStore(ITEMS, { keyPath: 'id' }).createIndex('sourceId', 'sourceId');
      if (!db.objectStoreNames.contains(SEGMENTS)) db.createObjectStore(SEGMENTS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
    });
  }

  private open(): Promise<IDBDatabase> {
    return this.connection.open();
  }

  private async all<T>(store: string): Promise<T[]> {
    const db = await this.open();
    return (await request(db.transaction(store, 'readonly').objectStore(store).getAll())) as T[];
  }

  sources(): Promise<StoredSource[]> {
    return this.all<StoredSource>(SOURCES);
  }

  items(): Promise<StoredItem[]> {
    return this.all<StoredItem>(ITEMS);
  }

  /**
   * Every item's keys, read a page at a time: with tens of thousands stored, reading them all with
   * their texts for each feed fetch would hold hundreds of megabytes at once.
   */
  async itemKeys(): Promise<ItemKeys[]> {
    const db = await this.open();
    const out: ItemKeys[] = [];
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? undefined : this.keyRange.lowerBound(after, true);
      const page = (await request(db.transaction(ITEMS, 'readonly').objectStore(ITEMS).getAll(range, KEY_PAGE))) as StoredItem[];
      for (const it of page) {
        const k: ItemKeys = { id: it.id, sourceId: it.sourceId, fetchedAt: it.fetchedAt };
        if (it.guid) k.guid = it.guid;
        if (it.urlKey) k.urlKey = it.urlKey;
        if (it.fingerprint) k.fingerprint = it.fingerprint;
        out.push(k);
      }
      if (page.length < KEY_PAGE) return out;
      after = page[page.length - 1]!.id;
    }
  }

  /** How many items a source has stored. */
  async countOf(sourceId: string): Promise<number> {
    const db = await this.open();
    return request(db.transaction(ITEMS, 'readonly').objectStore(ITEMS).index('sourceId').count(sourceId));
  }

  /** The ids of a source's items (keys only, no texts read). */
  async idsOf(sourceId: string): Promise<string[]> {
    const db = await this.open();
    return (await request(db.transaction(ITEMS, 'readonly').objectStore(ITEMS).index('sourceId').getAllKeys(sourceId))) as string[];
  }

  segments(): Promise<StoredSegment[]> {
    return this.all<StoredSegment>(SEGMENTS);
  }

  async item(id: string): Promise<StoredItem | undefined> {
    const db = await this.open();
    return (await request(db.transaction(ITEMS, 'readonly').objectStore(ITEMS).get(id))) as StoredItem | undefined;
  }

  async putSource(s: StoredSource): Promise<void> {
    await this.apply({ putSources: [s] });
  }

  /** Items, segments and sources changed together, in one transaction. */
  async apply(change: ItemChange): Promise<void> {
    const db = await this.open();
    const tx = db.transaction([SOURCES, ITEMS, SEGMENTS], 'readwrite');
    const done = finished(tx);
    const items = tx.objectStore(ITEMS);
    const segments = tx.objectStore(SEGMENTS);
    const sources = tx.objectStore(SOURCES);
    for (const id of change.deleteIds ?? []) items.delete(id);
    for (const it of change.put ?? []) items.put(it);
    for (const id of change.deleteSegments ?? []) segments.delete(id);
    for (const s of change.putSegments ?? []) segments.put(s);
    for (const s of change.putSources ?? []) sources.put(s);
    await done;
  }

  /** Removes a source with all its items (segments are rebuilt by the caller in `change`). */
  async removeSource(id: string, change: ItemChange): Promise<void> {
    const db = await this.open();
    const tx = db.transaction([SOURCES, ITEMS, SEGMENTS], 'readwrite');
    const done = finished(tx);
    tx.objectStore(SOURCES).delete(id);
    const items = tx.objectStore(ITEMS);
    for (const iid of change.deleteIds ?? []) items.delete(iid);
    for (const it of change.put ?? []) items.put(it);
    const segments = tx.objectStore(SEGMENTS);
    for (const sid of change.deleteSegments ?? []) segments.delete(sid);
    for (const s of change.putSegments ?? []) segments.put(s);
    await done;
  }

  async settings(): Promise<Partial<FeedSettings>> {
    const db = await this.open();
    return ((await request(db.transaction(META, 'readonly').objectStore(META).get('settings'))) as Partial<FeedSettings> | undefined) ?? {};
  }

  async saveSettings(s: FeedSettings): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(META, 'readwrite');
    const done = finished(tx);
    tx.objectStore(META).put(s, 'settings');
    await done;
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
