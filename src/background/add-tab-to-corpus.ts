// "Add this page to my articles": extract the tab's article and store it with the user's articles.
import { classifyPageUrl } from '../core/page/classify-page-url.ts';
import { browser, MAX_TITLE_CHARS, sendToTab } from '../shared/protocol.ts';
import { setBadge } from './set-badge.ts';
import { isWebAddress, NOT_A_WEB_PAGE, tabArticle } from './tab-article.ts';
import { clearTabCache } from './tab-cache.ts';
import { injectContentScript } from './tab-content-script.ts';
import { importUserArticles } from './user-corpus.ts';

export async function addTabToCorpus(tabId: number): Promise<{ id: string; title: string }> {
  const tab = await browser.tabs.get(tabId);
  // The store keeps web addresses only: a file: page is refused before it is read.
  if (!isWebAddress(tab.url)) throw new Error(NOT_A_WEB_PAGE);
  if (classifyPageUrl(tab.url) !== 'web' || !(await injectContentScript(tabId))) throw new Error('Parallax cannot read this page.');
  const extraction = await sendToTab(tabId, 'extract', null);
  if (!extraction.ok) throw new Error('No article found on this page.');
  const out = tabArticle(extraction.article, tab);
  if ('reason' in out) throw new Error(out.reason);
  await importUserArticles(out.article.url!.slice(0, MAX_TITLE_CHARS), [out.article]);
  // The next analysis sees the new article (the store's change drops every tab's result too).
  await clearTabCache(tabId);
  await setBadge(tabId, undefined);
  return { id: out.id, title: out.article.title };
}
