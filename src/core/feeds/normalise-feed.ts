// Normalises feedsmith's per-format output into ParsedFeed. Links are resolved against the item's
// or feed's base and only http(s) links are kept (a `javascript:` link is dropped, never stored).
import type { AnyFeed } from 'feedsmith';
import type { FeedItem, ParsedFeed } from './feed-item.ts';
import { htmlToParagraphs, plainLine } from './html-to-text.ts';

/** Oldest date accepted; later than `now` + this is a clock or feed error. */
const MIN_DATE = Date.UTC(1990, 0, 1);
const MAX_FUTURE_MS = 2 * 24 * 3600 * 1000;
/** Fields kept at most this long: a feed is untrusted input. */
const MAX_TITLE = 1000;
const MAX_KEY = 2000;

/** An absolute http(s) URL from `href` against `base`, or undefined. */
export function resolveLink(href: string | undefined, base: string | undefined): string | undefined {
  const raw = href?.trim();
  if (!raw) return undefined;
  let u: URL;
  try {
    u = base ? new URL(raw, base) : new URL(raw);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  return u.href.length <= MAX_KEY ? u.href : undefined;
}

/** ISO date-time from a feed date (RFC 822, ISO 8601...), or undefined when missing or not sane. */
export function feedDate(raw: string | undefined, now: number): string | undefined {
  if (!raw) return undefined;
  // Date.parse reads year 0001 as 2001: a written four-digit year before MIN_DATE is refused first.
  const year = /\b(\d{4})\b/.exec(raw)?.[1];
  if (year && Number(year) < new Date(MIN_DATE).getUTCFullYear()) return undefined;
  const t = Date.parse(raw.trim());
  if (!Number.isFinite(t) || t < MIN_DATE || t > now + MAX_FUTURE_MS) return undefined;
  return new Date(t).toISOString();
}

interface RawItem {
  guid?: string;
  link?: string;
  title?: string;
  summaryHtml?: string;
  contentHtml?: string;
  contentText?: string;
  date?: string;
  author?: string;
}

function first<T>(...xs: Array<T | undefined | null | ''>): T | undefined {
  for (const x of xs) if (x !== undefined && x !== null && x !== '') return x;
  return undefined;
}

function rawItems(parsed: AnyFeed): { title?: string; site?: string; items: RawItem[] } {
  switch (parsed.format) {
    case 'rss': {
      const f = parsed.feed;
      return {
        title: f.title,
        site: first(f.link, f.atom?.links?.find((l) => l.rel === 'alternate')?.href),
        items: (f.items ?? []).map((i) => ({
          guid: i.guid?.value,
          link: first(i.link, i.guid?.isPermaLink !== false && /^https?:/i.test(i.guid?.value ?? '') ? i.guid?.value : undefined),
          title: i.title,
          summaryHtml: i.description,
          contentHtml: i.content?.encoded,
          date: first(i.pubDate, i.dc?.dates?.[0], i.dcterms?.created?.[0]),
          author: first(i.authors?.[0]?.name, i.dc?.creators?.[0]),
        })),
      };
    }
    case 'rdf': {
      const f = parsed.feed;
      return {
        title: f.title,
        site: f.link,
        items: (f.items ?? []).map((i) => ({
          guid: i.rdf?.about,
          link: i.link,
          title: i.title,
          summaryHtml: i.description,
          contentHtml: i.content?.encoded,
          date: first(i.dc?.dates?.[0], i.dcterms?.created?.[0]),
          author: i.dc?.creators?.[0],
        })),
      };
    }
    case 'atom': {
      const f = parsed.feed;
      const alternate = (links: Array<{ href?: string; rel?: string; type?: string }> | undefined) => {
        const alts = (links ?? []).filter((l) => l.href && (!l.rel || l.rel === 'alternate'));
        return (alts.find((l) => !l.type || /html/i.test(l.type)) ?? alts[0])?.href;
      };
      return {
        title: f.title?.value ?? (f.title as unknown as string | undefined),
        site: alternate(f.links),
        items: (f.entries ?? []).map((e) => ({
          guid: e.id,
          link: alternate(e.links),
          title: e.title?.value ?? (e.title as unknown as string | undefined),
          summaryHtml: e.summary?.value,
          contentHtml: e.content?.src ? undefined : e.content?.value,
          date: first(e.published, e.updated),
          author: e.authors?.[0]?.name,
        })),
      };
    }
    case 'json': {
      const f = parsed.feed;
      return {
        title: f.title,
        site: f.home_page_url,
        items: (f.items ?? []).map((i) => ({
          guid: i.id === undefined ? undefined : String(i.id),
          link: first(i.url, i.external_url),
          title: i.title,
          summaryHtml: i.summary,
          contentHtml: i.content_html,
          contentText: i.content_text,
          date: first(i.date_published, i.date_modified),
          author: i.authors?.[0]?.name,
        })),
      };
    }
  }
}

function normaliseItem(r: RawItem, base: string | undefined, now: number): FeedItem | null {
  const url = resolveLink(r.link, base);
  const summary = r.summaryHtml ? htmlToParagraphs(r.summaryHtml) : [];
  const content = r.contentHtml ? htmlToParagraphs(r.contentHtml) : r.contentText ? r.contentText.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean) : [];
  let title = plainLine(r.title).slice(0, MAX_TITLE);
  if (!title) title = (summary[0] ?? content[0] ?? '').slice(0, 120);
  if (!title && !url) return null; // nothing to show, nothing to fetch
  const published = feedDate(r.date, now);
  const guid = r.guid?.trim().slice(0, MAX_KEY) || undefined;
  const item: FeedItem = { key: guid ?? url ?? `${title}|${published ?? ''}`, title, summary, content };
  if (guid) item.guid = guid;
  if (url) item.url = url;
  if (published) item.published = published;
  const author = plainLine(r.author).slice(0, MAX_TITLE);
  if (author) item.author = author;
  return item;
}

/** ParsedFeed from feedsmith's result; `feedUrl` resolves relative links when the feed names no site. */
export function normaliseFeed(parsed: AnyFeed, feedUrl: string | undefined, now = Date.now()): ParsedFeed {
  const raw = rawItems(parsed);
  const siteUrl = resolveLink(raw.site, feedUrl);
  // Relative item links are relative to the feed document (xml:base aside), then to the site.
  const base = feedUrl ?? siteUrl;
  const items: FeedItem[] = [];
  for (const r of raw.items) {
    const item = normaliseItem(r, base, now);
    if (item) items.push(item);
  }
  const out: ParsedFeed = { format: parsed.format, title: plainLine(raw.title).slice(0, MAX_TITLE) || (siteUrl ? new URL(siteUrl).hostname : 'Untitled feed'), items };
  if (siteUrl) out.siteUrl = siteUrl;
  return out;
}
