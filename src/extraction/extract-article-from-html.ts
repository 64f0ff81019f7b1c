// Reads the article of an HTML string that is not the live page (an imported file, a fetched report)
// in an inert document: DOMParser's documents (and linkedom's) run no script, compile no inline
// handler and load nothing (no image, stylesheet or frame), so hostile HTML stays text. Readability
// then works on that document (it clones it first), never on a live one.
import { canonicalUrlOf, extractArticle, webAddress, type ExtractionOutcome } from './extract-article.ts';
import { neutralizeInlineHandlers } from './neutralize-inline-handlers.ts';

export { canonicalUrlOf, webAddress };

/** Parses HTML into a document that executes nothing and loads nothing. */
export type ParseHtml = (html: string) => Document;

/**
 * DOMParser where the environment has one (extension pages, offscreen documents, jsdom), after the
 * handler attributes are renamed: Chromium logs a CSP violation for each one DOMParser meets.
 */
export function parseHtmlInert(html: string): Document {
  if (typeof DOMParser === 'undefined') throw new Error('no DOMParser here: pass an inert parser (linkedom in Node)');
  return new DOMParser().parseFromString(neutralizeInlineHandlers(html), 'text/html');
}

/**
 * The extraction outcome of `html`, read in an inert document. `url` is where the HTML came from (a
 * fetched page); without it the page's own canonical address, when it gives one, is the article's.
 */
export function extractArticleFromHtml(html: string, url: string | undefined, parseHtml: ParseHtml = parseHtmlInert): ExtractionOutcome {
  const doc = parseHtml(html);
  return extractArticle(doc, webAddress(url) ?? canonicalUrlOf(doc));
}
