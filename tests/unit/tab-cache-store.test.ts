// The per-tab cache within a storage quota: the oldest entries go first, a result that still does
// not fit stays in memory, and nothing throws because storage failed.
import { describe, expect, test } from 'vitest';
import { INDEX_KEY, isQuotaError, pickEvictions, TabCache, tabKey, type SessionArea } from '../../src/background/tab-cache-store.ts';

/** A storage area that counts bytes as Chrome does (JSON of key and value) and refuses past `quota`. */
class FakeArea implements SessionArea {
  data = new Map<string, unknown>();
  failNext: Error | undefined;
  constructor(public quota = Infinity) {}
  private size(map: Map<string, unknown>): number {
    let n = 0;
    for (const [k, v] of map) n += k.length + JSON.stringify(v).length;
    return n;
  }
  async get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const list = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const k of list) if (this.data.has(k)) out[k] = structuredClone(this.data.get(k));
    return out;
  }
  async set(items: Record<string, unknown>): Promise<void> {
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = undefined;
      throw e;
    }
    const next = new Map(this.data);
    for (const [k, v] of Object.entries(items)) next.set(k, structuredClone(v));
    if (this.size(next) > this.quota) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
    this.data = next;
  }
  async remove(keys: string | string[]): Promise<void> {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
  }
  tabIds(): number[] {
    return [...this.data.keys()].filter((k) => /^tab:\d+$/.test(k)).map((k) => Number(k.slice(4))).sort((a, b) => a - b);
  }
}

const blob = (n: number, tag = 'x') => ({ tag, body: 'x'.repeat(n) });
const clock = () => {
  let t = 1000;
  return () => ++t;
};

describe('pickEvictions', () => {
  const entries = [
    { tabId: 1, writtenAt: 30, bytes: 100 },
    { tabId: 2, writtenAt: 10, bytes: 100 },
    { tabId: 3, writtenAt: 20, bytes: 500 },
    { tabId: 4, writtenAt: 0, bytes: 50 }, // unknown write time: oldest
  ];
  test.each<[number, number, number[]]>([
    [9, 1, [4]],
    [9, 50, [4]],
    [9, 51, [4, 2]],
    [9, 200, [4, 2, 3]],
    [9, 10_000, [4, 2, 3, 1]],
    [4, 1, [2]],
    [2, 120, [4, 3]],
    [9, 0, [4]],
  ])('keep tab %i, need %i bytes -> evict %j', (keep, need, want) => {
    expect(pickEvictions(entries, keep, need)).toEqual(want);
  });
  test('nothing to evict but the kept tab', () => {
    expect(pickEvictions([{ tabId: 1, writtenAt: 1, bytes: 9 }], 1, 100)).toEqual([]);
    expect(pickEvictions([], 1, 100)).toEqual([]);
  });
});

test.each<[unknown, boolean]>([
  [new Error('Session storage quota bytes exceeded. Values were not stored.'), true],
  [Object.assign(new Error('x'), { name: 'QuotaExceededError' }), true],
  [new Error('QuotaExceededError: storage.session API call exceeded its quota limitations.'), true],
  [new Error('Extension context invalidated.'), false],
  ['quota', true],
  [undefined, false],
])('isQuotaError(%s) = %s', (e, want) => {
  expect(isQuotaError(e)).toBe(want);
});

describe('TabCache', () => {
  test('writes, reads and clears, keeping an index of write times', async () => {
    const area = new FakeArea();
    const cache = new TabCache<object>(area, { now: clock() });
    await cache.write(1, blob(10, 'a'));
    await cache.write(2, blob(10, 'b'));
    expect(await cache.read(1)).toEqual(blob(10, 'a'));
    expect(area.data.get(INDEX_KEY)).toEqual({ 1: 1001, 2: 1002 });
    await cache.clear(1);
    expect(await cache.read(1)).toBeUndefined();
    expect(area.data.get(INDEX_KEY)).toEqual({ 2: 1002 });
    await cache.clearAll();
    expect([...area.data.keys()]).toEqual([]);
  });

  test('past the quota the oldest entries are evicted and the write is retried', async () => {
    const area = new FakeArea(3000);
    const cache = new TabCache<object>(area, { now: clock() });
    for (const id of [1, 2, 3, 4]) await cache.write(id, blob(600, `t${id}`));
    await cache.write(2, blob(600, 't2-again')); // 2 is now the newest
    await cache.write(5, blob(900, 't5'));
    expect(area.tabIds()).toEqual([2, 4, 5]);
    expect(await cache.read(5)).toEqual(blob(900, 't5'));
    expect(await cache.read(2)).toEqual(blob(600, 't2-again'));
    expect(cache.inMemory(5)).toBe(false);
    expect(Object.keys(area.data.get(INDEX_KEY) as object).sort()).toEqual(['2', '4', '5']);
  });

  test('entries written before the index existed are evicted first', async () => {
    const area = new FakeArea(2000);
    area.data.set(tabKey(7), blob(700, 'legacy'));
    const cache = new TabCache<object>(area, { now: clock() });
    await cache.write(1, blob(700, 'a'));
    await cache.write(2, blob(700, 'b'));
    expect(area.tabIds()).toEqual([1, 2]);
  });

  test('a result larger than the whole quota stays in memory, and is still read back', async () => {
    const area = new FakeArea(2000);
    const cache = new TabCache<object>(area, { now: clock() });
    await cache.write(1, blob(500, 'small'));
    await cache.write(3, blob(100, 'old copy of 3'));
    await expect(cache.write(3, blob(5000, 'huge'))).resolves.toBeUndefined();
    expect(cache.inMemory(3)).toBe(true);
    expect(await cache.read(3)).toEqual(blob(5000, 'huge'));
    expect(area.data.has(tabKey(3))).toBe(false); // the older stored copy cannot come back
    // A later write that fits goes to storage again and leaves memory.
    await cache.write(3, blob(100, 'fits'));
    expect(cache.inMemory(3)).toBe(false);
    expect(await cache.read(3)).toEqual(blob(100, 'fits'));
  });

  test('an error other than the quota keeps the result in memory without evicting', async () => {
    const area = new FakeArea();
    const cache = new TabCache<object>(area, { now: clock() });
    await cache.write(1, blob(10, 'a'));
    area.failNext = new Error('Extension context invalidated.');
    await cache.write(2, blob(10, 'b'));
    expect(cache.inMemory(2)).toBe(true);
    expect(await cache.read(2)).toEqual(blob(10, 'b'));
    expect(area.tabIds()).toEqual([1]);
    await cache.clear(2);
    expect(await cache.read(2)).toBeUndefined();
  });

  test('reads that fail answer "nothing cached" instead of throwing', async () => {
    const area = new FakeArea();
    area.get = () => Promise.reject(new Error('gone'));
    const cache = new TabCache<object>(area);
    expect(await cache.read(1)).toBeUndefined();
    await expect(cache.write(1, blob(1))).resolves.toBeUndefined();
    expect(await cache.read(1)).toEqual(blob(1));
    await expect(cache.clearAll()).resolves.toBeUndefined();
    expect(await cache.read(1)).toBeUndefined();
  });

  test('clearUnless clears only when the entry does not stand, in order with writes', async () => {
    const area = new FakeArea();
    const cache = new TabCache<{ url: string }>(area, { now: clock() });
    await cache.write(1, { url: 'https://a/' });
    expect(await cache.clearUnless(1, (v) => v.url === 'https://a/')).toBe(false);
    expect(await cache.read(1)).toEqual({ url: 'https://a/' });
    // A write queued before the check is seen by it.
    const w = cache.write(1, { url: 'https://b/' });
    const cleared = cache.clearUnless(1, (v) => v.url === 'https://b/');
    await w;
    expect(await cleared).toBe(false);
    expect(await cache.clearUnless(1, (v) => v.url === 'https://a/')).toBe(true);
    expect(await cache.read(1)).toBeUndefined();
    expect(await cache.clearUnless(2, () => false)).toBe(false);
  });

  test('concurrent writes keep every tab in the index', async () => {
    const area = new FakeArea();
    const cache = new TabCache<object>(area, { now: clock() });
    await Promise.all([1, 2, 3, 4, 5].map((id) => cache.write(id, blob(5, String(id)))));
    expect(Object.keys(area.data.get(INDEX_KEY) as object).sort()).toEqual(['1', '2', '3', '4', '5']);
  });
});
