// The one shape every feed format is normalised into (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed).

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedItem {
  /** What identifies the item in its feed: the guid/id, else the link, else title + date. */
  key: string;
  guid?: string;
  /** Absolute http(s) link of the article page, resolved against the feed's base. */
  url?: string;
  title: string;
  /** The feed's summary as plain paragraphs (HTML reduced to text). */
  summary: string[];
  /** Full content when the feed carries it (content:encoded, Atom content, content_html/_text). */
  content: string[];
  /** ISO 8601 date-time, when the feed gives a sane one. */
  published?: string;
  author?: string;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  /** The site the feed belongs to (its home page), when the feed says. */
  siteUrl?: string;
  items: FeedItem[];
}
