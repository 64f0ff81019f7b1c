// Thin: decode a message, call the core, reply. Per-tab results are cached; the badge counts
// related reports.
import { analyze } from '../core/analyze.ts';
import { classifyPageUrl } from '../core/classify-page-url.ts';
import { sameArticleUrl } from '../core/same-article-url.ts';
import type { ArticleInput, Corpus } from '../core/types.ts';
import { browser, MAX_TITLE_CHARS, sendToTab, serveBackground, type BackgroundApi, type TabAnalysis } from '../shared/protocol.ts';
import { buildHighlightRequest, shownResult } from './build-highlight-request.ts';
import { loadBundledCorpus } from './bundled-corpus.ts';
import { isWebAddress, NOT_A_WEB_PAGE, tabArticle } from './tab-article.ts';
import { clearTabCache, clearTabCacheUnless, readTabCache, writeTabCache } from './tab-cache.ts';
import { exportUserCorpus, importUserArticles, listUserArticles, loadUserCorpus, removeUserArticles } from './user-corpus.ts';

const CONTENT_SCRIPT = 'src/content/index.js';

async function corpora(): Promise<Corpus[]> {
  const [bundled, user] = await Promise.all([loadBundledCorpus(), loadUserCorpus()]);
  return user && user.articles.length ? [bundled, user] : [bundled];
}

async function setBadge(tabId: number, analysis: TabAnalysis | undefined): Promise<void> {
  const n = analysis && analysis.state !== 'unsupported' ? analysis.result.related.length : 0;
  try {
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d3557' });
    await browser.action.setBadgeText({ tabId, text: n ? String(n) : '' });
  } catch {
    // The tab was closed meanwhile.
  }
}

async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    // Idempotent: a second injection finds the first instance serving and does nothing.
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return true;
  } catch {
    return false; // restricted page, PDF viewer, or no permission for this tab
  }
}

/** The content script is in the page (it is gone after a reload or a navigation). */
async function contentScriptAlive(tabId: number): Promise<boolean> {
  try {
    return (await sendToTab(tabId, 'ping', null)) === 'pong';
  } catch {
    return false;
  }
}

/** The tab's address now, or undefined when the tab is gone or its address is hidden. */
async function currentUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

async function paintHighlights(tabId: number, analysis: TabAnalysis, on: boolean): Promise<boolean> {
  if (analysis.state === 'unsupported') return false;
  try {
    await sendToTab(tabId, 'highlight', buildHighlightRequest(analysis.result, on));
    return true;
  } catch {
    return false; // The page went away or navigated; the analysis itself still stands.
  }
}

async function analyzeTab(tabId: number): Promise<TabAnalysis> {
  const tab = await browser.tabs.get(tabId);
  const kind = classifyPageUrl(tab.url);
  if (kind !== 'web') {
    const out: TabAnalysis = { state: 'unsupported', reason: kind === 'pdf' ? 'pdf' : 'browser-page', ...(tab.url ? { url: tab.url } : {}) };
    await setBadge(tabId, out);
    return out;
  }
  const url = tab.url!;
  const cached = await readTabCache(tabId);
  // The same article, whatever its #fragment: the content script keeps its highlights then too.
  if (cached && sameArticleUrl(cached.url, url)) {
    // Re-inject in case the page was reloaded by the user without a URL change.
    if (cached.state !== 'unsupported' && (await injectContentScript(tabId))) await paintHighlights(tabId, cached, cached.highlights);
    await setBadge(tabId, cached);
    return cached;
  }
  if (!(await injectContentScript(tabId))) {
    return { state: 'unsupported', reason: 'cannot-access', url };
  }
  const extraction = await sendToTab(tabId, 'extract', null);
  let analysis: TabAnalysis;
  if (!extraction.ok) {
    analysis = { state: 'unsupported', reason: extraction.reason, url };
  } else {
    const a = extraction.article;
    const input: ArticleInput = { title: a.title, text: a.text, paragraphs: a.paragraphs, url: a.url ?? url };
    for (const k of ['byline', 'siteName', 'published', 'lang'] as const) if (a[k]) input[k] = a[k];
    const result = shownResult(analyze(input, await corpora()));
    analysis = { state: result.related.length ? 'ready' : 'empty', result, method: a.method, url, highlights: true };
  }
  // The tab may have moved to another page while it was analysed: the popup still gets its answer,
  // but the new page is neither painted nor given this page's badge and cache.
  if (!sameArticleUrl(await currentUrl(tabId), url)) return analysis;
  await writeTabCache(tabId, analysis);
  await setBadge(tabId, analysis);
  if (analysis.state !== 'unsupported') await paintHighlights(tabId, analysis, true);
  return analysis;
}

async function setHighlights(tabId: number, on: boolean): Promise<{ on: boolean }> {
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

async function addTabToCorpus(tabId: number): Promise<{ id: string; title: string }> {
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

const handlers: { [K in keyof BackgroundApi]: Parameters<typeof serveBackground>[0][K] } = {
  analyzeTab: ({ tabId }) => analyzeTab(tabId),
  async getReport({ id }) {
    for (const c of await corpora()) {
      const a = c.articles.find((x) => x.id === id);
      if (a) {
        const { sentences: _s, ...view } = a;
        return view;
      }
    }
    throw new Error(`no report "${id}" in the corpus`);
  },
  setHighlights: ({ tabId, on }) => setHighlights(tabId, on),
  async openReport({ id, start, end }) {
    const params = new URLSearchParams({ id });
    if (start !== undefined && end !== undefined) {
      params.set('start', String(start));
      params.set('end', String(end));
    }
    await browser.tabs.create({ url: browser.runtime.getURL(`src/reader/index.html?${params}`) });
    return null;
  },
  importArticles: ({ fileName, articles }) => importUserArticles(fileName, articles),
  listUserArticles: () => listUserArticles(),
  removeUserArticles: ({ ids }) => removeUserArticles(ids),
  exportUserCorpus: () => exportUserCorpus(),
  addTabToCorpus: ({ tabId }) => addTabToCorpus(tabId),
  async pageNavigated({ url }, sender) {
    const tabId = sender.tab?.id;
    // Only when the cached result is of another page: a late report of a move the popup has
    // already analysed must not wipe that fresh analysis.
    if (tabId !== undefined && (await clearTabCacheUnless(tabId, (cached) => sameArticleUrl(cached.url, url)))) await setBadge(tabId, undefined);
    return null;
  },
};

serveBackground(handlers);

browser.tabs.onRemoved.addListener((tabId) => void clearTabCache(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new address may be a new article: drop a result made for another one. A #fragment change is
  // not (and Firefox tells the URL only with the tabs permission: pageNavigated and the check in
  // analyzeTab cover it there).
  const url = change.url;
  if (!url) return;
  void clearTabCacheUnless(tabId, (cached) => sameArticleUrl(cached.url, url))
    .then((cleared) => (cleared ? setBadge(tabId, undefined) : undefined))
    .catch(() => undefined);
});

async function toggleHighlights(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const cached = await readTabCache(tab.id);
  if (!cached || cached.state === 'unsupported' || (tab.url !== undefined && !sameArticleUrl(cached.url, tab.url))) {
    await analyzeTab(tab.id);
    return;
  }
  // What the page shows, not only the stored flag: after a reload the page has no highlights.
  const shown = cached.highlights && (await contentScriptAlive(tab.id));
  await setHighlights(tab.id, !shown);
}

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-highlights') return;
  try {
    await toggleHighlights();
  } catch {
    // A tab closed or a page the extension may not read: the shortcut does nothing there.
  }
});
