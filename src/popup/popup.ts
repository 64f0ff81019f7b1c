// The toolbar popup: asks the background to analyse the tab, then shows diverging, updated,
// corroborated and omitted figures, the reports of the same story and those on the same topic.
// All page and corpus text goes in as text nodes, isolated for bidi (src/popup/report-item.ts).
import type { AnalysisResult, RelatedReport } from '../core/types.ts';
import { sameArticleUrl } from '../core/page/same-article-url.ts';
import { h } from '../shared/h.ts';
import { errorKind, plainError, withOneRetry } from '../shared/plain-error.ts';
import { cleanText } from '../shared/report-label.ts';
import { browser, sendToBackground, type TabAnalysis, type UnsupportedReason } from '../shared/protocol.ts';
import { figureSections } from './figure-sections.ts';
import { reportItem, type ReportActions } from './report-item.ts';
import { tabKey } from './tab-key.ts';

// ---- The answer first: asked for before anything is built ----------------------------------------

const t0 = performance.now();
const tabIdPromise = targetTabId();
let answer = askAnalysis();
const cached = tabIdPromise.then(cachedAnalysis, () => undefined);

async function targetTabId(): Promise<number> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl !== null && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('There is no active tab to read.');
  return tab.id;
}

/** The analysis; a worker stopped mid-answer is asked once more (it starts again on the next message). */
async function askAnalysis(): Promise<TabAnalysis> {
  const tabId = await tabIdPromise;
  const a = await withOneRetry(() => sendToBackground('analyzeTab', { tabId }));
  // Read by scripts/bench-extension.ts: the background's answer time as the popup sees it.
  performance.measure('parallax:analyze', { start: t0 });
  return a;
}

/** The tab's last analysis as the background stored it, when it is of the page the tab shows now. */
async function cachedAnalysis(tabId: number): Promise<TabAnalysis | undefined> {
  try {
    const [tab, got] = await Promise.all([browser.tabs.get(tabId), browser.storage.session.get(tabKey(tabId))]);
    const c = got[tabKey(tabId)] as TabAnalysis | undefined;
    if (!c || typeof c !== 'object' || typeof c.state !== 'string' || !sameArticleUrl(c.url, tab.url)) return undefined;
    return c;
  } catch {
    return undefined;
  }
}

// ---- States ----------------------------------------------------------------------------------------

type State = 'loading' | 'ready' | 'empty' | 'unsupported' | 'error';

const main = document.getElementById('main')!;
const footer = document.getElementById('footer')!;

function setState(state: State, content: Node[], foot: Node[] = []): void {
  // Read by benchmarks: when the reader first sees an answer (from the cache or the background).
  if (state !== 'loading' && !performance.getEntriesByName('parallax:shown').length) performance.measure('parallax:shown', { start: t0 });
  document.body.dataset.state = state;
  main.replaceChildren(...content);
  footer.replaceChildren(...foot);
}

const UNSUPPORTED: Record<UnsupportedReason | 'listing', string> = {
  'browser-page': 'Parallax works on news articles. This is a browser or store page, which extensions cannot read.',
  pdf: 'This is a PDF. Parallax reads news articles on web pages, not PDF documents.',
  'no-article': 'No article found on this page. Open a news story and try again.',
  'too-short': 'This page has too little text to be a news article. Open the full story and try again.',
  'cannot-access': 'The browser does not let Parallax read this page (it keeps some pages off-limits to extensions).',
  listing: 'This page lists many articles (a home page, section or search results); open one article to compare it.',
};

/** A plain message at the top of the popup, over what it shows (a failed action, not a failed analysis). */
function showNotice(text: string): void {
  let notice = main.querySelector<HTMLElement>('[data-testid="popup-notice"]');
  if (!notice) {
    notice = h('p', { class: 'notice', role: 'alert', 'data-testid': 'popup-notice' });
    main.prepend(notice);
  }
  notice.textContent = text;
}

/** What a failed action says: our own background's words, or plain ones instead of the browser's. */
function failed(action: string, e: unknown): string {
  if (errorKind(e) === 'other') return `${action}: ${e instanceof Error ? e.message : String(e)}`;
  const p = plainError(e);
  return `${action}. ${p.what} ${p.next}`;
}

function openPage(path: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(path) }).then(() => window.close());
}

const actions: ReportActions = {
  open(id, start, end) {
    sendToBackground('openReport', start !== undefined && end !== undefined ? { id, start, end } : { id }).then(
      () => window.close(),
      (e: unknown) => showNotice(failed('Could not open that report', e)),
    );
  },
  fetchFullText(id, button, note) {
    button.disabled = true;
    note.textContent = 'Fetching…';
    sendToBackground('fetchFullText', { id }).then(
      (r) => {
        if (r.summaryOnly) {
          note.textContent = 'The article page could not be read; only its summary is kept.';
          button.disabled = false;
        } else {
          note.textContent = 'Fetched. Comparing again…';
          reanalyse();
        }
      },
      (e: unknown) => {
        note.textContent = failed('Could not fetch the article', e);
        button.disabled = false;
      },
    );
  },
};

function highlightToggle(tabId: number, on: boolean): HTMLElement {
  const box = h('input', { type: 'checkbox', id: 'highlights', checked: on });
  box.addEventListener('change', () => {
    const wanted = box.checked;
    box.disabled = true;
    sendToBackground('setHighlights', { tabId, on: wanted })
      .then(
        (r) => {
          // The box shows what the page has: the background may have refused (the page changed).
          box.checked = r.on;
          if (wanted && !r.on) showNotice('The highlights could not be shown on this page. Reopen Parallax to analyse it again.');
        },
        (e: unknown) => {
          box.checked = !wanted;
          showNotice(failed('Could not change the highlights', e));
        },
      )
      .finally(() => (box.disabled = false));
  });
  return h('label', { class: 'toggle', for: 'highlights' }, box, 'Highlight figures on the page');
}

/** The way on from an empty popup: the bundled articles are a demo; real coverage comes from the reader's sources. */
function getCoverage(): HTMLElement {
  const follow = h('button', { type: 'button', class: 'button primary', 'data-testid': 'follow-sources' }, 'Follow news sources');
  follow.addEventListener('click', () => openPage('src/options/index.html#sources'));
  const imp = h('button', { type: 'button', class: 'button', 'data-testid': 'import-articles' }, 'Import articles');
  imp.addEventListener('click', () => openPage('src/options/index.html#import'));
  return h(
    'div',
    { class: 'get-coverage', 'data-testid': 'get-coverage' },
    h('p', {}, 'Parallax compares this page with the news sources you follow and the articles you import. The articles it comes with are a 5-article demo of one story (Putin’s visit to China, May 2024).'),
    h('div', { class: 'actions' }, follow, imp),
  );
}

function alsoOnTopic(reports: RelatedReport[]): HTMLElement | null {
  if (!reports.length) return null;
  return h(
    'details',
    { class: 'also-on-topic', 'data-testid': 'also-on-topic' },
    h('summary', { title: 'Reports on the same topic about another event: their figures are not compared with this page' }, 'Also on this topic', h('span', { class: 'count' }, reports.length)),
    h('ul', {}, ...reports.map((r) => reportItem(r, actions, 'also-on-topic-report'))),
  );
}

function reading(result: AnalysisResult, method: 'readability' | 'fallback'): Node[] {
  const parts: Node[] = [h('p', { class: 'reading' }, h('span', { class: 'label' }, 'Reading'), h('span', { class: 'headline', dir: 'auto' }, cleanText(result.article.title) || 'Untitled article'))];
  if (method === 'fallback') parts.push(h('p', { class: 'note' }, 'This page is not laid out as an article; Parallax read its main text instead.'));
  if (result.article.inCorpus) {
    parts.push(h('p', { class: 'note', 'data-testid': 'in-corpus' }, 'This article is itself one of the reports Parallax holds, so it is not listed as related to itself.'));
  }
  return parts;
}

function render(tabId: number, a: TabAnalysis): void {
  if (a.state === 'unsupported') {
    setState('unsupported', [h('p', { class: 'status', 'data-testid': 'unsupported-reason', 'data-reason': a.reason }, UNSUPPORTED[a.reason] ?? UNSUPPORTED['no-article'])]);
    return;
  }
  const { result } = a;
  const parts = reading(result, a.method);
  // A page Parallax already holds is not offered again: adding it would store a duplicate.
  const foot = result.article.inCorpus ? [] : [addToCorpusBar(tabId)];
  if (a.state === 'empty') {
    parts.push(h('p', { class: 'status empty-title' }, 'No other report of this story yet.'), getCoverage());
    const also = alsoOnTopic(result.alsoOnTopic ?? []);
    if (also) parts.push(also);
    setState('empty', parts, foot);
    return;
  }
  const reports = new Map(result.related.map((r) => [r.id, r]));
  parts.push(...figureSections(result.figures, reports, actions));
  parts.push(
    h('section', { class: 'related' }, h('h2', {}, 'Other reports of this story', h('span', { class: 'count' }, result.related.length)), h('ul', {}, ...result.related.map((r) => reportItem(r, actions, 'related-report')))),
  );
  const also = alsoOnTopic(result.alsoOnTopic ?? []);
  if (also) parts.push(also);
  if (result.figures.some((g) => g.status === 'diverging' || g.status === 'corroborated')) parts.push(highlightToggle(tabId, a.highlights));
  setState('ready', parts, foot);
}

function renderError(e: unknown): void {
  const { what, next } = plainError(e);
  const again = h('button', { type: 'button', class: 'button', 'data-testid': 'try-again' }, 'Try again');
  again.addEventListener('click', () => {
    setState('loading', [h('p', { class: 'status', role: 'status' }, 'Reading this page…')]);
    shown = undefined;
    reanalyse();
  });
  setState('error', [h('p', { class: 'status error-what', 'data-testid': 'error-what' }, what), h('p', { class: 'status error-next' }, next), again]);
}

/** "Add this page to my articles": stores the article of the tab with the reader's own articles. */
function addToCorpusBar(tabId: number): HTMLElement {
  const button = h('button', { type: 'button', class: 'add-to-corpus', 'data-testid': 'add-to-corpus' }, 'Add this page to my articles');
  const note = h('span', { class: 'add-note', role: 'status', 'data-testid': 'add-to-corpus-result' });
  button.addEventListener('click', () => {
    button.disabled = true;
    note.dataset.result = 'pending';
    note.textContent = 'Adding…';
    sendToBackground('addTabToCorpus', { tabId }).then(
      (r) => {
        note.dataset.result = 'added';
        note.textContent = `Added to your articles: ${cleanText(r.title)}`;
      },
      (e: unknown) => {
        note.dataset.result = 'failed';
        note.textContent = failed('Could not add this page', e);
        button.disabled = false;
      },
    );
  });
  return h('div', { class: 'corpus-bar' }, button, note);
}

// ---- Wiring ----------------------------------------------------------------------------------------

let shown: string | undefined;

/** Shows the cached result while the answer is on its way, then the answer (unless it is the same). */
async function run(): Promise<void> {
  let tabId: number;
  try {
    tabId = await tabIdPromise;
  } catch (e) {
    renderError(e);
    return;
  }
  const mine = answer;
  void cached.then((c) => {
    if (c && shown === undefined && mine === answer) {
      shown = JSON.stringify(c);
      render(tabId, c);
    }
  });
  try {
    const a = await mine;
    if (mine !== answer) return;
    const json = JSON.stringify(a);
    if (json !== shown) render(tabId, a);
    shown = json;
  } catch (e) {
    if (mine === answer) renderError(e);
  }
}

function reanalyse(): void {
  answer = askAnalysis();
  void run();
}

// A real link (to the settings page) that the browser opens in its own way: one options tab, reused.
document.getElementById('options')!.addEventListener('click', (e) => {
  e.preventDefault();
  void browser.runtime.openOptionsPage();
});
void run();
