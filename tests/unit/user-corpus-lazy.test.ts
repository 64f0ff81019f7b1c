// The stored corpus as a starting worker loads it: from the snapshot, each article read only when an
// analysis reaches it, with the same result as the corpus loaded whole.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { parsePlainTextArticle } from '../../src/core/corpus/parse-plain-text-article.ts';
import type { ImportArticle } from '../../src/core/corpus/parse-import-file.ts';
import { analyzeAgainst, isLazyCorpus, loadLazyUserCorpus } from '../../src/background/user-corpus-lazy.ts';
import { UserCorpusStore } from '../../src/background/user-corpus-store.ts';
import type { CorpusSnapshot } from '../../src/background/corpus-snapshot.ts';

const SEEDS = resolve(import.meta.dirname, '../../seeds');
const seeds: ImportArticle[] = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => {
    const p = parsePlainTextArticle(readFileSync(join(SEEDS, f), 'utf8'));
    return { title: p.title, text: p.paragraphs.join('\n\n') };
  });
// Unrelated stored articles: an analysis of a seed never needs to read them.
const WORDS = 'harbour tunnel orchard festival violin glacier bakery museum ferry choir lantern meadow pottery quarry'.split(' ');
const filler: ImportArticle[] = Array.from({ length: 30 }, (_, i) => {
  const w = (k: number) => WORDS[(i * 7 + k * 3) % WORDS.length]!;
  return { title: `The ${w(0)} and the ${w(1)} of Northfield ${i}`, text: `Residents gathered at the ${w(2)} near the ${w(3)} on Saturday.\n\nThe ${w(4)} opened ${i + 2} years ago beside the ${w(5)}.` };
});

let factory: IDBFactory;
const newStore = (tag = '1.0.0') => new UserCorpusStore(factory, { limits: { maxArticles: 100, maxArticleChars: 100_000 }, snapshotTag: tag });

beforeEach(() => {
  factory = new IDBFactory();
});

describe('the stored corpus loaded lazily from its snapshot', () => {
  test('nothing stored: null, and the database is left for the store to create', async () => {
    expect(await loadLazyUserCorpus(factory, '1.0.0')).toBeNull();
    const store = newStore();
    await store.importArticles('a.json', [seeds[0]!]);
    expect((await store.load())?.articles.length).toBe(1);
  });

  test('no snapshot for the current revision or this build: null (the store loads it whole)', async () => {
    const store = newStore();
    await store.importArticles('a.json', seeds);
    expect(await loadLazyUserCorpus(factory, '1.0.0')).toBeNull(); // not built yet
    await store.load(); // builds and saves the snapshot
    expect(await loadLazyUserCorpus(factory, '2.0.0')).toBeNull();
    expect(await loadLazyUserCorpus(factory, '1.0.0')).not.toBeNull();
    await store.importArticles('b.json', [filler[0]!]);
    expect(await loadLazyUserCorpus(factory, '1.0.0')).toBeNull(); // the change dropped it
  });

  test('a snapshot of another layout (an older build’s arrays of numbers) is ignored: null, and the store compiles it again', async () => {
    const store = newStore();
    await store.importArticles('a.json', seeds);
    await store.load();
    const { snapshot } = await store.db.loadState();
    expect(await loadLazyUserCorpus(factory, '1.0.0')).not.toBeNull();
    const older = { ...snapshot!, layout: undefined, sentences: [[0, 1]], ids: ['x'] };
    expect(await store.db.saveSnapshot(older as unknown as CorpusSnapshot)).toBe(true);
    expect(await loadLazyUserCorpus(factory, '1.0.0')).toBeNull();
    const restarted = newStore();
    expect((await restarted.load())?.articles.length).toBe(seeds.length);
    expect(restarted.lastLoad).toBe('built');
  });

  test('every seed analysed against it gives what the whole corpus gives, reading only what it reaches', async () => {
    const store = newStore();
    await store.importArticles('all.json', [...filler, ...seeds]);
    const whole = (await newStore().load())!;
    const lazy = (await loadLazyUserCorpus(factory, '1.0.0'))!;
    expect(isLazyCorpus(lazy)).toBe(true);
    expect(lazy.articles.map((a) => a.id)).toEqual(whole.articles.map((a) => a.id));
    for (const s of seeds) {
      const input = { title: s.title, text: s.text };
      const want = analyze(input, [whole]);
      expect(want.related.length).toBeGreaterThan(0);
      expect(await analyzeAgainst(input, [lazy])).toEqual(want);
    }
    const read = lazy.articles.filter((a) => Object.hasOwn(a, 'text')) // a placeholder's text is a getter of its class;
    expect(read.length).toBeGreaterThanOrEqual(seeds.length);
    expect(read.length).toBeLessThan(lazy.articles.length);
  });

  test('an article reached but not read yet is read and the analysis run again', async () => {
    const store = newStore();
    await store.importArticles('all.json', seeds);
    await store.load();
    const lazy = (await loadLazyUserCorpus(factory, '1.0.0'))!;
    const input = { title: seeds[0]!.title, text: seeds[0]!.text };
    const noPrefetch = { ...lazy, articles: lazy.articles, missing: lazy.missing, load: lazy.load, prefetch: async () => undefined };
    const got = await analyzeAgainst(input, [noPrefetch]);
    const whole = (await newStore().load())!;
    expect(got).toEqual(analyze(input, [whole]));
  });

  test('an open page with an address: its own entry is found by address, and the other entries are not read for it', async () => {
    const store = newStore();
    const withUrls = [...filler, ...seeds].map((a, i) => ({ ...a, url: `https://news.example/${i}` }));
    await store.importArticles('all.json', withUrls);
    await store.load();
    const lazy = (await loadLazyUserCorpus(factory, '1.0.0'))!;
    const own = withUrls.length - 1; // the last seed, under its stored address
    const input = { title: 'A page whose text was rewritten', text: 'Nothing in common with any stored article at all.', url: `https://news.example/${own}` };
    const got = await analyzeAgainst(input, [lazy]);
    const stored = lazy.articles.find((a) => a.url === input.url)!; // an address, answered without a read
    expect(got.article.inCorpus).toBe(stored.id);
    const read = lazy.articles.filter((a) => Object.hasOwn(a, 'text')) // a placeholder's text is a getter of its class;
    expect(read.length).toBeLessThan(5);
  });
});
