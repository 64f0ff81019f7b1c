// The bounded fetch: a timeout, a size cap read off the stream, conditional headers, no cookies;
// and the OPML export of followed sources.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FeedSources } from '../../src/background/sources/feed-sources.ts';
import { FeedsDb } from '../../src/background/sources/feeds-db.ts';
import { parseOpmlFeeds } from '../../src/core/feeds/parse-feed-text.ts';
import { fetchBounded, FetchProblem, mapBounded } from '../../src/extraction/fetch-bounded.ts';

describe('fetchBounded', () => {
  it('gives up after the timeout', async () => {
    const hang = ((_u: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const err = await fetchBounded(hang, 'https://slow.test/feed', { timeoutMs: 50, maxBytes: 1000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FetchProblem);
    expect((err as FetchProblem).kind).toBe('timeout');
  });

  it('refuses a declared length over the cap and cancels the body', async () => {
    let cancelled = false;
    const body = new ReadableStream({ cancel: () => void (cancelled = true) });
    const f = (async () => new Response(body, { headers: { 'content-length': String(50 * 1024 * 1024) } })) as typeof fetch;
    await expect(fetchBounded(f, 'https://big.test/', { timeoutMs: 1000, maxBytes: 5 * 1024 * 1024 })).rejects.toThrow(/larger than 5 MB/);
    expect(cancelled).toBe(true);
  });

  it('sends conditional headers, omits cookies and skips the HTTP cache', async () => {
    let seen: RequestInit | undefined;
    const f = (async (_u: string, init?: RequestInit) => {
      seen = init;
      return new Response(null, { status: 304 });
    }) as typeof fetch;
    const r = await fetchBounded(f, 'https://a.test/feed', { timeoutMs: 1000, maxBytes: 10, etag: '"x"', lastModified: 'Tue, 01 Dec 2026 00:00:00 GMT' });
    expect(r.status).toBe(304);
    expect(seen).toMatchObject({ credentials: 'omit', cache: 'no-store', redirect: 'follow', headers: { 'if-none-match': '"x"', 'if-modified-since': 'Tue, 01 Dec 2026 00:00:00 GMT' } });
  });

  it('mapBounded never runs more than its limit at once', async () => {
    let running = 0;
    let peak = 0;
    const out = await mapBounded([1, 2, 3, 4, 5, 6, 7], 3, async (x) => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return x * 2;
    });
    expect(out).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(peak).toBe(3);
  });
});

describe('OPML export', () => {
  it('lists every followed source, escaped, and reads back', async () => {
    const rss = '<rss version="2.0"><channel><title>Tom &amp; "Jerry" &lt;3</title><link>https://t.test/</link><item><title>a</title><guid>1</guid></item></channel></rss>';
    const fs = new FeedSources({
      db: new FeedsDb(new IDBFactory(), IDBKeyRange),
      fetch: (async () => new Response(rss)) as typeof fetch,
      readHtml: async () => ({ links: [] }),
      permitted: async () => true,
      tag: 't',
    });
    await fs.add('https://t.test/feed?a=1&b=2');
    const xml = await fs.exportOpml();
    expect(xml).toContain('xmlUrl="https://t.test/feed?a=1&#38;b=2"');
    const back = parseOpmlFeeds(xml);
    expect(back.ok && back.feeds).toEqual([{ url: 'https://t.test/feed?a=1&b=2', title: 'Tom & "Jerry" <3' }]);
  });
});
