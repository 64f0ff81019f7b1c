// `npm run corpus -- feeds <feed URL | file | OPML>... --out <corpus.json>`: fetches each feed and
// every item's article page, reads it with Readability (linkedom), and compiles a corpus with the
// same core as the extension. A feed that fails is named with its reason and skipped.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { ArticleFields } from '../core/corpus/build-corpus-article.ts';
import { buildCorpus } from '../core/corpus/corpus-file.ts';
import { decodeFeedBytes } from '../extraction/decode-feed-bytes.ts';
import { dedupeDecision, textFingerprint, urlKey } from '../core/feeds/dedupe-item.ts';
import { responseOutcome } from '../core/feeds/fetch-decision.ts';
import type { FeedItem, ParsedFeed } from '../core/feeds/feed-item.ts';
import { parseFeedText, parseOpmlFeeds } from '../core/feeds/parse-feed-text.ts';
import type { Corpus } from '../core/types.ts';
import { extractArticle } from '../extraction/extract-article.ts';
import { FEED_TIMEOUT_MS, fetchBounded, MAX_FEED_BYTES, MAX_PAGE_BYTES, mapBounded, PAGE_TIMEOUT_MS } from '../extraction/fetch-bounded.ts';

export interface FeedFailure {
  input: string;
  reason: string;
}

export interface CompileFeedsResult {
  corpus: Corpus | null;
  feeds: number;
  items: number;
  summaryOnly: number;
  failures: FeedFailure[];
}

export interface CompileFeedsOptions {
  fetch?: typeof fetch;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

async function readInput(input: string, fetchFn: typeof fetch): Promise<{ text: string; url?: string }> {
  if (isUrl(input)) {
    const res = await fetchBounded(fetchFn, input, { timeoutMs: FEED_TIMEOUT_MS, maxBytes: MAX_FEED_BYTES });
    if (responseOutcome(res.status) !== 'ok') throw new Error(`the server answered ${res.status}`);
    return { text: decodeFeedBytes(res.bytes, res.contentType).text, url: res.url };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (e) {
    throw new Error((e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message);
  }
  if (bytes.length > MAX_FEED_BYTES) throw new Error('the file is larger than 5 MB');
  return { text: decodeFeedBytes(new Uint8Array(bytes)).text };
}

/** The article of a page, or null (fetch failed, not an article). */
async function readPage(url: string, fetchFn: typeof fetch): Promise<{ paragraphs: string[]; published?: string } | null> {
  try {
    const res = await fetchBounded(fetchFn, url, { timeoutMs: PAGE_TIMEOUT_MS, maxBytes: MAX_PAGE_BYTES, accept: 'text/html,application/xhtml+xml' });
    if (responseOutcome(res.status) !== 'ok') return null;
    const { document } = parseHTML(decodeFeedBytes(res.bytes, res.contentType).text);
    const o = extractArticle(document as unknown as Document, res.url);
    if (!o.ok || o.article.text.length < 400) return null;
    return { paragraphs: o.article.paragraphs, ...(o.article.published ? { published: o.article.published } : {}) };
  } catch {
    return null;
  }
}

/** Every feed named by the inputs (an OPML input expands to its feeds), parsed; failures named. */
async function loadFeeds(inputs: string[], fetchFn: typeof fetch, failures: FeedFailure[]): Promise<Array<{ input: string; feed: ParsedFeed }>> {
  const out: Array<{ input: string; feed: ParsedFeed }> = [];
  const queue = [...inputs];
  const seen = new Set<string>();
  while (queue.length) {
    const input = queue.shift()!;
    if (seen.has(input)) continue;
    seen.add(input);
    try {
      const { text, url } = await readInput(input, fetchFn);
      const parsed = parseFeedText(text, url);
      if (parsed.ok) {
        out.push({ input, feed: parsed.feed });
        continue;
      }
      const opml = /<opml[\s>]/i.test(text.slice(0, 4096)) ? parseOpmlFeeds(text) : null;
      if (opml?.ok) queue.push(...opml.feeds.map((f) => f.url));
      else throw new Error(opml ? opml.message : parsed.message);
    } catch (e) {
      failures.push({ input, reason: (e as Error).message });
    }
  }
  return out;
}

function fieldsOf(id: string, item: FeedItem, outlet: string, page: { paragraphs: string[]; published?: string } | null): ArticleFields | null {
  const paragraphs = page?.paragraphs ?? (item.content.join(' ').length >= 400 ? item.content : item.summary.length ? item.summary : item.content);
  if (!paragraphs.length) return null;
  const f: ArticleFields = { id, title: item.title, paragraphs, source: outlet };
  if (item.url) f.url = item.url;
  if (!page) f.summaryOnly = true;
  const published = item.published ?? page?.published;
  if (published) f.published = published;
  return f;
}

export async function compileFeeds(inputs: string[], options: CompileFeedsOptions = {}): Promise<CompileFeedsResult> {
  const fetchFn = options.fetch ?? fetch;
  const failures: FeedFailure[] = [];
  const feeds = await loadFeeds(inputs, fetchFn, failures);
  const known = { guids: new Set<string>(), urls: new Set<string>(), fingerprints: new Set<string>() };
  const work: Array<{ id: string; item: FeedItem; outlet: string }> = [];
  feeds.forEach(({ feed }, f) => {
    for (const item of feed.items) {
      const sourceId = String(f);
      if (dedupeDecision({ sourceId, text: item.summary.join(' '), ...(item.guid ? { guid: item.guid } : {}), ...(item.url ? { url: item.url } : {}) }, known) !== 'new') continue;
      if (item.guid) known.guids.add(`${sourceId} ${item.guid}`);
      if (item.url) known.urls.add(urlKey(item.url));
      work.push({ id: `feed-${f}-${work.length}`, item, outlet: feed.title });
    }
  });
  let done = 0;
  let summaryOnly = 0;
  const fields = await mapBounded(work, options.concurrency ?? 6, async (w) => {
    const page = w.item.url ? await readPage(w.item.url, fetchFn) : null;
    if (!page) summaryOnly++;
    options.onProgress?.(++done, work.length);
    return fieldsOf(w.id, w.item, w.outlet, page);
  });
  const articles: ArticleFields[] = [];
  for (const f of fields) {
    if (!f) continue;
    const fp = textFingerprint(f.paragraphs.join(' '));
    if (fp && known.fingerprints.has(fp)) continue; // a syndicated copy
    if (fp) known.fingerprints.add(fp);
    articles.push(f);
  }
  return { corpus: articles.length ? buildCorpus(articles) : null, feeds: feeds.length, items: articles.length, summaryOnly, failures };
}
