// Followed sources end to end in Node: fake-indexeddb for storage, a fake fetch serving feeds and
// real article pages (zyte-dev fixtures), linkedom for the HTML reader. Covers: nothing fetched
// with no source, subscribe + refresh + index, duplicate guids, conditional requests, a 50 MB
// response, a malformed feed losing nothing else, permissions, restart, retention, full text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { FeedSources, type HtmlReading } from '../../src/background/sources/feed-sources.ts';
import { FeedsDb, type StoredSegment } from '../../src/background/sources/feeds-db.ts';
import { analyze } from '../../src/core/analyze.ts';
import { extractArticle } from '../../src/extraction/extract-article.ts';

const PAGES = join(import.meta.dirname, '../fixtures/pages/zyte-dev');
const page = (id: string) => readFileSync(join(PAGES, id, 'source.html'), 'utf8');

function readHtml(html: string, url: string): Promise<HtmlReading> {
  const { document } = parseHTML(html);
  const links = [...document.querySelectorAll('link[rel][href]')].map((l) => ({ rel: l.getAttribute('rel'), type: l.getAttribute('type'), href: l.getAttribute('href'), title: l.getAttribute('title') }));
  const o = extractArticle(document as unknown as Document, url);
  return Promise.resolve({ links, ...(o.ok ? { article: { title: o.article.title, paragraphs: o.article.paragraphs } } : {}) });
}

const rss = (items: Array<{ guid: string; title: string; link: string }>) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Gadget Desk</title><link>https://gadget.test/</link>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.guid}</guid><description>Short summary.</description></item>`)
    .join('')}</channel></rss>`;

interface World {
  routes: Map<string, () => Response>;
  requests: Array<{ url: string; headers: Record<string, string> }>;
  granted: Set<string>;
  now: number;
}

function makeSources(factory: IDBFactory, world: World, tag = 't1'): FeedSources {
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    world.requests.push({ url, headers: { ...(init?.headers as Record<string, string>) } });
    const route = world.routes.get(url);
    return route ? route() : new Response('not found', { status: 404 });
  }) as typeof fetch;
  return new FeedSources({
    db: new FeedsDb(factory, IDBKeyRange),
    fetch: fetchFn,
    readHtml,
    permitted: async (origins) => origins.every((o) => world.granted.has(o)),
    tag,
    now: () => world.now,
  });
}

const html = (id: string) => () => new Response(page(id), { headers: { 'content-type': 'text/html; charset=utf-8' } });
const xml = (body: string, headers: Record<string, string> = {}) => () => new Response(body, { headers: { 'content-type': 'application/rss+xml', ...headers } });

let factory: IDBFactory;
let world: World;

beforeEach(() => {
  factory = new IDBFactory();
  world = {
    routes: new Map([
      ['https://gadget.test/rss.xml', xml(rss([{ guid: 'g1', title: 'A Man Developed Feather Duvet Lung', link: 'https://gadget.test/duvet' }, { guid: 'g2', title: 'Doobie Brothers tour', link: 'https://gadget.test/doobie' }]))],
      ['https://gadget.test/duvet', html('7bb1ca9035')],
      ['https://gadget.test/doobie', html('9cb8224b66')],
    ]),
    requests: [],
    granted: new Set(['https://gadget.test/*']),
    now: Date.parse('2026-12-01T08:00:00Z'),
  };
});

describe('followed sources', () => {
  it('fetches nothing while no source is followed', async () => {
    const fs = makeSources(factory, world);
    await fs.refresh(true);
    expect(await fs.corpora()).toEqual([]);
    expect(world.requests).toEqual([]);
  });

  it('subscribes, refreshes, reads the articles in full and indexes them for matching', async () => {
    const fs = makeSources(factory, world);
    const s = await fs.add('https://gadget.test/rss.xml');
    expect(s).toMatchObject({ title: 'Gadget Desk', state: 'ok', itemCount: 0 });
    await fs.refresh(true);
    const [listed] = await fs.list();
    expect(listed).toMatchObject({ state: 'ok', itemCount: 2 });
    const corpora = await fs.corpora();
    const articles = corpora.flatMap((c) => c.articles);
    expect(articles.map((a) => [a.source, a.origin, a.summaryOnly ?? false])).toEqual([
      ['Gadget Desk', 'feed', false],
      ['Gadget Desk', 'feed', false],
    ]);
    expect(articles.every((a) => a.text.length > 1000)).toBe(true);
    const reader = extractArticle(parseHTML(page('bd673bd798')).document as unknown as Document);
    if (!reader.ok) throw new Error('fixture page not readable');
    const result = analyze({ title: reader.article.title, text: reader.article.text, paragraphs: reader.article.paragraphs }, corpora);
    expect(result.related.map((r) => r.url)).toEqual(['https://gadget.test/duvet']);
    expect(result.figures.some((g) => g.mentions.some((m) => m.reportId === result.related[0]!.id))).toBe(true);
  });

  it('stores a duplicate guid once, and asks again with ETag / Last-Modified', async () => {
    const body = rss([
      { guid: 'same', title: 'First copy', link: 'https://gadget.test/duvet' },
      { guid: 'same', title: 'Second copy', link: 'https://gadget.test/doobie' },
    ]);
    let calls = 0;
    world.routes.set('https://gadget.test/rss.xml', () => (++calls > 2 ? new Response(null, { status: 304 }) : new Response(body, { headers: { etag: '"v1"', 'last-modified': 'Mon, 30 Nov 2026 10:00:00 GMT' } })));
    const fs = makeSources(factory, world);
    await fs.add('https://gadget.test/rss.xml');
    await fs.refresh(true);
    expect((await fs.list())[0]!.itemCount).toBe(1);
    world.now += 60 * 60_000;
    await fs.refresh(true);
    const feedCalls = world.requests.filter((r) => r.url.endsWith('rss.xml'));
    expect(feedCalls.at(-1)!.headers).toMatchObject({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 30 Nov 2026 10:00:00 GMT' });
    expect((await fs.list())[0]).toMatchObject({ state: 'ok', itemCount: 1 });
  });

  it('cuts a 50 MB response at the size cap and reports it', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    world.routes.set('https://huge.test/feed.xml', () => {
      const stream = new ReadableStream<Uint8Array>({
        pull(c) {
          if (sent >= 50) return c.close();
          sent++;
          c.enqueue(chunk);
        },
      });
      return new Response(stream, { headers: { 'content-type': 'application/rss+xml' } });
    });
    world.granted.add('https://huge.test/*');
    const fs = makeSources(factory, world);
    await expect(fs.add('https://huge.test/feed.xml')).rejects.toThrow(/larger than 5 MB/);
    expect(sent).toBeLessThan(10); // stopped reading, not buffered whole
  });

  it('a malformed feed shows its error and loses nothing else', async () => {
    const fs = makeSources(factory, world);
    await fs.add('https://gadget.test/rss.xml');
    world.granted.add('https://broken.test/*');
    world.routes.set('https://broken.test/feed.xml', xml(rss([{ guid: 'b1', title: 'ok', link: 'https://broken.test/a' }])));
    await fs.add('https://broken.test/feed.xml');
    world.routes.set('https://broken.test/feed.xml', xml('<rss version="2.0"><channel><item><title>cut'));
    await fs.refresh(true);
    const list = await fs.list();
    expect(list.map((s) => [s.url, s.state, s.itemCount])).toEqual([
      ['https://broken.test/feed.xml', 'error', 0],
      ['https://gadget.test/rss.xml', 'ok', 2],
    ]);
    expect(list[0]!.error).toMatch(/malformed|not an RSS/);
  });

  it('a missing permission is a state, not a fetch', async () => {
    const fs = makeSources(factory, world);
    await fs.add('https://gadget.test/rss.xml');
    world.granted.clear();
    world.requests.length = 0;
    await fs.refresh(true);
    expect(world.requests).toEqual([]);
    expect((await fs.list())[0]!.state).toBe('needs-permission');
  });

  it('items on a host not granted are stored summary-only and the source asks for it', async () => {
    world.routes.set('https://gadget.test/rss.xml', xml(rss([{ guid: 'w1', title: 'On www', link: 'https://www.gadget.test/duvet' }])));
    world.routes.set('https://www.gadget.test/duvet', html('7bb1ca9035'));
    const fs = makeSources(factory, world);
    expect((await fs.add('https://gadget.test/rss.xml')).state).toBe('needs-permission');
    await fs.refresh(true);
    const [s] = await fs.list();
    expect(s).toMatchObject({ state: 'needs-permission', missingOrigins: ['https://www.gadget.test/*'], itemCount: 1 });
    expect(world.requests.some((r) => r.url.startsWith('https://www.'))).toBe(false);
    const item = (await fs.corpora())[0]!.articles[0]!;
    expect(item.summaryOnly).toBe(true);
    // Granted: the full text on demand.
    world.granted.add('https://www.gadget.test/*');
    await fs.recheckPermissions();
    expect((await fs.list())[0]!.state).toBe('ok');
    expect(await fs.fetchFullText(item.id)).toEqual({ summaryOnly: false });
    const updated = (await fs.corpora()).flatMap((c) => c.articles).find((a) => a.id === item.id)!;
    expect(updated.summaryOnly).toBeUndefined();
    expect(updated.text.length).toBeGreaterThan(1000);
  });

  it('a restarted worker loads the stored index segments instead of rebuilding them', async () => {
    const fs = makeSources(factory, world);
    await fs.add('https://gadget.test/rss.xml');
    await fs.refresh(true);
    const built = (await fs.corpora()).flatMap((c) => c.articles);
    const again = makeSources(factory, world);
    const corpora = await again.corpora();
    expect(corpora.flatMap((c) => c.articles)).toEqual(built);
    expect(again.index.lastLoad).toEqual({ loaded: 1, rebuilt: 0 });
    const page = built[0]!;
    expect(analyze({ title: page.title, text: page.text }, corpora)).toEqual(analyze({ title: page.title, text: page.text }, await fs.corpora()));
    // Another build's segments are rebuilt, not trusted.
    const updated = makeSources(factory, world, 't2');
    await updated.corpora();
    expect(updated.index.lastLoad).toEqual({ loaded: 0, rebuilt: 1 });
  });

  it('a segment an older build stored (ids and offsets as arrays) is rebuilt, with every item', async () => {
    const fs = makeSources(factory, world);
    await fs.add('https://gadget.test/rss.xml');
    await fs.refresh(true);
    const built = (await fs.corpora()).flatMap((c) => c.articles);
    const db = new FeedsDb(factory, IDBKeyRange);
    const [seg] = await db.segments();
    const older = { ...seg!, layout: undefined, ids: built.map((a) => a.id), sentences: built.map((a) => a.sentences.flat()) };
    await db.apply({ putSegments: [older as unknown as StoredSegment] });
    const again = makeSources(factory, world);
    expect((await again.corpora()).flatMap((c) => c.articles)).toEqual(built);
    expect(again.index.lastLoad).toEqual({ loaded: 0, rebuilt: 1 });
  });

  it('retention drops old items and their index entries', async () => {
    const fs = makeSources(factory, world);
    await fs.add('https://gadget.test/rss.xml');
    await fs.refresh(true);
    world.now += 31 * 24 * 3600 * 1000;
    expect(await fs.applyRetention()).toBe(2);
    expect(await fs.corpora()).toEqual([]);
    expect((await fs.list())[0]!.itemCount).toBe(0);
  });

  it('removing a source removes its items from the index', async () => {
    const fs = makeSources(factory, world);
    const s = await fs.add('https://gadget.test/rss.xml');
    await fs.refresh(true);
    expect(await fs.remove(s.id)).toEqual({ removed: 2 });
    expect(await fs.list()).toEqual([]);
    expect((await fs.corpora()).flatMap((c) => c.articles)).toEqual([]);
  });

  it('a site address is followed through the feed its page names', async () => {
    world.routes.set('https://site.test/', () => new Response('<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/feed"></head><body><p>Home</p></body></html>', { headers: { 'content-type': 'text/html' } }));
    world.routes.set('https://site.test/feed', xml(rss([{ guid: 's1', title: 'x', link: 'https://site.test/x' }])));
    world.granted.add('https://site.test/*');
    const fs = makeSources(factory, world);
    expect((await fs.add('https://site.test/')).url).toBe('https://site.test/feed');
  });
});

describe('feeds database keys', () => {
  it('reads every item key a page at a time, with counts and ids per source', async () => {
    const db = new FeedsDb(new IDBFactory(), IDBKeyRange);
    // More than one page (500), ids that sort apart from insertion order.
    const put = Array.from({ length: 1203 }, (_, i) => ({
      id: `item-${String((i * 7919) % 1203).padStart(5, '0')}`,
      sourceId: i % 3 === 0 ? 'a' : 'b',
      title: `t${i}`,
      outlet: 'o',
      fetchedAt: '2026-12-01T00:00:00Z',
      text: 'x'.repeat(50),
      summaryOnly: false,
      ...(i % 2 ? { guid: `g${i}` } : {}),
    }));
    await db.apply({ put });
    const keys = await db.itemKeys();
    expect(keys.map((k) => k.id).sort()).toEqual(put.map((p) => p.id).sort());
    expect(keys.every((k) => !('text' in k))).toBe(true);
    expect(keys.filter((k) => k.guid).length).toBe(601);
    expect(await db.countOf('a')).toBe(401);
    expect((await db.idsOf('b')).length).toBe(802);
  });
});
