// A site's feeds from the <link rel="alternate"> elements of its page head (the DOM side collects
// them; this decides which are feeds and resolves them).
import { resolveLink } from './normalise-feed.ts';

export interface HeadLink {
  rel?: string | null;
  type?: string | null;
  href?: string | null;
  title?: string | null;
}

const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json', 'application/json', 'text/xml', 'application/xml']);

export function discoverFeeds(links: HeadLink[], pageUrl: string): Array<{ url: string; title?: string }> {
  const out = new Map<string, { url: string; title?: string }>();
  for (const l of links) {
    const rels = (l.rel ?? '').toLowerCase().split(/\s+/);
    const type = (l.type ?? '').toLowerCase().split(';')[0]!.trim();
    if (!rels.includes('alternate') || !FEED_TYPES.has(type)) continue;
    // application/json is a feed only when it says so (oEmbed also uses alternate + json).
    if (type === 'application/json' && !/feed/i.test(`${l.title ?? ''} ${l.href ?? ''}`)) continue;
    const url = resolveLink(l.href ?? undefined, pageUrl);
    if (url && !out.has(url)) out.set(url, { url, ...(l.title?.trim() ? { title: l.title.trim() } : {}) });
  }
  return [...out.values()];
}
