// Followed sources: subscribe, list, pause, remove, refresh (fetch the feed, read each new item's
// article page, store and index), and full text on demand. No extension API here: the background
// wires in fetch, permission checks and an HTML reader (src/background/sources/index.ts), so unit
// tests run it in Node with fake-indexeddb and a fake fetch.
import { dedupeDecision, textFingerprint, urlKey, type KnownItems } from '../../core/feeds/dedupe-item.ts';
import { decodeFeedBytes } from '../../extraction/decode-feed-bytes.ts';
import { discoverFeeds, type HeadLink } from '../../core/feeds/discover-feeds.ts';
import { DEFAULT_INTERVAL_MINUTES, fetchDecision, responseOutcome } from '../../core/feeds/fetch-decision.ts';
import type { FeedItem } from '../../core/feeds/feed-item.ts';
import { looksLikeHtml, parseFeedText } from '../../core/feeds/parse-feed-text.ts';
import { DEFAULT_RETENTION_DAYS, itemsToDrop } from '../../core/feeds/retention-decision.ts';
import type { Corpus } from '../../core/types.ts';
import { FeedIndex } from './feed-index.ts';
import type { FeedSettings, FeedsDb, StoredItem, StoredSource } from './feeds-db.ts';
import { FEED_TIMEOUT_MS, fetchBounded, FetchProblem, MAX_FEED_BYTES, MAX_PAGE_BYTES, mapBounded, PAGE_TIMEOUT_MS } from '../../extraction/fetch-bounded.ts';

/** What the HTML reader gives back for a page: its article (when it has one) and its head's links. */
export interface HtmlReading {
  article?: { title: string; paragraphs: string[]; siteName?: string; published?: string };
  links: HeadLink[];
}

export interface FeedSourcesDeps {
  db: FeedsDb;
  fetch: typeof fetch;
  readHtml: (html: string, url: string) => Promise<HtmlReading>;
  /** Whether the extension may fetch from every one of these origin patterns. */
  permitted: (origins: string[]) => Promise<boolean>;
  /** Names the build that compiles index segments. */
  tag: string;
  now?: () => number;
  /** Called after stored items changed (to drop cached analyses). */
  onChange?: () => void | Promise<void>;
}

/** Article pages read at once, and per fetch of a source at most (the rest keep their summary). */
export const PAGE_CONCURRENCY = 4;
export const MAX_PAGES_PER_FETCH = 200;
/** Sources fetched at once during a refresh. */
export const SOURCE_CONCURRENCY = 2;
/** Text shorter than this from a page is not taken as its article. */
const MIN_FULL_TEXT_CHARS = 400;

export const originPattern = (url: string): string => {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
};

function sourceId(url: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193);
  return `s${(h >>> 0).toString(36)}`;
}

function itemId(sourceIdValue: string, key: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x1234567;
  for (let i = 0; i < key.length; i++) {
    h1 = Math.imul(h1 ^ key.charCodeAt(i), 0x01000193);
    h2 = Math.imul(h2 ^ key.charCodeAt(i), 0x5bd1e995);
  }
  return `feed-${sourceIdValue}-${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

export type SourceView = Omit<StoredSource, 'etag' | 'lastModified' | 'failures'>;

export class FeedSources {
  readonly index: FeedIndex;
  private refreshing: Promise<void> | undefined;
  /** Writes are serialised: two refreshes never interleave their segment plans. */
  private writeChain: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: FeedSourcesDeps) {
    this.index = new FeedIndex(deps.db, deps.tag);
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeChain.then(fn, fn);
    this.writeChain = run.catch(() => undefined);
    return run;
  }

  async settings(): Promise<FeedSettings> {
    const s = await this.deps.db.settings();
    return { intervalMinutes: s.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES, retentionDays: s.retentionDays ?? DEFAULT_RETENTION_DAYS };
  }

  async setSettings(s: FeedSettings): Promise<FeedSettings> {
    await this.deps.db.saveSettings(s);
    return s;
  }

  async list(): Promise<SourceView[]> {
    const sources = await this.deps.db.sources();
    sources.sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.url.localeCompare(b.url));
    return sources.map(({ etag: _e, lastModified: _l, failures: _f, ...view }) => view);
  }

  async hasSources(): Promise<boolean> {
    return (await this.deps.db.sources()).some((s) => !s.paused);
  }

  /** The feed corpora to search (loads stored segments on first use). */
  async corpora(): Promise<Corpus[]> {
    if (!(await this.deps.db.sources()).length && this.index.size() === 0) return [];
    await this.index.load();
    return this.index.corpora();
  }

  /**
   * Follows `url`: a feed, or a page whose head names feeds (the first is followed). The feed is
   * fetched once to check it; its items are stored by the next refresh.
   */
  async add(url: string): Promise<SourceView> {
    let u: URL;
    try {
      u = new URL(url.trim());
    } catch {
      throw new Error(`“${url}” is not a web address.`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('Only http and https addresses can be followed.');
    if (!(await this.deps.permitted([originPattern(u.href)]))) throw new Error(`Parallax may not read ${u.hostname}: allow it when the browser asks.`);
    let res = await this.fetchFeedResponse(u.href);
    let { text } = decodeFeedBytes(res.bytes, res.contentType);
    let feedUrl = res.url;
    if (looksLikeHtml(text)) {
      const reading = await this.deps.readHtml(text, res.url);
      const found = discoverFeeds(reading.links, res.url);
      if (!found.length) throw new Error(`${u.hostname} names no feed in its page. Give the feed’s own address.`);
      feedUrl = found[0]!.url;
      if (!(await this.deps.permitted([originPattern(feedUrl)]))) throw new Error(`The feed is on ${new URL(feedUrl).hostname}, which Parallax may not read yet.`);
      res = await this.fetchFeedResponse(feedUrl);
      ({ text } = decodeFeedBytes(res.bytes, res.contentType));
    }
    const parsed = parseFeedText(text, res.url);
    if (!parsed.ok) throw new Error(`${parsed.message[0]!.toUpperCase()}${parsed.message.slice(1)}.`);
    const id = sourceId(feedUrl);
    const existing = (await this.deps.db.sources()).find((s) => s.id === id);
    if (existing) return this.view(existing);
    const source: StoredSource = { id, url: feedUrl, title: parsed.feed.title, addedAt: new Date(this.now()).toISOString(), paused: false, state: 'ok', failures: 0, itemCount: 0 };
    if (parsed.feed.siteUrl) source.siteUrl = parsed.feed.siteUrl;
    const missing = await this.missingOrigins(parsed.feed.items);
    if (missing.length) {
      source.state = 'needs-permission';
      source.missingOrigins = missing;
    }
    await this.deps.db.putSource(source);
    return this.view(source);
  }

  private view(s: StoredSource): SourceView {
    const { etag: _e, lastModified: _l, failures: _f, ...view } = s;
    return view;
  }

  private async fetchFeedResponse(url: string) {
    const res = await fetchBounded(this.deps.fetch, url, { timeoutMs: FEED_TIMEOUT_MS, maxBytes: MAX_FEED_BYTES, accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.5, */*;q=0.1' });
    const outcome = responseOutcome(res.status);
    if (outcome !== 'ok') throw new Error(`the server answered ${res.status}${outcome === 'gone' ? ' (no such feed)' : ''}.`);
    return res;
  }

  /** Article origins of `items` the extension may not read yet. */
  private async missingOrigins(items: FeedItem[]): Promise<string[]> {
    const origins = [...new Set(items.flatMap((i) => (i.url ? [originPattern(i.url)] : [])))];
    const missing: string[] = [];
    for (const o of origins) if (!(await this.deps.permitted([o]))) missing.push(o);
    return missing;
  }

  async remove(id: string): Promise<{ removed: number }> {
    return this.serial(async () => {
      await this.index.load();
      const ids = await this.deps.db.idsOf(id);
      const { change, commit } = this.index.plan([], [], ids);
      await this.deps.db.removeSource(id, change);
      commit();
      await this.deps.onChange?.();
      return { removed: ids.length };
    });
  }

  async setPaused(id: string, paused: boolean): Promise<SourceView> {
    const s = (await this.deps.db.sources()).find((x) => x.id === id);
    if (!s) throw new Error('No such source.');
    s.paused = paused;
    s.state = paused ? 'paused' : 'ok';
    await this.deps.db.putSource(s);
    return this.view(s);
  }

  /** Fetches every source that is due (all of them when `force`), a few at a time. */
  refresh(force = false): Promise<void> {
    this.refreshing ??= (async () => {
      try {
        const sources = await this.deps.db.sources();
        if (!sources.length) return; // nothing followed: nothing fetched
        await this.index.load();
        const { intervalMinutes } = await this.settings();
        await mapBounded(sources, SOURCE_CONCURRENCY, (s) => this.refreshSource(s, intervalMinutes, force));
        await this.applyRetention();
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private async refreshSource(s: StoredSource, intervalMinutes: number, force: boolean): Promise<void> {
    const permitted = await this.deps.permitted([originPattern(s.url)]);
    const decision = fetchDecision(s, this.now(), { permitted, intervalMinutes, force });
    if (decision === 'wait') return;
    if (decision === 'paused' || decision === 'needs-permission') {
      if (s.state !== decision) await this.deps.db.putSource({ ...s, state: decision });
      return;
    }
    await this.deps.db.putSource({ ...s, state: 'fetching' });
    const attempt = new Date(this.now()).toISOString();
    try {
      await this.fetchSource(s, attempt);
    } catch (e) {
      const message = e instanceof FetchProblem || e instanceof Error ? e.message : String(e);
      const fresh = (await this.deps.db.sources()).find((x) => x.id === s.id);
      if (fresh) await this.deps.db.putSource({ ...fresh, state: 'error', error: message, lastAttempt: attempt, failures: fresh.failures + 1 });
    }
  }

  private async fetchSource(s: StoredSource, attempt: string): Promise<void> {
    const res = await fetchBounded(this.deps.fetch, s.url, {
      timeoutMs: FEED_TIMEOUT_MS,
      maxBytes: MAX_FEED_BYTES,
      ...(s.etag ? { etag: s.etag } : {}),
      ...(s.lastModified ? { lastModified: s.lastModified } : {}),
    });
    const outcome = responseOutcome(res.status);
    const done = async (patch: Partial<StoredSource>) => {
      const fresh = (await this.deps.db.sources()).find((x) => x.id === s.id);
      if (!fresh) return; // removed meanwhile
      const next: StoredSource = { ...fresh, lastAttempt: attempt, ...patch };
      if (next.state !== 'error') delete next.error;
      await this.deps.db.putSource(next);
    };
    if (outcome === 'not-modified') return done({ state: s.missingOrigins?.length ? 'needs-permission' : 'ok', lastSuccess: attempt, failures: 0 });
    if (outcome !== 'ok') throw new Error(`the server answered ${res.status}${outcome === 'gone' ? ' (the feed is gone)' : outcome === 'retry-later' ? ' (will retry later)' : ''}`);
    const { text } = decodeFeedBytes(res.bytes, res.contentType);
    const parsed = parseFeedText(text, res.url, this.now());
    if (!parsed.ok) throw new Error(parsed.message);
    const { added, missing } = await this.readNewItems(s, parsed.feed.items, parsed.feed.title);
    await this.serial(async () => {
      const { change, commit } = this.index.plan(added, [], []);
      const count = (await this.deps.db.countOf(s.id)) + added.length;
      const fresh = (await this.deps.db.sources()).find((x) => x.id === s.id);
      if (!fresh) return;
      const next: StoredSource = { ...fresh, state: missing.length ? 'needs-permission' : 'ok', lastAttempt: attempt, lastSuccess: attempt, failures: 0, itemCount: count, title: fresh.title || parsed.feed.title };
      delete next.error;
      if (missing.length) next.missingOrigins = missing;
      else delete next.missingOrigins;
      if (res.etag) next.etag = res.etag;
      if (res.lastModified) next.lastModified = res.lastModified;
      await this.deps.db.apply({ ...change, putSources: [next] });
      commit();
    });
    if (added.length) await this.deps.onChange?.();
  }

  /** The new items of a fetched feed, each with its article page's text when it can be read. */
  private async readNewItems(s: StoredSource, items: FeedItem[], feedTitle: string): Promise<{ added: StoredItem[]; missing: string[] }> {
    const stored = await this.deps.db.itemKeys();
    const known: KnownItems & { guids: Set<string>; urls: Set<string>; fingerprints: Set<string> } = { guids: new Set(), urls: new Set(), fingerprints: new Set() };
    for (const it of stored) {
      if (it.guid) known.guids.add(`${it.sourceId} ${it.guid}`);
      if (it.urlKey) known.urls.add(it.urlKey);
      if (it.fingerprint) known.fingerprints.add(it.fingerprint);
    }
    const fresh: FeedItem[] = [];
    for (const item of items) {
      const text = (item.content.length ? item.content : item.summary).join(' ');
      if (dedupeDecision({ sourceId: s.id, text, ...(item.guid ? { guid: item.guid } : {}), ...(item.url ? { url: item.url } : {}) }, known) !== 'new') continue;
      if (item.guid) known.guids.add(`${s.id} ${item.guid}`);
      if (item.url) known.urls.add(urlKey(item.url));
      fresh.push(item);
    }
    const missing = await this.missingOrigins(fresh);
    const missingSet = new Set(missing);
    const fetchedAt = new Date(this.now()).toISOString();
    const outlet = s.title || feedTitle;
    const read = await mapBounded(fresh, PAGE_CONCURRENCY, async (item, i) => {
      const mayRead = i < MAX_PAGES_PER_FETCH && item.url && !missingSet.has(originPattern(item.url));
      const page = mayRead ? await this.readPage(item.url!) : null;
      return this.storedItem(s.id, item, outlet, fetchedAt, page);
    });
    const added: StoredItem[] = [];
    for (const it of read) {
      if (!it) continue;
      // Syndicated copies: the full text decides, now that it is known.
      if (it.fingerprint && known.fingerprints.has(it.fingerprint)) continue;
      if (it.fingerprint) known.fingerprints.add(it.fingerprint);
      added.push(it);
    }
    return { added, missing };
  }

  /** The article of a page, or null when it cannot be fetched or read (paywall, not an article). */
  private async readPage(url: string): Promise<{ paragraphs: string[]; published?: string } | null> {
    try {
      const res = await fetchBounded(this.deps.fetch, url, { timeoutMs: PAGE_TIMEOUT_MS, maxBytes: MAX_PAGE_BYTES, accept: 'text/html,application/xhtml+xml' });
      if (responseOutcome(res.status) !== 'ok') return null;
      const { text } = decodeFeedBytes(res.bytes, res.contentType);
      const reading = await this.deps.readHtml(text, res.url);
      const a = reading.article;
      if (!a || a.paragraphs.join('\n\n').length < MIN_FULL_TEXT_CHARS) return null;
      return { paragraphs: a.paragraphs, ...(a.published ? { published: a.published } : {}) };
    } catch {
      return null;
    }
  }

  private storedItem(sid: string, item: FeedItem, outlet: string, fetchedAt: string, page: { paragraphs: string[]; published?: string } | null): StoredItem | null {
    const feedText = item.content.join('\n\n').length >= MIN_FULL_TEXT_CHARS ? item.content : item.summary.length ? item.summary : item.content;
    const paragraphs = page?.paragraphs ?? feedText;
    const text = paragraphs.join('\n\n');
    if (!text && !item.title) return null;
    const it: StoredItem = { id: itemId(sid, item.key), sourceId: sid, title: item.title, outlet, fetchedAt, text: text || item.title, summaryOnly: !page };
    if (item.guid) it.guid = item.guid;
    if (item.url) {
      it.url = item.url;
      it.urlKey = urlKey(item.url);
    }
    const published = item.published ?? page?.published;
    if (published) it.published = published;
    const fp = textFingerprint(text);
    if (fp) it.fingerprint = fp;
    return it;
  }

  /** Reads a summary-only item's article page now; resolves with whether it is still summary-only. */
  async fetchFullText(id: string): Promise<{ summaryOnly: boolean }> {
    const it = await this.deps.db.item(id);
    if (!it) throw new Error('This report is no longer stored.');
    if (!it.summaryOnly) return { summaryOnly: false };
    if (!it.url) throw new Error('This report has no article page to fetch.');
    if (!(await this.deps.permitted([originPattern(it.url)]))) throw new Error(`Parallax may not read ${new URL(it.url).hostname}: allow it on the options page (Sources).`);
    const page = await this.readPage(it.url);
    if (!page) return { summaryOnly: true };
    const updated: StoredItem = { ...it, text: page.paragraphs.join('\n\n'), summaryOnly: false };
    const fp = textFingerprint(updated.text);
    if (fp) updated.fingerprint = fp;
    await this.serial(async () => {
      await this.index.load();
      const { change, commit } = this.index.plan([], [updated], []);
      await this.deps.db.apply(change);
      commit();
    });
    await this.deps.onChange?.();
    return { summaryOnly: false };
  }

  /** Drops items past the retention window or over the size cap, rebuilding only their segments. */
  async applyRetention(): Promise<number> {
    const { retentionDays } = await this.settings();
    const items = await this.deps.db.itemKeys();
    const drop = itemsToDrop(items, this.now(), retentionDays);
    if (!drop.length) return 0;
    await this.serial(async () => {
      const { change, commit } = this.index.plan([], [], drop);
      const dropped = new Set(drop);
      const counts = new Map<string, number>();
      for (const it of items) if (!dropped.has(it.id)) counts.set(it.sourceId, (counts.get(it.sourceId) ?? 0) + 1);
      const sources = (await this.deps.db.sources()).map((s) => ({ ...s, itemCount: counts.get(s.id) ?? 0 }));
      await this.deps.db.apply({ ...change, putSources: sources });
      commit();
    });
    await this.deps.onChange?.();
    return drop.length;
  }

  /** Re-checks permissions of every source (after the reader granted or revoked some). */
  async recheckPermissions(): Promise<void> {
    for (const s of await this.deps.db.sources()) {
      if (s.paused) continue;
      const feedOk = await this.deps.permitted([originPattern(s.url)]);
      const missing: string[] = [];
      for (const o of s.missingOrigins ?? []) if (!(await this.deps.permitted([o]))) missing.push(o);
      const state = !feedOk || missing.length ? 'needs-permission' : s.state === 'needs-permission' ? 'ok' : s.state;
      if (state !== s.state || missing.length !== (s.missingOrigins?.length ?? 0)) {
        const next: StoredSource = { ...s, state };
        if (missing.length) next.missingOrigins = missing;
        else delete next.missingOrigins;
        await this.deps.db.putSource(next);
      }
    }
  }

  /** The followed sources as an OPML document. */
  async exportOpml(): Promise<string> {
    const esc = (x: string) => x.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    const lines = (await this.deps.db.sources()).map((s) => `    <outline type="rss" text="${esc(s.title)}" title="${esc(s.title)}" xmlUrl="${esc(s.url)}"${s.siteUrl ? ` htmlUrl="${esc(s.siteUrl)}"` : ''}/>`);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head><title>Parallax sources</title></head>\n  <body>\n${lines.join('\n')}\n  </body>\n</opml>\n`;
  }
}
