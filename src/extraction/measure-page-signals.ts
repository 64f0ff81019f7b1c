// Measures what decidePageKind needs from a document: its own metadata (JSON-LD, og:type,
// article:published_time), its headline links, and its
// longest run of prose blocks. Bounded: it stops reading blocks once a run long enough for an article
// is found, and reads at most MAX_BLOCKS blocks or MAX_LINKS links.
import { MIN_ARTICLE_RUN, MIN_LISTING_LINKS, type PageSignals } from './decide-page-kind.ts';

const BLOCKS = 'p, li, blockquote, h2, h3, h4, pre, td, dd, figcaption';
const MAX_BLOCKS = 5_000;
const MAX_LINKS = 5_000;
const PROSE_CHARS = 80;
const ARTICLE_LD = /"@type"\s*:\s*\[?\s*"(?:News|Blog|Reportage|Analysis|Opinion|Report|Scholarly|Tech|Satirical)?(?:Article|Posting)"/;
const LISTING_LD = /"@type"\s*:\s*\[?\s*"(?:SearchResultsPage|CollectionPage)"/;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** What the page says it is, from its JSON-LD, Open Graph and article meta tags. */
function declaredTypes(doc: Document): { article: boolean; listing: boolean } {
  // Tag-name collections, not attribute selectors: those are slow on large pages in some DOMs (jsdom).
  let article = false;
  let listing = false;
  const scripts = doc.getElementsByTagName('script');
  for (let i = 0; i < scripts.length; i++) {
    const s = scripts[i]!;
    if (s.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const text = s.textContent ?? '';
    article ||= ARTICLE_LD.test(text);
    listing ||= LISTING_LD.test(text);
  }
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && !article; i++) {
    const property = metas[i]!.getAttribute('property')?.trim().toLowerCase();
    if (property === 'article:published_time') article = true;
    else if (property === 'og:type') article = metas[i]!.getAttribute('content')?.trim().toLowerCase() === 'article';
  }
  return { article, listing };
}

function countHeadlineLinks(root: Element): number {
  const links = root.getElementsByTagName('a');
  let n = 0;
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) if (links[i]!.hasAttribute('href') && clean(links[i]!.textContent).split(' ').length >= 5) n++;
  return n;
}

/** Characters of `el`'s text that are link text (all of it inside a link). */
function linkChars(el: Element, text: string): number {
  if (el.closest('a')) return text.length;
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += clean(a.textContent).length;
  return n;
}

function longestProseRun(root: ParentNode): number {
  const blocks = root.querySelectorAll(BLOCKS);
  let run = 0;
  let best = 0;
  for (let i = 0; i < blocks.length && i < MAX_BLOCKS && best < MIN_ARTICLE_RUN; i++) {
    const el = blocks[i]!;
    if (el.querySelector(BLOCKS)) continue; // counted through its nested blocks
    const text = clean(el.textContent);
    if (!text) continue;
    if (linkChars(el, text) > text.length / 2) run = 0;
    else if (text.length >= PROSE_CHARS) best = Math.max(best, ++run);
  }
  return best;
}

export function measurePageSignals(doc: Document): PageSignals {
  const declared = declaredTypes(doc);
  const articleType = declared.article;
  const root = doc.body ?? doc.documentElement;
  const headlineLinks = root ? countHeadlineLinks(root) : 0;
  // The run only matters on a page with enough headline links to be a listing; elsewhere it is not
  // measured and given as MIN_ARTICLE_RUN, which decides nothing.
  const run = root && !articleType && headlineLinks >= MIN_LISTING_LINKS ? longestProseRun(root) : MIN_ARTICLE_RUN;
  return { articleType, listingType: declared.listing, headlineLinks, longestProseRun: run };
}
