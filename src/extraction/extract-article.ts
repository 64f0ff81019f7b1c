// Reads the article of a document with Readability, on a clone so the page is never touched; pages
// Readability does not take (not readerable, too many elements, or it fails) give their main text.
// Bounded on huge pages: Readability and the clone only below READABILITY_MAX_ELEMS elements, and
// at most MAX_TEXT_CHARS of text. DOM only, no browser API: the command line runs it over linkedom too.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { decidePageKind } from './decide-page-kind.ts';
import { measurePageSignals } from './measure-page-signals.ts';
import { choosePageDate } from './choose-page-date.ts';

export interface ExtractedArticle {
  title: string;
  byline?: string;
  siteName?: string;
  published?: string;
  url?: string;
  /** The address the page gives for itself (canonical link, else og:url): recognises the same article under another address. */
  canonicalUrl?: string;
  lang?: string;
  text: string;
  paragraphs: string[];
  /** How the text was found: Readability, or the page's main text when it is not readerable. */
  method: 'readability' | 'fallback';
}

/** Why a page gives no article: none found, too little text, or a list of articles (search results, a section front, a home page). */
export type ExtractionFailure = 'no-article' | 'too-short' | 'listing';
export type ExtractionOutcome = { ok: true; article: ExtractedArticle } | { ok: false; reason: ExtractionFailure };

/** The plain reason an import or the command line gives for a page without an article. */
export function describeExtractionFailure(reason: ExtractionFailure): string {
  if (reason === 'listing') return 'the page lists many articles (search results, a section or home page), not one article';
  return reason === 'too-short' ? 'the page has too little text to be an article' : 'no article found in the page';
}

/**
 * The most article text kept. Longer text is cut at the end of the last paragraph that fits, or inside
 * it at a word boundary, after extraction: Readability itself is bounded by READABILITY_MAX_ELEMS.
 */
export const MAX_TEXT_CHARS = 400_000;
/** Pages with more elements than this skip Readability (and the clone it works on) for the main-text path. */
export const READABILITY_MAX_ELEMS = 20_000;
/**
 * Pages with more text than this skip Readability too: a few elements can hold megabytes (a 5 MB
 * page froze its tab 1.0-1.4 s while Readability cloned and scored it). The most page text among the
 * 57 real fixture pages is 131,395 characters (engadget); script and style text does not count.
 */
export const READABILITY_MAX_TEXT_CHARS = 1_500_000;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const MIN_ARTICLE_CHARS = 300;
const BLOCKS = 'p, li, blockquote, h2, h3, h4, pre, td, dd, figcaption';

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** The text blocks under `root`, in order; collecting stops once they hold more than `limit` chars. */
function paragraphsOf(root: ParentNode, limit = MAX_TEXT_CHARS): string[] {
  const out: string[] = [];
  let n = 0;
  const blocks = root.querySelectorAll(BLOCKS);
  for (let i = 0; i < blocks.length && n <= limit; i++) {
    const el = blocks[i]!;
    // Skip containers whose text is already counted through a nested block.
    if (el.querySelector(BLOCKS)) continue;
    const t = clean(el.textContent);
    if (!t) continue;
    out.push(t);
    n += t.length + 2;
  }
  return out;
}

/** `s` cut to at most `max` chars, at the last space that fits (hard, but never inside a surrogate pair, when there is none). */
function cutAtWord(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 0) return '';
  const space = s.lastIndexOf(' ', max);
  if (space > 0) return s.slice(0, space).trimEnd();
  const high = s.charCodeAt(max - 1);
  return s.slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/** Keeps paragraphs while their text (joined by blank lines) fits in `max` chars; the first that does not is cut inside. */
export function truncateParagraphs(paragraphs: string[], max = MAX_TEXT_CHARS): string[] {
  const kept: string[] = [];
  let n = 0; // length of kept.join('\n\n') plus the separator before the next paragraph
  for (const p of paragraphs) {
    const room = max - n;
    if (p.length <= room) {
      kept.push(p);
      n += p.length + 2;
      continue;
    }
    const cut = cutAtWord(p, room);
    if (cut) kept.push(cut);
    break;
  }
  return kept;
}

/**
 * Where pages state their publication date beside what Readability reads (JSON-LD, article:published_time,
 * parsely): schema.org microdata, Dublin Core and newsroom meta tags, then any <time datetime>.
 */
const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  '[itemprop="datePublished"]',
  'meta[name="article:publicationdate"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="date"]',
  'time[datetime]',
];

function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const v = clean(el?.getAttribute('content') ?? el?.getAttribute('datetime'));
    if (v) return v;
  }
  return undefined;
}

/** Whether the tree under `root` (itself included) holds more than `limit` elements; walks at most limit + 1. */
function hasMoreElementsThan(root: Element, limit: number): boolean {
  let n = 0;
  let el: Element | null = root;
  while (el) {
    if (++n > limit) return true;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el !== root && !el.nextElementSibling) el = el.parentElement!;
    if (el === root) return false;
    el = el.nextElementSibling;
  }
  return false;
}

/** Whether the page's text (outside scripts and styles) is longer than `limit`; reads at most limit + 1 characters' worth of nodes. */
function hasMoreTextThan(doc: Document, root: Node, limit: number): boolean {
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (NOT_TEXT.has(t.parentElement?.tagName.toUpperCase() ?? '')) continue;
    n += (t as Text).data.length;
    if (n > limit) return true;
  }
  return false;
}

interface ReadabilityPart {
  title: string;
  paragraphs: string[];
  byline?: string;
  siteName?: string;
  published?: string;
}

/** Readability on a clone of the page; null when the page is too large for it, or it gives up or throws. */
function readWithReadability(doc: Document): ReadabilityPart | null {
  // Counted before anything else: isProbablyReaderable, cloneNode and Readability all walk the page.
  if (!doc.documentElement || hasMoreElementsThan(doc.documentElement, READABILITY_MAX_ELEMS)) return null;
  if (hasMoreTextThan(doc, doc.documentElement, READABILITY_MAX_TEXT_CHARS)) return null;
  if (!isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) return null;
  try {
    const clone = doc.cloneNode(true) as Document;
    // The serializer hands back Readability's element itself: no HTML string is ever re-parsed.
    const parsed = new Readability<Element>(clone, { charThreshold: 300, maxElemsToParse: READABILITY_MAX_ELEMS, serializer: (el) => el as Element }).parse();
    if (!parsed?.content) return null;
    let paragraphs = paragraphsOf(parsed.content);
    if (paragraphs.length === 0 && parsed.textContent) paragraphs = parsed.textContent.split(/\n\s*\n/).map(clean).filter(Boolean);
    const part: ReadabilityPart = { title: clean(parsed.title), paragraphs };
    const byline = clean(parsed.byline);
    const siteName = clean(parsed.siteName);
    const published = clean(parsed.publishedTime);
    if (byline) part.byline = byline;
    if (siteName) part.siteName = siteName;
    if (published) part.published = published;
    return part;
  } catch {
    return null; // "Aborting parsing document", or a page Readability cannot handle: the main text will do
  }
}

/** An http(s) address, or undefined: a page's own links may say javascript: or data:. */
export function webAddress(s: string | null | undefined): string | undefined {
  if (!s) return undefined;
  try {
    const u = new URL(s.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The address a page gives for itself (canonical link, else og:url), when it is http(s). */
export function canonicalUrlOf(doc: Document): string | undefined {
  return (
    webAddress(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ??
    webAddress(doc.querySelector('meta[property="og:url"]')?.getAttribute('content'))
  );
}

export function extractArticle(doc: Document, url?: string): ExtractionOutcome {
  if (decidePageKind(measurePageSignals(doc)) === 'listing') return { ok: false, reason: 'listing' };
  const lang = clean(doc.documentElement?.getAttribute('lang')) || undefined;
  let method: ExtractedArticle['method'] = 'readability';
  const read = readWithReadability(doc);
  let paragraphs = read?.paragraphs ?? [];
  if (paragraphs.join(' ').length < MIN_ARTICLE_CHARS) {
    method = 'fallback';
    const main = doc.querySelector('main, article, [role="main"]') ?? doc.body;
    paragraphs = main ? paragraphsOf(main) : [];
  }
  paragraphs = truncateParagraphs(paragraphs);
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) return { ok: false, reason: paragraphs.length ? 'too-short' : 'no-article' };
  // Readability's metadata stands even when its text was too thin to use.
  const title = read?.title || clean(doc.querySelector('h1')?.textContent) || clean(doc.title);
  const published = choosePageDate([read?.published, ...PUBLISHED_SELECTORS.map((sel) => metaContent(doc, [sel]))], Date.now());
  const siteName = read?.siteName ?? metaContent(doc, ['meta[property="og:site_name"]']);
  const byline = read?.byline;
  const article: ExtractedArticle = { title, text, paragraphs, method };
  if (byline) article.byline = byline;
  if (siteName) article.siteName = siteName;
  if (published) article.published = published;
  if (url) article.url = url;
  const canonical = canonicalUrlOf(doc);
  if (canonical) article.canonicalUrl = canonical;
  if (lang) article.lang = lang;
  return { ok: true, article };
}
