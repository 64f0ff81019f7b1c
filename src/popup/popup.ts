// The toolbar popup: asks the background to analyse the tab, then shows diverging, corroborated and
// omitted figures and the related reports. All page and corpus text goes in as text nodes.
import type { FigureGroup, FigureMention, RelatedReport } from '../core/types.ts';
import { displayMeasure } from '../shared/display-measure.ts';
import { h } from '../shared/h.ts';
import { outletLine, reportLabel } from '../shared/format.ts';
import { browser, sendToBackground, type TabAnalysis, type UnsupportedReason } from '../shared/protocol.ts';

type State = 'loading' | 'ready' | 'empty' | 'unsupported' | 'error';

const main = document.getElementById('main')!;

function setState(state: State, ...content: Node[]): void {
  document.body.dataset.state = state;
  main.replaceChildren(...content);
}

const UNSUPPORTED: Record<UnsupportedReason, string> = {
  'browser-page': 'Parallax works on news articles. This is a browser or store page, which extensions cannot read.',
  pdf: 'This is a PDF. Parallax reads news articles on web pages, not PDF documents.',
  'no-article': 'No article found on this page. Open a news story and try again.',
  'too-short': 'This page has too little text to be a news article.',
  listing: 'This page lists many articles (a home page, section or search results); open one article to compare it.',
  'cannot-access': 'Parallax is not allowed to read this page (the browser keeps some pages off-limits to extensions).',
};

async function targetTabId(): Promise<number> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl !== null && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('There is no active tab to read.');
  return tab.id;
}

function reportsById(related: RelatedReport[]): Map<string, RelatedReport> {
  return new Map(related.map((r) => [r.id, r]));
}

/** A plain message at the top of the popup, over what it shows (a failed action, not a failed analysis). */
function showNotice(text: string): void {
  let notice = main.querySelector<HTMLElement>('[data-testid="popup-notice"]');
  if (!notice) {
    notice = h('p', { class: 'notice', role: 'alert', 'data-testid': 'popup-notice' });
    main.prepend(notice);
  }
  notice.textContent = text;
}

function openReport(id: string, start?: number, end?: number): void {
  sendToBackground('openReport', start !== undefined && end !== undefined ? { id, start, end } : { id }).then(
    () => window.close(),
    (e: unknown) => showNotice(`Could not open that report: ${e instanceof Error ? e.message : String(e)}`),
  );
}

function mentionItem(m: FigureMention, reports: Map<string, RelatedReport>): HTMLElement {
  if (m.reportId === null) {
    return h('li', { class: 'mention mine' }, h('span', { class: 'value' }, m.text), h('span', { class: 'who' }, 'this page'));
  }
  const r = reports.get(m.reportId);
  const who = r ? reportLabel(r) : m.reportId;
  const link = h('button', { type: 'button', class: 'value link', title: `Open ${r?.title ?? who} at this sentence` }, m.text);
  const id = m.reportId;
  link.addEventListener('click', () => openReport(id, m.start, m.end));
  return h('li', { class: 'mention' }, link, h('span', { class: 'who', title: r?.title ?? '' }, who));
}

/** The measure's name, or (when the aligner had only a unit word) the words around the figure, quoted. */
function measureLabel(g: FigureGroup): HTMLElement {
  const label = displayMeasure(g);
  return h('span', { class: label === g.measure ? 'label' : 'label context' }, label);
}

function figureGroup(g: FigureGroup, reports: Map<string, RelatedReport>): HTMLElement {
  const gap = g.status === 'diverging' && g.gapPercent !== undefined ? h('span', { class: 'gap' }, `${g.gapPercent.toFixed(1)}% apart`) : null;
  return h(
    'li',
    { class: `figure ${g.status}`, 'data-testid': 'figure', 'data-status': g.status },
    h('div', { class: 'measure' }, measureLabel(g), gap),
    h('ul', { class: 'mentions' }, ...g.mentions.map((m) => mentionItem(m, reports))),
  );
}

const SECTIONS: Array<{ status: FigureGroup['status']; title: string; hint: string }> = [
  { status: 'diverging', title: 'Diverging figures', hint: 'Same measure, different values' },
  { status: 'corroborated', title: 'Corroborated', hint: 'Other reports give the same value' },
  { status: 'omitted', title: 'Not in this report', hint: 'Figures other reports give that this page does not' },
];

const OMITTED_OPEN_MAX = 3;

function relatedItem(r: RelatedReport): HTMLElement {
  const bar = h('span', { class: 'bar' });
  bar.style.width = `${Math.round(Math.max(0.05, Math.min(1, r.score)) * 100)}%`;
  const button = h(
    'button',
    { type: 'button', class: 'report' },
    h('span', { class: 'title' }, r.title),
    h('span', { class: 'meta' }, outletLine(r) || reportLabel(r)),
    h('span', { class: 'score', title: `match score ${r.score.toFixed(2)}`, 'aria-label': `match score ${r.score.toFixed(2)}` }, bar),
    r.sharedTerms.length ? h('span', { class: 'terms' }, ...r.sharedTerms.map((t) => h('span', { class: 'term' }, t))) : null,
  );
  button.addEventListener('click', () => openReport(r.id));
  return h('li', { 'data-testid': 'related-report', 'data-report-id': r.id }, button);
}

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
          showNotice(`Could not change the highlights: ${e instanceof Error ? e.message : String(e)}`);
        },
      )
      .finally(() => (box.disabled = false));
  });
  return h('label', { class: 'toggle', for: 'highlights' }, box, 'Highlight figures on the page');
}

function render(tabId: number, a: TabAnalysis): void {
  if (a.state === 'unsupported') {
    setState('unsupported', h('p', { class: 'status' }, UNSUPPORTED[a.reason]));
    return;
  }
  const { result } = a;
  const reports = reportsById(result.related);
  const parts: Node[] = [h('p', { class: 'reading' }, h('span', { class: 'label' }, 'Reading'), h('span', { class: 'headline' }, result.article.title || 'Untitled article'))];
  if (a.method === 'fallback') parts.push(h('p', { class: 'note' }, 'This page is not laid out as an article; Parallax read its main text instead.'));
  if (result.article.inCorpus) {
    parts.push(h('p', { class: 'note', 'data-testid': 'in-corpus' }, 'This report is itself in the corpus; it is not listed as related to itself.'));
  }
  if (a.state === 'empty') {
    parts.push(h('p', { class: 'status' }, 'No related coverage found. None of the reports in your corpus tell this story.'));
    setState('empty', ...parts);
    return;
  }
  for (const s of SECTIONS) {
    const groups = result.figures.filter((g) => g.status === s.status);
    if (!groups.length) continue;
    const list = h('ul', {}, ...groups.map((g) => figureGroup(g, reports)));
    if (s.status === 'omitted') {
      // Omissions are context, not alarms: folded when there are many, so related reports stay in view.
      const details = h('details', { class: `figures ${s.status}`, open: groups.length <= OMITTED_OPEN_MAX }, h('summary', { title: s.hint }, s.title, h('span', { class: 'count' }, groups.length)), list);
      parts.push(details);
    } else {
      parts.push(h('section', { class: `figures ${s.status}` }, h('h2', { title: s.hint }, s.title, h('span', { class: 'count' }, groups.length)), list));
    }
  }
  parts.push(
    h('section', { class: 'related' }, h('h2', {}, 'Related reports', h('span', { class: 'count' }, result.related.length)), h('ul', {}, ...result.related.map(relatedItem))),
  );
  if (result.figures.some((g) => g.status === 'diverging' || g.status === 'corroborated')) parts.push(highlightToggle(tabId, a.highlights));
  setState('ready', ...parts);
}

/** "Add this page to my corpus": stores the article of the tab in the user's corpus. */
function addToCorpusBar(tabId: number): HTMLElement {
  const button = h('button', { type: 'button', class: 'add-to-corpus', 'data-testid': 'add-to-corpus' }, 'Add this page to my corpus');
  const note = h('span', { class: 'add-note', role: 'status', 'data-testid': 'add-to-corpus-result' });
  button.addEventListener('click', () => {
    button.disabled = true;
    note.dataset.result = 'pending';
    note.textContent = 'Adding…';
    sendToBackground('addTabToCorpus', { tabId }).then(
      (r) => {
        note.dataset.result = 'added';
        note.textContent = `Added to your corpus: ${r.title}`;
      },
      (e: unknown) => {
        note.dataset.result = 'failed';
        note.textContent = `Could not add this page: ${(e as Error).message}`;
        button.disabled = false;
      },
    );
  });
  return h('footer', { class: 'corpus-bar' }, button, note);
}

async function main_(): Promise<void> {
  document.getElementById('options')!.addEventListener('click', (e) => {
    e.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  try {
    const tabId = await targetTabId();
    const t0 = performance.now();
    const analysis = await sendToBackground('analyzeTab', { tabId });
    // Read by scripts/bench-extension.ts: the background's answer time as the popup sees it.
    performance.measure('parallax:analyze', { start: t0 });
    render(tabId, analysis);
    if (analysis.state !== 'unsupported') document.body.append(addToCorpusBar(tabId));
  } catch (e) {
    setState('error', h('p', { class: 'status' }, `Something went wrong: ${(e as Error).message}`));
  }
}

void main_();
