// Turn a tab's highlights on or off, from the popup or the keyboard shortcut.
import { sameArticleUrl } from '../core/page/same-article-url.ts';
import { browser, sendToTab, type TabAnalysis } from '../shared/protocol.ts';
import { analyzeTab, tabSettled } from './analyze-tab.ts';
import { setBadge } from './set-badge.ts';
import { clearTabCache, readTabCache, writeTabCache } from './tab-cache.ts';
import { contentScriptAlive, currentUrl, injectContentScript, paintHighlights } from './tab-content-script.ts';

export async function setHighlights(tabId: number, on: boolean): Promise<{ on: boolean }> {
  await tabSettled(tabId);
  const cached = await readTabCache(tabId);
  if (!cached || cached.state === 'unsupported') return { on: false };
  const url = await currentUrl(tabId);
  if (url !== undefined && !sameArticleUrl(url, cached.url)) {
    // Another page now (a navigation the background was not told of): that result is not its own.
    await clearTabCache(tabId);
    await setBadge(tabId, undefined);
    return { on: false };
  }
  // After a reload the page has no content script: put it back before painting.
  if (on && !(await injectContentScript(tabId))) return { on: false };
  const next: TabAnalysis = { ...cached, highlights: on };
  await writeTabCache(tabId, next);
  await paintHighlights(tabId, next, on);
  await setBadge(tabId, next); // Chrome drops a tab's badge when the page reloads
  return { on };
}

/** The keyboard shortcut: analyse the page, or turn its highlights off and on; turned on, the first figure takes focus. */
export async function toggleHighlights(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const cached = await readTabCache(tab.id);
  let on: boolean;
  if (!cached || cached.state === 'unsupported' || (tab.url !== undefined && !sameArticleUrl(cached.url, tab.url))) {
    on = (await analyzeTab(tab.id)).state !== 'unsupported';
    await tabSettled(tab.id); // the figures are painted before they take focus
  } else {
    // What the page shows, not only the stored flag: after a reload the page has no highlights.
    const shown = cached.highlights && (await contentScriptAlive(tab.id));
    on = (await setHighlights(tab.id, !shown)).on;
  }
  // A keyboard reader pressed it: the figures come to the keyboard, not after every link of the page.
  if (on) await sendToTab(tab.id, 'focusFigures', null).catch(() => undefined);
}
