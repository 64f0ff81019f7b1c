// A fetched page, parsed inertly (DOMParser: no script runs, nothing loads), read for its article
// and its head's feed links. Used by Chrome's offscreen document and by Firefox's background page.
import type { HeadLink } from '../core/feeds/discover-feeds.ts';
import { extractArticle } from '../extraction/extract-article.ts';
import { parseHtmlInert } from '../extraction/extract-article-from-html.ts';

export interface HtmlReading {
  article?: { title: string; paragraphs: string[]; siteName?: string; published?: string };
  links: HeadLink[];
}

export function readHtmlDocument(html: string, url: string): HtmlReading {
  const doc = parseHtmlInert(html); // handler attributes renamed first: no CSP report per handler
  const links: HeadLink[] = [...doc.querySelectorAll('link[rel][href]')].slice(0, 200).map((l) => ({
    rel: l.getAttribute('rel'),
    type: l.getAttribute('type'),
    href: l.getAttribute('href'),
    title: l.getAttribute('title'),
  }));
  const outcome = extractArticle(doc, url);
  if (!outcome.ok) return { links };
  const a = outcome.article;
  return {
    links,
    article: { title: a.title, paragraphs: a.paragraphs, ...(a.siteName ? { siteName: a.siteName } : {}), ...(a.published ? { published: a.published } : {}) },
  };
}
