// Thin: decode a message, call the handler that owns it, reply. Each handler lives in a file of its own.
import { sameArticleUrl } from '../core/page/same-article-url.ts';
import { browser, serveBackground, type BackgroundApi } from '../shared/protocol.ts';
import { addTabToCorpus } from './add-tab-to-corpus.ts';
import { analyzeTab, forgetTab } from './analyze-tab.ts';
import { ensureBackgroundTerms } from './background-terms.ts';
import { findReport } from './corpora.ts';
import { fetchFullText } from './fetch-full-text.ts';
import { openReport } from './open-report.ts';
import './open-welcome.ts';
import { setBadge } from './set-badge.ts';
import { addSource, exportSourcesOpml, listSources, refreshSources, removeSource, setSourcePaused, setSourceSettings, sourcePermissionsChanged, startFollowedSources } from './sources/followed-sources.ts';
import { setHighlights, toggleHighlights } from './set-highlights.ts';
import { clearTabCache, clearTabCacheUnless } from './tab-cache.ts';
import { exportUserCorpus, importUserArticles, listUserArticles, removeUserArticles } from './user-corpus.ts';

const handlers: { [K in keyof BackgroundApi]: Parameters<typeof serveBackground>[0][K] } = {
  analyzeTab: ({ tabId }) => analyzeTab(tabId),
  getReport: ({ id }) => findReport(id),
  setHighlights: ({ tabId, on }) => setHighlights(tabId, on),
  openReport: ({ id, start, end }, sender) => openReport(id, start, end, sender),
  importArticles: ({ fileName, articles }) => importUserArticles(fileName, articles),
  listUserArticles: () => listUserArticles(),
  removeUserArticles: ({ ids }) => removeUserArticles(ids),
  exportUserCorpus: () => exportUserCorpus(),
  addTabToCorpus: ({ tabId }) => addTabToCorpus(tabId),
  fetchFullText: ({ id }) => fetchFullText(id),
  listSources: () => listSources(),
  addSource: ({ url }) => addSource(url),
  removeSource: ({ id }) => removeSource(id),
  setSourcePaused: ({ id, paused }) => setSourcePaused(id, paused),
  refreshSources: () => refreshSources(),
  setSourceSettings: (s) => setSourceSettings(s),
  exportSourcesOpml: () => exportSourcesOpml(),
  sourcePermissionsChanged: () => sourcePermissionsChanged(),
  async pageNavigated({ url }, sender) {
    const tabId = sender.tab?.id;
    // Only when the cached result is of another page: a late report of a move the popup has
    // already analysed must not wipe that fresh analysis.
    if (tabId !== undefined && (await clearTabCacheUnless(tabId, (cached) => sameArticleUrl(cached.url, url)))) await setBadge(tabId, undefined);
    return null;
  },
};

/**
 * Every request but analyzeTab may reach the core, which needs the term list first (analyzeTab fetches it
 * while the page is read, and not at all when it answers from the cache).
 */
function afterTerms(hs: typeof handlers): typeof handlers {
  const out: Record<string, unknown> = {};
  for (const [type, handle] of Object.entries(hs) as Array<[string, (...args: unknown[]) => unknown]>) {
    out[type] = type === 'analyzeTab' ? handle : async (...args: unknown[]) => (await ensureBackgroundTerms(), handle(...args));
  }
  return out as typeof handlers;
}

serveBackground(afterTerms(handlers));
startFollowedSources();

browser.tabs.onRemoved.addListener((tabId) => {
  forgetTab(tabId);
  void clearTabCache(tabId);
});
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

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-highlights') return;
  try {
    await toggleHighlights();
  } catch {
    // A tab closed or a page the extension may not read: the shortcut does nothing there.
  }
});
