// Thin: decode a message, call the core, reply. Per-tab results are cached; the badge counts
// related reports.
import { analyze } from '../core/analyze.ts';
import { classifyPageUrl } from '../core/classify-page-url.ts';
import type { ArticleInput, Corpus } from '../core/types.ts';
import { browser, sendToTab, serveBackground, type BackgroundApi, type HighlightRequest, type TabAnalysis } from '../shared/protocol.ts';
import { loadBundledCorpus } from './bundled-corpus.ts';
import { clearTabCache, readTabCache, writeTabCache } from './tab-cache.ts';
import { exportUserCorpus, importUserArticles, listUserArticles, loadUserCorpus, removeUserArticles } from './user-corpus.ts';

const CONTENT_SCRIPT = 'src/content/index.js';

async function corpora(): Promise<Corpus[]> {
  const [bundled, user] = await Promise.all([loadBundledCorpus(), loadUserCorpus()]);
  return user && user.articles.length ? [bundled, user] : [bundled];
}

async function setBadge(tabId: number, analysis: TabAnalysis | undefined): Promise<void> {
  const n = analysis && analysis.state !== 'unsupported' ? analysis.result.related.length : 0;
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d3557' });
  await browser.action.setBadgeText({ tabId, text: n ? String(n) : '' });
}

async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return true;
  } catch {
    return false; // restricted page, PDF viewer, or no permission for this tab
  }
}

function highlightRequest(analysis: TabAnalysis, on: boolean, all: Corpus[]): HighlightRequest {
  const reports: HighlightRequest['reports'] = {};
  if (analysis.state === 'unsupported') return { on: false, groups: [], reports };
  for (const c of all) {
    for (const a of c.articles) {
      if (analysis.result.related.some((r) => r.id === a.id)) reports[a.id] = { title: a.title, ...(a.source ? { source: a.source } : {}) };
    }
  }
  return { on, groups: analysis.result.figures, reports };
}

async function paintHighlights(tabId: number, analysis: TabAnalysis, on: boolean): Promise<void> {
  if (analysis.state === 'unsupported') return;
  try {
    await sendToTab(tabId, 'highlight', highlightRequest(analysis, on, await corpora()));
  } catch {
    // The page went away or navigated; the analysis itself still stands.
  }
}

async function analyzeTab(tabId: number, force = false): Promise<TabAnalysis> {
  const tab = await browser.tabs.get(tabId);
  const kind = classifyPageUrl(tab.url);
  if (kind !== 'web') {
    const out: TabAnalysis = { state: 'unsupported', reason: kind === 'pdf' ? 'pdf' : 'browser-page', ...(tab.url ? { url: tab.url } : {}) };
    await setBadge(tabId, out);
    return out;
  }
  const cached = force ? undefined : await readTabCache(tabId);
  if (cached && cached.url === tab.url) {
    // Re-inject in case the page was reloaded by the user without a URL change.
    if (cached.state !== 'unsupported' && (await injectContentScript(tabId))) await paintHighlights(tabId, cached, cached.highlights);
    return cached;
  }
  if (!(await injectContentScript(tabId))) {
    return { state: 'unsupported', reason: 'cannot-access', url: tab.url! };
  }
  const extraction = await sendToTab(tabId, 'extract', null);
  let analysis: TabAnalysis;
  if (!extraction.ok) {
    analysis = { state: 'unsupported', reason: extraction.reason, url: tab.url! };
  } else {
    const a = extraction.article;
    const input: ArticleInput = { title: a.title, text: a.text, paragraphs: a.paragraphs, url: a.url ?? tab.url! };
    for (const k of ['byline', 'siteName', 'published', 'lang'] as const) if (a[k]) input[k] = a[k];
    const result = analyze(input, await corpora());
    analysis = { state: result.related.length ? 'ready' : 'empty', result, method: a.method, url: tab.url!, highlights: true };
  }
  await writeTabCache(tabId, analysis);
  await setBadge(tabId, analysis);
  if (analysis.state !== 'unsupported') await paintHighlights(tabId, analysis, true);
  return analysis;
}

const handlers: { [K in keyof BackgroundApi]: Parameters<typeof serveBackground>[0][K] } = {
  analyzeTab: ({ tabId, force }) => analyzeTab(tabId, force),
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
  async setHighlights({ tabId, on }) {
    const cached = await readTabCache(tabId);
    if (!cached || cached.state === 'unsupported') return { on: false };
    const next: TabAnalysis = { ...cached, highlights: on };
    await writeTabCache(tabId, next);
    await paintHighlights(tabId, next, on);
    return { on };
  },
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
  async addTabToCorpus({ tabId }) {
    const tab = await browser.tabs.get(tabId);
    if (classifyPageUrl(tab.url) !== 'web' || !(await injectContentScript(tabId))) throw new Error('Parallax cannot read this page.');
    const extraction = await sendToTab(tabId, 'extract', null);
    if (!extraction.ok) throw new Error('No article found on this page.');
    const a = extraction.article;
    const article = { title: a.title || tab.title || 'Untitled article', text: a.text, url: a.url ?? tab.url!, ...(a.siteName ? { source: a.siteName } : {}), ...(a.published ? { published: a.published } : {}) };
    await importUserArticles(article.url, [article]);
    const listing = await listUserArticles();
    const added = listing.articles.find((x) => x.url === article.url);
    await clearTabCache(tabId); // the next analysis sees the new article
    return { id: added?.id ?? '', title: article.title };
  },
  async pageNavigated(_p, sender) {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      await clearTabCache(tabId);
      await setBadge(tabId, undefined);
    }
    return null;
  },
};

serveBackground(handlers);

browser.tabs.onRemoved.addListener((tabId) => void clearTabCache(tabId));
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new URL means a new article: drop the old result and badge.
  if (change.url) void clearTabCache(tabId).then(() => setBadge(tabId, undefined));
});

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-highlights') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const cached = await readTabCache(tab.id);
  if (!cached || cached.state === 'unsupported') {
    await analyzeTab(tab.id);
    return;
  }
  await handlers.setHighlights({ tabId: tab.id, on: !cached.highlights }, {} as never);
});
