// Bytes of a fetched feed -> ParsedFeed, or a reason it is not one. Parsed with feedsmith (no DOM, no
// regular expressions over XML); entity declarations are not expanded by its XML parser, so a
// "billion laughs" document stays small.
import { parseFeed, parseOpml } from 'feedsmith';
import type { ParsedFeed } from './feed-item.ts';
import { normaliseFeed, resolveLink } from './normalise-feed.ts';

/** Characters of feed text parsed at most (the fetch caps bytes before this). */
export const MAX_FEED_CHARS = 8_000_000;
/** Items read per feed: a feed is a recent window, not an archive. */
export const MAX_FEED_ITEMS = 500;

export type FeedFailure = 'too-large' | 'not-a-feed' | 'malformed' | 'empty';

export type FeedParseResult = { ok: true; feed: ParsedFeed } | { ok: false; reason: FeedFailure; message: string };

const MESSAGES: Record<FeedFailure, string> = {
  'too-large': 'the feed is larger than Parallax reads',
  'not-a-feed': 'this is not an RSS, Atom, RDF or JSON feed',
  malformed: 'the feed is malformed and could not be read',
  empty: 'the feed has no items',
};

export function feedFailureMessage(reason: FeedFailure): string {
  return MESSAGES[reason];
}

function fail(reason: FeedFailure): FeedParseResult {
  return { ok: false, reason, message: MESSAGES[reason] };
}

/** Whether `text` starts like HTML rather than XML or JSON (a site's page given as a feed URL). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.includes('<html') && !head.includes('<rss') && !head.includes('<feed') && !head.includes('<rdf'));
}

export function parseFeedText(text: string, feedUrl?: string, now = Date.now()): FeedParseResult {
  if (text.length > MAX_FEED_CHARS) return fail('too-large');
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim() || looksLikeHtml(body)) return fail('not-a-feed');
  let parsed;
  try {
    parsed = parseFeed(body, { maxItems: MAX_FEED_ITEMS });
  } catch (e) {
    const name = (e as Error)?.name ?? '';
    return fail(/Malformed/i.test(name) || /malformed|invalid/i.test((e as Error)?.message ?? '') ? 'malformed' : 'not-a-feed');
  }
  const feed = normaliseFeed(parsed, feedUrl, now);
  if (feed.items.length === 0) return fail('empty');
  return { ok: true, feed };
}

export interface OpmlFeed {
  url: string;
  title?: string;
}

/** The feeds an OPML file lists (nested outlines flattened), deduplicated by URL. */
export function parseOpmlFeeds(text: string): { ok: true; feeds: OpmlFeed[] } | { ok: false; message: string } {
  if (text.length > MAX_FEED_CHARS) return { ok: false, message: 'the OPML file is larger than Parallax reads' };
  let doc;
  try {
    doc = parseOpml(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: 'this is not a valid OPML file' };
  }
  const out = new Map<string, OpmlFeed>();
  type Outline = { xmlUrl?: string; text?: string; title?: string; outlines?: Outline[] };
  // Depth first, in document order: a feed's first mention names it.
  const stack: Outline[] = [...((doc.body?.outlines ?? []) as Outline[])].reverse();
  while (stack.length) {
    const o = stack.pop()!;
    const url = resolveLink(o.xmlUrl, undefined);
    if (url && !out.has(url)) out.set(url, { url, ...(o.title || o.text ? { title: (o.title || o.text)! } : {}) });
    if (o.outlines) stack.push(...[...o.outlines].reverse());
  }
  if (out.size === 0) return { ok: false, message: 'the OPML file lists no feeds' };
  return { ok: true, feeds: [...out.values()] };
}
