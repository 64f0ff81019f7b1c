// Analyse a tab's article: reuse the cached result for the same address, else extract and analyse.
import { analyze } from '../core/analyze.ts';
import { classifyPageUrl } from '../core/page/classify-page-url.ts';
import { sameArticleUrl } from '../core/page/same-article-url.ts';
import type { ArticleInput } from '../core/types.ts';
import { browser, sendToTab, type TabAnalysis } from '../shared/protocol.ts';
import { shownResult } from './build-highlight-request.ts';
import { corpora } from './corpora.ts';
import { setBadge } from './set-badge.ts';
import { currentUrl, injectContentScript, paintHighlights } from './tab-content-script.ts';
import { readTabCache, writeTabCache } from './tab-cache.ts';

export async function analyzeTab(tabId: number): Promise<TabAnalysis> {
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
