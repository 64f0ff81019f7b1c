// The article of a tab as "Add this page to my articles" stores it. Pure (no browser API): the
// background reads the tab and extracts the article, this decides what is stored and under which id,
// with the same checks and id function the store applies, so the answer names what was stored.
import { checkImportArticle, MAX_FIELD_CHARS, MAX_TITLE_CHARS, type ImportArticle } from '../core/corpus/parse-import-file.ts';
import { MAX_ARTICLE_CHARS, MAX_IMPORT_ARTICLES } from '../shared/message-validators.ts';
import { userArticleId } from '../shared/user-article-id.ts';

export const NOT_A_WEB_PAGE = 'Only web pages (http/https) can be added to your articles.';

/** An http(s) address (the store refuses others, e.g. file: pages). */
export function isWebAddress(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const p = new URL(url).protocol;
    return p === 'http:' || p === 'https:';
  } catch {
    return false;
  }
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export interface ExtractedForCorpus {
  title: string;
  text: string;
  url?: string;
  siteName?: string;
  published?: string;
}

/**
 * The article to store for a tab, with its id, or the plain reason it cannot be stored. Titles and
 * outlets too long for the store are shortened rather than refused.
 */
export function tabArticle(extracted: ExtractedForCorpus, tab: { url?: string; title?: string }): { article: ImportArticle; id: string } | { reason: string } {
  if (!isWebAddress(tab.url)) return { reason: NOT_A_WEB_PAGE };
  const title = (extracted.title || tab.title || '').replace(/\s+/g, ' ').trim() || 'Untitled article';
  const source = extracted.siteName?.replace(/\s+/g, ' ').trim();
  const raw: ImportArticle = {
    title: clip(title, MAX_TITLE_CHARS),
    text: extracted.text,
    url: isWebAddress(extracted.url) ? extracted.url : tab.url,
    ...(source ? { source: clip(source, MAX_FIELD_CHARS) } : {}),
    ...(extracted.published && extracted.published.length <= MAX_FIELD_CHARS ? { published: extracted.published } : {}),
  };
  const checked = checkImportArticle(raw, { maxArticles: MAX_IMPORT_ARTICLES, maxArticleChars: MAX_ARTICLE_CHARS });
  if ('reason' in checked) return { reason: `This page cannot be stored: ${checked.reason}.` };
  return { article: checked.article, id: userArticleId(checked.article) };
}
