// Per-tab analyses in a session storage area, within its quota. Results can be large (a long page
// against a big corpus), and storage.session holds about 10 MB for all tabs: when a write does not
// fit, the entries written longest ago (an index of write times is kept beside them) are evicted
// and the write is tried once more; when it still does not fit, the result is kept in this worker's
// memory. Caching is a convenience: no method here throws because storage failed.
// No extension API (src/background/tab-cache.ts passes browser.storage.session), so it runs in Node.

/** The subset of storage.StorageArea used here. */
export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const tabKey = (tabId: number): string => `tab:${tabId}`;
const TAB_KEY = /^tab:(\d+)$/;
/** tabId -> when its entry was written (ms). Not matched by TAB_KEY. */
export const INDEX_KEY = 'tab-index';
type WriteIndex = Record<string, number>;

/** A stored entry as the eviction sees it. */
export interface EntryInfo {
  tabId: number;
  writtenAt: number;
  /** Approximate size (what the browser counts: the JSON of key and value). */
  bytes: number;
}

/**
 * Which entries to evict to make room for `needBytes`: the oldest first (unknown write times count
 * as oldest), never `keepTabId`, at least one when there is any. Pure.
 */
export function pickEvictions(entries: EntryInfo[], keepTabId: number, needBytes: number): number[] {
  const candidates = entries.filter((e) => e.tabId !== keepTabId).sort((a, b) => a.writtenAt - b.writtenAt || a.tabId - b.tabId);
  const out: number[] = [];
  let freed = 0;
  for (const e of candidates) {
    if (out.length > 0 && freed >= needBytes) break;
    out.push(e.tabId);
    freed += e.bytes;
  }
  return out;
}

/** The error a storage area throws when a write would pass its quota (Chrome and Firefox words). */
export function isQuotaError(e: unknown): boolean {
  const name = (e as { name?: unknown } | null)?.name;
  const message = e instanceof Error ? e.message : String(e);
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

const approxBytes = (key: string, value: unknown): number => {
  try {
    return key.length + (JSON.stringify(value)?.length ?? 0);
  } catch {
    return 0;
  }
};

export interface TabCacheOptions {
  now?: () => number;
}

export class TabCache<V> {
  /** Results that did not fit the storage area, for as long as this worker lives. */
  private readonly memory = new Map<number, V>();
  /** Mutations run one after another, so the index is never rewritten from a stale copy. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: SessionArea,
    private readonly options: TabCacheOptions = {},
  ) {}

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  private async index(): Promise<WriteIndex> {
    const got = await this.area.get(INDEX_KEY);
    const raw = got[INDEX_KEY];
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...(raw as WriteIndex) } : {};
  }

  /** Whether the result is held in memory because storage could not take it (tests, diagnostics). */
  inMemory(tabId: number): boolean {
    return this.memory.has(tabId);
  }

  async read(tabId: number): Promise<V | undefined> {
    const kept = this.memory.get(tabId);
    if (kept !== undefined) return kept;
    try {
      const got = await this.area.get(tabKey(tabId));
      return got[tabKey(tabId)] as V | undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores the tab's result; never throws (the result then lives in memory). */
  write(tabId: number, value: V): Promise<void> {
    return this.serial(async () => {
      const key = tabKey(tabId);
      const store = async () => {
        const index = await this.index();
        index[tabId] = this.now();
        await this.area.set({ [key]: value, [INDEX_KEY]: index });
      };
      try {
        await store();
        this.memory.delete(tabId);
        return;
      } catch (e) {
        if (isQuotaError(e)) {
          try {
            await this.evictFor(tabId, approxBytes(key, value));
            await store();
            this.memory.delete(tabId);
            return;
          } catch {
            // fall through: keep it in memory
          }
        }
      }
      this.memory.set(tabId, value);
      // The stored copy, if any, is older than this one: it must not come back.
      await this.dropStored([tabId]).catch(() => undefined);
    });
  }

  private async evictFor(tabId: number, needBytes: number): Promise<void> {
    const all = await this.area.get(null);
    const index = (all[INDEX_KEY] && typeof all[INDEX_KEY] === 'object' ? all[INDEX_KEY] : {}) as WriteIndex;
    const entries: EntryInfo[] = [];
    for (const [k, v] of Object.entries(all)) {
      const m = TAB_KEY.exec(k);
      if (!m) continue;
      const id = Number(m[1]);
      const t = index[id];
      entries.push({ tabId: id, writtenAt: typeof t === 'number' ? t : 0, bytes: approxBytes(k, v) });
    }
    const evict = pickEvictions(entries, tabId, needBytes);
    if (evict.length) await this.dropStored(evict);
  }

  /** Removes stored entries and their index lines (not the memory copies). */
  private async dropStored(tabIds: number[]): Promise<void> {
    await this.area.remove(tabIds.map(tabKey));
    const index = await this.index();
    let changed = false;
    for (const id of tabIds) {
      if (id in index) {
        delete index[id];
        changed = true;
      }
    }
    if (changed) await this.area.set({ [INDEX_KEY]: index });
  }

  clear(tabId: number): Promise<void> {
    return this.serial(async () => {
      this.memory.delete(tabId);
      await this.dropStored([tabId]).catch(() => undefined);
    });
  }

  /** Clears the tab's entry unless `keep` says it still stands (checked and cleared in one step). */
  clearUnless(tabId: number, keep: (value: V) => boolean): Promise<boolean> {
    return this.serial(async () => {
      const value = await this.read(tabId);
      if (value === undefined || keep(value)) return false;
      this.memory.delete(tabId);
      await this.dropStored([tabId]).catch(() => undefined);
      return true;
    });
  }

  clearAll(): Promise<void> {
    return this.serial(async () => {
      this.memory.clear();
      try {
        const all = await this.area.get(null);
        const keys = Object.keys(all).filter((k) => TAB_KEY.test(k) || k === INDEX_KEY);
        if (keys.length) await this.area.remove(keys);
      } catch {
        // nothing more to do
      }
    });
  }
}
