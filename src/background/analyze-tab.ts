// Analyse a tab's article: reuse the cached result for the same address, else extract and analyse.
// Concurrent requests for one tab and address share one analysis, and an article whose text comes
// back unchanged is not analysed again against the same corpora. The answer goes out before the page
// is painted and badged (tabSettled waits for that).
import { classifyPageUrl } from '../core/page/classify-page-url.ts';
import { sameArticleUrl } from '../core/page/same-article-url.ts';
import type { ArticleInput, Corpus } from '../core/types.ts';
import { browser, sendToTab, type TabAnalysis } from '../shared/protocol.ts';
import { shownResult } from './build-highlight-request.ts';
import { analyzeWithCorpora, corpora } from './corpora.ts';
import { ensureBackgroundTerms } from './background-terms.ts';
import { setBadge } from './set-badge.ts';
import { currentUrl, injectContentScript, paintHighlights } from './tab-content-script.ts';
import { readTabCache, writeTabCache } from './tab-cache.ts';
import { measurePhase, timePhase as timed } from './time-phase.ts';

/** The analysis running for a tab, by address. */
const inFlight = new Map<number, { url: string; analysis: Promise<TabAnalysis> }>();
/** The last article analysed in each tab, with what it was analysed against, while this worker lives. */
const lastAnalysed = new Map<number, { url: string; text: string; corpora: string; analysis: TabAnalysis }>();
/** Which loaded corpora an analysis was made against, without holding on to them. */
const corpusIds = new WeakMap<Corpus, number>();
let nextCorpusId = 0;
function corporaKey(cs: Corpus[]): string {
  return cs
    .map((c) => {
      let id = corpusIds.get(c);
      if (id === undefined) corpusIds.set(c, (id = nextCorpusId++));
      return id;
    })
    .join(',');
}

export async function analyzeTab(tabId: number): Promise<TabAnalysis> {
  const tab = await browser.tabs.get(tabId);
  const kind = classifyPageUrl(tab.url);
  if (kind !== 'web') {
    const out: TabAnalysis = { state: 'unsupported', reason: kind === 'pdf' ? 'pdf' : 'browser-page', ...(tab.url ? { url: tab.url } : {}) };
    await setBadge(tabId, out);
    return out;
  }
  const url = tab.url!;
  const running = inFlight.get(tabId);
  if (running && sameArticleUrl(running.url, url)) return running.analysis;
  // Registered before anything is awaited, so a request arriving meanwhile joins this one.
  const entry = { url, analysis: cachedOrFresh(tabId, url) };
  inFlight.set(tabId, entry);
  try {
    return await entry.analysis;
  } finally {
    if (inFlight.get(tabId) === entry) inFlight.delete(tabId);
  }
}

async function cachedOrFresh(tabId: number, url: string): Promise<TabAnalysis> {
  const cached = await readTabCache(tabId);
  // The same article, whatever its #fragment: the content script keeps its highlights then too.
  if (cached && sameArticleUrl(cached.url, url)) {
    // Answer at once; re-inject (the page may have been reloaded without a URL change) and paint
    // after, so the popup does not wait for the page.
    afterAnswer(tabId, async () => {
      if (cached.state !== 'unsupported' && (await injectContentScript(tabId))) await paintHighlights(tabId, cached, cached.highlights);
      await setBadge(tabId, cached);
    });
    return cached;
  }
  return analyzeFresh(tabId, url);
}

async function analyzeFresh(tabId: number, url: string): Promise<TabAnalysis> {
  // The term list and the corpora load while the page is read: the worker is idle meanwhile.
  const loading = timed(
    'corpora',
    Promise.all([timed('terms', ensureBackgroundTerms()), corpora()]).then(([, cs]) => cs),
  );
  loading.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  if (!(await timed('inject', injectContentScript(tabId)))) {
    return { state: 'unsupported', reason: 'cannot-access', url };
  }
  const extraction = await timed('extract', sendToTab(tabId, 'extract', null));
  let analysis: TabAnalysis;
  if (!extraction.ok) {
    analysis = { state: 'unsupported', reason: extraction.reason, url };
  } else {
    const a = extraction.article;
    const against = await loading;
    const key = corporaKey(against);
    const last = lastAnalysed.get(tabId);
    if (last && sameArticleUrl(last.url, url) && last.text === a.text && last.corpora === key) {
      analysis = last.analysis;
    } else {
      const input: ArticleInput = { title: a.title, text: a.text, paragraphs: a.paragraphs, url: a.url ?? url };
      // The canonical address lets the article be recognised as a corpus entry it is a copy of.
      for (const k of ['byline', 'siteName', 'published', 'lang', 'canonicalUrl'] as const) if (a[k]) input[k] = a[k];
      const start = performance.now();
      const result = shownResult(await analyzeWithCorpora(input, against));
      measurePhase('core', start);
      analysis = { state: result.related.length ? 'ready' : 'empty', result, method: a.method, url, highlights: true };
      lastAnalysed.set(tabId, { url, text: a.text, corpora: key, analysis });
    }
  }
  // The tab may have moved to another page while it was analysed: the popup still gets its answer,
  // but the new page is neither painted nor given this page's badge and cache.
  if (!sameArticleUrl(await currentUrl(tabId), url)) return analysis;
  await writeTabCache(tabId, analysis);
  // The popup shows the answer while the page is painted (about 17 ms cold on the seeds).
  afterAnswer(tabId, async () => {
    await setBadge(tabId, analysis);
    if (analysis.state !== 'unsupported') await timed('paint', paintHighlights(tabId, analysis, true).then(() => undefined));
  });
  return analysis;
}

/** What is still being done to each tab after its answer went out (badge, painting), in order. */
const settling = new Map<number, Promise<void>>();

/** Runs after the tab's earlier after-answer work; failures only mean the page went away. */
function afterAnswer(tabId: number, work: () => Promise<void>): void {
  const done = (settling.get(tabId) ?? Promise.resolve()).then(work).catch(() => undefined);
  settling.set(tabId, done);
  void done.then(() => {
    if (settling.get(tabId) === done) settling.delete(tabId);
  });
}

/** Resolves once the tab's page shows its last answer: whatever paints or reads highlights next waits
 * for it, so an "off" is never overtaken by the "on" of the answer before it. */
export function tabSettled(tabId: number): Promise<void> {
  return settling.get(tabId) ?? Promise.resolve();
}

/** Forgets what this worker remembers of a closed tab. */
export function forgetTab(tabId: number): void {
  lastAnalysed.delete(tabId);
  settling.delete(tabId);
  inFlight.delete(tabId);
}
