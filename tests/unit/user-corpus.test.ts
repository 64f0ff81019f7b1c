// The user corpus store on fake-indexeddb: atomic imports, replace-not-duplicate, removal, export,
// and the memoised corpus.
import { IDBFactory, IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { parseCorpusFile, serializeCorpus } from '../../src/core/corpus/corpus-file.ts';
import { parseImportFile, type ImportArticle } from '../../src/core/corpus/parse-import-file.ts';
import { UserCorpusDb, type StoredArticle } from '../../src/background/user-corpus-db.ts';
import { canonicalArticleUrl, userArticleId } from '../../src/shared/user-article-id.ts';
import { UserCorpusStore } from '../../src/background/user-corpus-store.ts';

const LIMITS = { maxArticles: 50, maxArticleChars: 10_000 };

const A: ImportArticle = {
  title: 'Council approves new cycle lanes on the ring road',
  text: 'The city council voted 31 to 12 on Tuesday to build protected cycle lanes along the ring road.\n\nWork is due to start in the spring.',
  source: 'Test Gazette',
  published: '2024-03-05',
  url: 'https://gazette.example/cycle-lanes',
};
const B: ImportArticle = { title: 'Ring road cycle lanes to cost 14 million', text: 'The scheme will cost 14 million, the council said.\n\nMost of it is a national grant.' };
const C: ImportArticle = { title: 'Harbour tunnel reopens after repairs', text: 'The harbour tunnel reopened on Monday after six weeks of repairs.' };

let factory: IDBFactory;
let store: UserCorpusStore;
let changes: number;

function newStore(snapshotTag = '1.0.0'): UserCorpusStore {
  return new UserCorpusStore(factory, {
    limits: LIMITS,
    snapshotTag,
    now: () => new Date('2025-01-02T03:04:05Z'),
    estimate: async () => ({ usage: 1234, quota: 99999 }),
    onChange: () => void changes++,
  });
}

beforeEach(() => {
  factory = new IDBFactory();
  changes = 0;
  store = newStore();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await store.db.close();
});

const ids = async (s = store) => (await s.list()).articles.map((a) => a.id).sort();

describe('importing', () => {
  test('stores articles, lists them with sizes, and searches them as a user corpus', async () => {
    expect(await store.importArticles('two.jsonl', [A, B])).toEqual({ added: 2, total: 2, merged: 0 });
    const listing = await store.list();
    expect(listing.articles).toHaveLength(2);
    const a = listing.articles.find((x) => x.title === A.title)!;
    expect(a).toEqual({ id: userArticleId(A), title: A.title, source: A.source, url: A.url, published: A.published, chars: A.text.length, addedAt: '2025-01-02T03:04:05.000Z' });
    expect(listing.bytes).toBeGreaterThan(2 * (A.text.length + B.text.length));
    expect(listing).toMatchObject({ usage: 1234, quota: 99999 });
    const corpus = (await store.load())!;
    expect(corpus.articles.map((x) => x.origin)).toEqual(['user', 'user']);
    expect(corpus.articles.map((x) => x.id).sort()).toEqual(await ids());
    expect(corpus.index.docCount).toBe(2);
    expect(changes).toBe(1);
  });

  test('re-importing the same article replaces it instead of doubling it', async () => {
    await store.importArticles('first', [A, B]);
    const edited = { ...A, text: `${A.text}\n\nUpdated: the vote was 32 to 11.` };
    expect(await store.importArticles('again', [edited, B, B])).toEqual({ added: 0, total: 2, merged: 1 });
    const corpus = (await store.load())!;
    expect(corpus.articles.find((x) => x.id === userArticleId(A))!.text).toMatch(/Updated/);
  });

  test('an empty store has no corpus', async () => {
    expect(await store.load()).toBeNull();
    expect(await store.list()).toEqual({ articles: [], bytes: 0, usage: 1234, quota: 99999 });
  });

  test('what is stored survives a new connection', async () => {
    await store.importArticles('x', [A, B, C]);
    await store.db.close();
    const again = newStore();
    expect(await ids(again)).toEqual(await ids());
    await again.db.close();
  });
});

describe('a refused import leaves the stored corpus intact', () => {
  async function seeded() {
    await store.importArticles('good', [A, B]);
    const before = await store.list();
    const corpus = await store.load();
    changes = 0;
    return { before, corpus };
  }

  test('an invalid article among good ones: nothing is stored', async () => {
    const { before, corpus } = await seeded();
    const bad = { title: 'No text' } as ImportArticle;
    await expect(store.importArticles('mixed', [C, bad])).rejects.toThrow(/Article 2 of 2 was refused: the article has no "text"\. Nothing was stored\./);
    expect(await store.list()).toEqual(before);
    expect(await store.load()).toBe(corpus); // still the memoised corpus: nothing changed
    expect(changes).toBe(0);
  });

  test('too many articles, or none: nothing is stored', async () => {
    const { before } = await seeded();
    const many = Array.from({ length: 51 }, (_, k) => ({ title: `T${k}`, text: `Body ${k}` }));
    await expect(store.importArticles('many', many)).rejects.toThrow(/holds 51 articles; Parallax imports up to 50/);
    await expect(store.importArticles('none', [])).rejects.toThrow(/nothing to import/);
    expect(await store.list()).toEqual(before);
  });

  test('a write failing half-way through the transaction (quota) rolls back the writes before it', async () => {
    const { before } = await seeded();
    const put = FDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(FDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (++calls === 5) throw new DOMException('quota', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const D = { ...C, title: 'Another', url: 'https://x.example/d' };
    await expect(store.importArticles('big', [C, D, { ...B, title: 'Changed B' }])).rejects.toThrow(/no room left.*Nothing from this import was stored/);
    vi.restoreAllMocks();
    expect(await store.list()).toEqual(before);
    expect((await store.load())!.articles.map((a) => a.title).sort()).toEqual([A.title, B.title].sort());
    expect(changes).toBe(0);
  });

  test('the database layer: a record without a key aborts the whole transaction', async () => {
    const { before } = await seeded();
    const rec = (id: string): StoredArticle => ({ id, title: id, text: 'x', addedAt: 'now', importedFrom: 'test' });
    const db = new UserCorpusDb(factory);
    await expect(db.putAll([rec('one'), rec('two'), { ...rec('three'), id: undefined as unknown as string }])).rejects.toThrow();
    await db.close();
    expect(await store.list()).toEqual(before);
  });
});

describe('removing and exporting', () => {
  test('remove takes the articles out of the list and the corpus', async () => {
    await store.importArticles('x', [A, B, C]);
    const first = await store.load();
    expect(await store.remove([userArticleId(A), 'user-unknown', userArticleId(A)])).toEqual({ removed: 1 });
    expect(await ids()).toEqual([userArticleId(B), userArticleId(C)].sort());
    const after = (await store.load())!;
    expect(after).not.toBe(first);
    expect(after.articles.map((a) => a.title).sort()).toEqual([B.title, C.title].sort());
    expect(await store.remove(['user-unknown'])).toEqual({ removed: 0 });
    await store.remove(await ids());
    expect(await store.load()).toBeNull();
  });

  test('the export is a valid corpus file that imports back to the same articles', async () => {
    await store.importArticles('x', [A, B, C]);
    const exported = await store.exportCorpus();
    const corpus = parseCorpusFile(JSON.parse(JSON.stringify(exported)), 'user');
    expect(corpus.articles.map((a) => a.id).sort()).toEqual(await ids());
    const reparsed = parseImportFile('parallax-corpus.json', JSON.stringify(exported), LIMITS);
    expect(reparsed.ok).toBe(true);
    if (!reparsed.ok) return;
    expect(reparsed.articles.find((a) => a.title === A.title)).toEqual(A);
    // Into an empty store: the same ids come back.
    await store.remove(await ids());
    expect(await store.importArticles('parallax-corpus.json', reparsed.articles)).toEqual({ added: 3, total: 3, merged: 0 });
    expect(await ids()).toEqual([A, B, C].map(userArticleId).sort());
  });

  test('an empty corpus has nothing to export', async () => {
    await expect(store.exportCorpus()).rejects.toThrow(/no articles of your own/);
  });
});

describe('the compiled snapshot (a restarted service worker loads instead of rebuilding)', () => {
  test('a new store instance loads the same corpus from the snapshot', async () => {
    await store.importArticles('x', [A, B, C]);
    const built = (await store.load())!;
    expect(store.lastLoad).toBe('built');
    const restarted = newStore();
    const loaded = (await restarted.load())!;
    expect(restarted.lastLoad).toBe('snapshot');
    expect(serializeCorpus(loaded)).toEqual(serializeCorpus(built));
    expect(loaded.articles.every((a) => a.origin === 'user')).toBe(true);
    await restarted.db.close();
  });

  test('a change, or another build of the extension, makes it build again', async () => {
    await store.importArticles('x', [A, B]);
    await store.load();
    const other = newStore();
    await other.importArticles('y', [C]);
    expect((await other.load())!.articles).toHaveLength(3);
    expect(other.lastLoad).toBe('built');
    await other.remove([userArticleId(C)]);
    await other.load();
    expect(other.lastLoad).toBe('built');
    const updated = newStore('2.0.0');
    await updated.load();
    expect(updated.lastLoad).toBe('built');
    const again = newStore('2.0.0');
    await again.load();
    expect(again.lastLoad).toBe('snapshot');
    for (const s of [other, updated, again]) await s.db.close();
  });
});

describe('ids', () => {
  test('from the address when there is one, ignoring #fragments and utm_ parameters', () => {
    const base = { title: 'T', text: 'x' };
    expect(userArticleId({ ...base, url: 'https://a.example/s?id=1&utm_source=tw#top' })).toBe(userArticleId({ title: 'Other', text: 'y', url: 'https://a.example/s?id=1' }));
    expect(userArticleId({ ...base, url: 'https://a.example/s?id=2' })).not.toBe(userArticleId({ ...base, url: 'https://a.example/s?id=1' }));
    expect(canonicalArticleUrl('not a url')).toBe('not a url');
  });

  test('from title and text otherwise', () => {
    expect(userArticleId(B)).toBe(userArticleId({ ...B }));
    expect(userArticleId(B)).not.toBe(userArticleId({ ...B, text: `${B.text}!` }));
    expect(userArticleId(B)).toMatch(/^user-[0-9a-z]{11}$/);
  });
});
