// Options page: the user corpus. Import files or a folder (all or nothing), list, remove, export.
// All article text goes in as text nodes (src/shared/h.ts), never as HTML.
import { describeProblem, MAX_TITLE_CHARS, type ImportProblem } from '../core/corpus/parse-import-file.ts';
import { formatDate } from '../shared/format.ts';
import { h } from '../shared/h.ts';
import { plainError, errorKind } from '../shared/plain-error.ts';
import { cleanText, hostOf, outletOf } from '../shared/report-label.ts';
import { MAX_ARTICLE_CHARS, MAX_IMPORT_ARTICLES, sendToBackground, type UserArticleSummary, type UserCorpusListing } from '../shared/protocol.ts';
import { fileLabel, readImportSelection } from './import-selection.ts';
import { mountSourcesSection } from './sources-section.ts';

/** `document.body.dataset.state`: what the page is doing, for tests and styles. */
type State = 'loading' | 'ready' | 'importing' | 'imported' | 'refused' | 'error';

const LIMITS = { maxArticles: MAX_IMPORT_ARTICLES, maxArticleChars: MAX_ARTICLE_CHARS };
/** Rows rendered before "Show all" (a corpus may hold thousands of articles). */
const PAGE_ROWS = 300;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = {
  pickFiles: $<HTMLButtonElement>('pick-files'),
  pickFolder: $<HTMLButtonElement>('pick-folder'),
  files: $<HTMLInputElement>('import-files'),
  folder: $<HTMLInputElement>('import-folder'),
  status: $('import-status'),
  exportButton: $<HTMLButtonElement>('export'),
  removeAll: $<HTMLButtonElement>('remove-all'),
  confirm: $('confirm'),
  confirmText: $('confirm-text'),
  confirmYes: $<HTMLButtonElement>('confirm-yes'),
  confirmNo: $<HTMLButtonElement>('confirm-no'),
  statArticles: $('stat-articles'),
  statBytes: $('stat-bytes'),
  statStorage: $('stat-storage'),
  filterRow: $('filter-row'),
  filter: $<HTMLInputElement>('filter'),
  filterCount: $('filter-count'),
  list: $<HTMLUListElement>('articles'),
  empty: $('empty'),
  more: $('more'),
  showAll: $<HTMLButtonElement>('show-all'),
};

let listing: UserCorpusListing = { articles: [], bytes: 0 };
let showAll = false;
let busy = false;

const setState = (s: State) => (document.body.dataset.state = s);
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString()} ${units[u]}`;
}

function setBusy(on: boolean): void {
  busy = on;
  for (const b of [el.pickFiles, el.pickFolder, el.exportButton, el.removeAll, el.confirmYes]) b.disabled = on;
  if (!on) {
    el.exportButton.disabled = listing.articles.length === 0;
    el.removeAll.disabled = listing.articles.length === 0;
  }
}

// ---- Status line ------------------------------------------------------------------------------

function showStatus(kind: 'progress' | 'success' | 'failure' | 'info', ...content: Array<Node | null>): void {
  el.status.className = `status ${kind}`;
  el.status.replaceChildren(...content.filter((n): n is Node => n !== null));
}

function showProgress(done: number, total: number, what = 'Reading'): void {
  const bar = h('progress', { max: Math.max(total, 1), value: done, 'aria-label': 'Import progress' });
  showStatus('progress', h('p', {}, total ? `${what} file ${Math.min(done + 1, total).toLocaleString()} of ${total.toLocaleString()}…` : `${what}…`), bar);
}

function problemItem(p: ImportProblem): HTMLElement {
  const line = describeProblem(p);
  const cut = line.indexOf(': ', p.file.length);
  return h('li', {}, h('span', { class: 'file' }, line.slice(0, cut + 1)), line.slice(cut + 1));
}

function showRefusal(headline: string, detail: string, problems: ImportProblem[]): void {
  const shown = problems.slice(0, 100);
  showStatus(
    'failure',
    h('p', { class: 'headline' }, headline),
    h('p', { class: 'detail' }, detail),
    h('ul', { 'data-testid': 'import-error' }, ...shown.map(problemItem), problems.length > shown.length ? h('li', {}, `…and ${plural(problems.length - shown.length, 'more problem')}.`) : null),
  );
}

function skippedNote(skipped: string[]): HTMLElement | null {
  if (!skipped.length) return null;
  const names = skipped.slice(0, 5).join(', ') + (skipped.length > 5 ? `, and ${skipped.length - 5} more` : '');
  return h('p', { class: 'detail', 'data-testid': 'import-skipped' }, `Skipped ${plural(skipped.length, 'file')} that ${skipped.length === 1 ? 'is not an article format' : 'are not article formats'}: ${names}.`);
}

function mergedNote(merged: number): HTMLElement | null {
  if (!merged) return null;
  return h('p', { class: 'detail', 'data-testid': 'import-merged' }, `${plural(merged, 'article')} shared an address with another one in the selection and ${merged === 1 ? 'was' : 'were'} merged into it (the last copy is kept).`);
}

// ---- Import -------------------------------------------------------------------------------------

async function importSelection(files: File[], mode: 'files' | 'folder'): Promise<void> {
  if (!files.length || busy) return;
  setBusy(true);
  setState('importing');
  el.confirm.hidden = true;
  try {
    const outcome = await readImportSelection(files, mode, LIMITS, (done, total) => showProgress(done, total));
    if (!outcome.ok) {
      const badFiles = new Set(outcome.problems.map((p) => p.file)).size;
      showRefusal(
        'Nothing was imported.',
        `${badFiles === 1 ? 'A file' : `${badFiles} files`} could not be imported, so none of the ${plural(outcome.files, 'file')} ${outcome.files === 1 ? 'was' : 'were'} stored. Your articles are unchanged. Fix or leave out ${badFiles === 1 ? 'this file' : 'these files'} and try again:`,
        outcome.problems,
      );
      setState('refused');
      return;
    }
    showStatus('progress', h('p', {}, `Storing ${plural(outcome.articles.length, 'article')}…`));
    const label = mode === 'folder' ? `${fileLabel(files[0]!).split('/')[0]}/ (${plural(outcome.files, 'file')})` : outcome.files === 1 ? fileLabel(files[0]!) : `${plural(outcome.files, 'file')}`;
    let result: { added: number; total: number; merged: number };
    try {
      result = await sendToBackground('importArticles', { fileName: label.slice(0, MAX_TITLE_CHARS), articles: outcome.articles });
    } catch (e) {
      showRefusal('Nothing was imported.', 'Your articles are unchanged.', [{ file: label, reason: reason(e) }]);
      setState('refused');
      return;
    }
    const n = outcome.articles.length;
    const replaced = n - result.added;
    const how = !replaced ? `${result.added.toLocaleString()} new` : !result.added ? `${replaced.toLocaleString()} updated (already among your articles)` : `${result.added.toLocaleString()} new, ${replaced.toLocaleString()} updated`;
    showStatus(
      'success',
      h('p', { class: 'headline', 'data-testid': 'import-result' }, `Imported ${plural(n, 'article')} from ${plural(outcome.files, 'file')}: ${how}.`),
      h('p', { class: 'detail' }, `You now have ${plural(result.total, 'article')}.`),
      mergedNote(outcome.merged + (result.merged ?? 0)),
      skippedNote(outcome.skipped),
    );
    await refresh();
    setState('imported');
  } catch (e) {
    showRefusal('Nothing was imported.', 'Something went wrong while reading the files. Your articles are unchanged.', [{ file: 'the selection', reason: reason(e) }]);
    setState('refused');
  } finally {
    setBusy(false);
  }
}

// ---- Listing ------------------------------------------------------------------------------------

/** What a failed request says: our background's own words, or plain ones instead of the browser's. */
function reason(e: unknown): string {
  if (errorKind(e) === 'other') return e instanceof Error ? e.message : String(e);
  const p = plainError(e);
  return `${p.what} ${p.next}`;
}

/** Outlet (cleaned, or the address's host), date when plausible, size, when it was added. Foreign
 * parts are isolated (dir="auto") so bidi controls in one cannot reorder the rest of the line. */
function metaLine(a: UserArticleSummary): HTMLElement {
  const outlet = outletOf(a.source) ?? hostOf(a.url);
  const raw: Array<Node | string | undefined> = [outlet ? h('span', { dir: 'auto', class: 'outlet' }, outlet) : undefined, formatDate(a.published), formatBytes(a.chars * 2), `added ${formatDate(a.addedAt) ?? ''}`];
  const bits = raw.filter((b): b is Node | string => Boolean(b)).map((b) => (typeof b === 'string' ? document.createTextNode(b) : b));
  const parts: Node[] = [];
  bits.forEach((b, k) => {
    if (k) parts.push(h('span', { class: 'sep', 'aria-hidden': 'true' }, '·'));
    parts.push(b);
  });
  return h('span', { class: 'meta' }, ...parts);
}

function row(a: UserArticleSummary): HTMLElement {
  const title = cleanText(a.title) || 'Untitled article';
  const open = h('button', { type: 'button', class: 'link', dir: 'auto', title: 'Open in the Parallax reader' }, title);
  open.addEventListener('click', () => void sendToBackground('openReport', { id: a.id }).catch((e: unknown) => showStatus('failure', h('p', {}, `Could not open the article: ${reason(e)}`))));
  const remove = h('button', { type: 'button', class: 'button small', 'aria-label': `Remove “${title}”`, 'data-testid': 'remove-article' }, 'Remove');
  const li = h('li', { class: 'article', 'data-testid': 'user-article', 'data-article-id': a.id }, h('div', { class: 'body' }, open, metaLine(a)), remove);
  remove.addEventListener('click', () => void removeArticles([a.id], `“${title}”`, li));
  return li;
}

function matches(a: UserArticleSummary, q: string): boolean {
  return [a.title, a.source, a.url].some((s) => s?.toLowerCase().includes(q));
}

function renderList(): void {
  const q = el.filter.value.trim().toLowerCase();
  const all = listing.articles;
  const shown = q ? all.filter((a) => matches(a, q)) : all;
  const rows = showAll ? shown : shown.slice(0, PAGE_ROWS);
  el.list.replaceChildren(...rows.map(row));
  el.empty.hidden = all.length > 0;
  el.filterRow.hidden = all.length < 8;
  el.filterCount.textContent = q ? `${shown.length.toLocaleString()} of ${all.length.toLocaleString()}` : '';
  el.more.hidden = rows.length === shown.length;
  el.showAll.textContent = `Show all ${shown.length.toLocaleString()}`;
}

function renderStats(): void {
  const n = listing.articles.length;
  el.statArticles.textContent = n.toLocaleString();
  el.statBytes.textContent = formatBytes(listing.bytes);
  if (listing.usage !== undefined && listing.quota) {
    const share = listing.usage / listing.quota;
    const meter = h('span', { class: 'meter', role: 'meter', 'aria-label': 'Share of the browser storage Parallax uses', 'aria-valuenow': Math.round(share * 1000) / 10, 'aria-valuemin': 0, 'aria-valuemax': 100 }, h('span'));
    (meter.firstChild as HTMLElement).style.width = `${Math.min(100, share * 100)}%`;
    el.statStorage.replaceChildren(`${formatBytes(listing.usage)} used`, h('span', { class: 'of' }, ` of ${formatBytes(listing.quota)}`), meter);
  } else {
    el.statStorage.textContent = listing.usage !== undefined ? `${formatBytes(listing.usage)} used` : 'not reported by this browser';
  }
  el.exportButton.disabled = busy || n === 0;
  el.removeAll.disabled = busy || n === 0;
}

async function refresh(): Promise<void> {
  listing = await sendToBackground('listUserArticles', null);
  renderStats();
  renderList();
}

// ---- Remove and export ------------------------------------------------------------------------

async function removeArticles(ids: string[], what: string, rowEl?: HTMLElement): Promise<void> {
  if (busy) return;
  setBusy(true);
  rowEl?.classList.add('removing');
  try {
    const { removed } = await sendToBackground('removeUserArticles', { ids });
    await refresh();
    showStatus('info', h('p', { 'data-testid': 'remove-result' }, removed === 1 ? `Removed ${what} from your articles.` : `Removed ${plural(removed, 'article')} from your articles.`));
    setState('ready');
  } catch (e) {
    rowEl?.classList.remove('removing');
    showStatus('failure', h('p', { class: 'headline' }, `Nothing was removed: ${reason(e)}`));
  } finally {
    setBusy(false);
  }
}

async function exportCorpus(): Promise<void> {
  if (busy) return;
  setBusy(true);
  try {
    const file = await sendToBackground('exportUserCorpus', null);
    const blob = new Blob([JSON.stringify(file)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: `parallax-corpus-${new Date().toISOString().slice(0, 10)}.json` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    showStatus('info', h('p', { 'data-testid': 'export-result' }, `Exported ${plural(listing.articles.length, 'article')} as a corpus file (${formatBytes(blob.size)}). Import it here again, or use it with the command line.`));
  } catch (e) {
    showStatus('failure', h('p', { class: 'headline' }, `The corpus could not be exported: ${reason(e)}`));
  } finally {
    setBusy(false);
  }
}

// ---- Wiring ---------------------------------------------------------------------------------------

function takeFiles(input: HTMLInputElement, mode: 'files' | 'folder'): void {
  const files = [...(input.files ?? [])];
  input.value = ''; // choosing the same files again must fire "change" again
  void importSelection(files, mode);
}

el.pickFiles.addEventListener('click', () => el.files.click());
el.pickFolder.addEventListener('click', () => el.folder.click());
el.files.addEventListener('change', () => takeFiles(el.files, 'files'));
el.folder.addEventListener('change', () => takeFiles(el.folder, 'folder'));
el.exportButton.addEventListener('click', () => void exportCorpus());
el.removeAll.addEventListener('click', () => {
  el.confirmText.textContent = `Remove all ${plural(listing.articles.length, 'article')} from your articles? This cannot be undone.`;
  el.confirmYes.textContent = `Remove ${plural(listing.articles.length, 'article')}`;
  el.confirm.hidden = false;
  el.confirmNo.focus();
});
el.confirmNo.addEventListener('click', () => {
  el.confirm.hidden = true;
  el.removeAll.focus();
});
el.confirm.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') el.confirmNo.click();
});
el.confirmYes.addEventListener('click', () => {
  el.confirm.hidden = true;
  void removeArticles(
    listing.articles.map((a) => a.id),
    'every article',
  );
});
el.filter.addEventListener('input', () => renderList());
el.showAll.addEventListener('click', () => {
  showAll = true;
  renderList();
});
// Articles added from the popup meanwhile: refresh when the page is looked at again.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && !busy) void refresh().catch(() => undefined);
});

async function start(): Promise<void> {
  try {
    await refresh();
    setState('ready');
  } catch (e) {
    setState('error');
    showStatus('failure', h('p', { class: 'headline' }, `Your articles could not be read: ${reason(e)}`));
  }
}

void start();
mountSourcesSection();
