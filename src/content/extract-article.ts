// Reads the article of a document with Readability, on a clone so the page is never touched.
// DOM only, no browser API: the command line runs it over linkedom documents too.
import { isProbablyReaderable, Readability } from '@mozilla/readability';

export interface ExtractedArticle {
  title: string;
  byline?: string;
  siteName?: string;
  published?: string;
  url?: string;
  lang?: string;
  text: string;
  paragraphs: string[];
  /** How the text was found: Readability, or the page's main text when it is not readerable. */
  method: 'readability' | 'fallback';
}

export type ExtractionOutcome = { ok: true; article: ExtractedArticle } | { ok: false; reason: 'no-article' | 'too-short' };

/** Pages larger than this are cut before Readability runs so a huge page cannot stall the tab. */
export const MAX_TEXT_CHARS = 400_000;
const MIN_ARTICLE_CHARS = 300;
const BLOCKS = 'p, li, blockquote, h2, h3, h4, pre, td, dd, figcaption';

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function paragraphsOf(root: ParentNode): string[] {
  const out: string[] = [];
  const blocks = root.querySelectorAll(BLOCKS);
  for (const el of Array.from(blocks)) {
    // Skip containers whose text is already counted through a nested block.
    if (el.querySelector(BLOCKS)) continue;
    const t = clean(el.textContent);
    if (t) out.push(t);
  }
  return out;
}

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const v = clean(doc.querySelector(sel)?.getAttribute('content') ?? doc.querySelector(sel)?.getAttribute('datetime'));
    if (v) return v;
  }
  return undefined;
}

export function extractArticle(doc: Document, url?: string): ExtractionOutcome {
  const lang = clean(doc.documentElement?.getAttribute('lang')) || undefined;
  const readerable = isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
  let title = '';
  let paragraphs: string[] = [];
  let method: ExtractedArticle['method'] = 'readability';
  let byline: string | undefined;
  let siteName: string | undefined;
  let published: string | undefined;
  if (readerable) {
    const clone = doc.cloneNode(true) as Document;
    // The serializer hands back Readability's element itself: no HTML string is ever re-parsed.
    const parsed = new Readability<Element>(clone, { charThreshold: 300, serializer: (el) => el as Element }).parse();
    if (parsed?.content) {
      const holder = parsed.content;
      paragraphs = paragraphsOf(holder);
      if (paragraphs.length === 0 && parsed.textContent) paragraphs = parsed.textContent.split(/\n\s*\n/).map(clean).filter(Boolean);
      title = clean(parsed.title);
      byline = clean(parsed.byline) || undefined;
      siteName = clean(parsed.siteName) || undefined;
      published = clean(parsed.publishedTime) || undefined;
    }
  }
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) {
    method = 'fallback';
    const main = doc.querySelector('main, article, [role="main"]') ?? doc.body;
    paragraphs = main ? paragraphsOf(main) : [];
  }
  let text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) return { ok: false, reason: paragraphs.length ? 'too-short' : 'no-article' };
  if (text.length > MAX_TEXT_CHARS) {
    const kept: string[] = [];
    let n = 0;
    for (const p of paragraphs) {
      if (n + p.length > MAX_TEXT_CHARS) break;
      kept.push(p);
      n += p.length + 2;
    }
    paragraphs = kept;
    text = paragraphs.join('\n\n');
  }
  title ||= clean(doc.querySelector('h1')?.textContent) || clean(doc.title);
  published ??= metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'time[datetime]']);
  siteName ??= metaContent(doc, ['meta[property="og:site_name"]']);
  const article: ExtractedArticle = { title, text, paragraphs, method };
  if (byline) article.byline = byline;
  if (siteName) article.siteName = siteName;
  if (published) article.published = published;
  if (url) article.url = url;
  if (lang) article.lang = lang;
  return { ok: true, article };
}
