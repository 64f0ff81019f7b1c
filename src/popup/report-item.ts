// One other report in the popup's lists: its headline (opens it in Parallax's reader), outlet and
// date, how close it is, the terms both share; for a feed report a link to the original article,
// and for a report stored with its feed summary only, a mark and a way to fetch the article.
import type { RelatedReport } from '../core/types.ts';
import { formatDate } from '../shared/format.ts';
import { h } from '../shared/h.ts';
import { cleanText, reportLabel } from '../shared/report-label.ts';

export interface ReportActions {
  open(id: string, start?: number, end?: number): void;
  fetchFullText(id: string, button: HTMLButtonElement, note: HTMLElement): void;
}

/** Foreign text (titles, outlets, quotes) is shown without bidi controls, in an element isolated
 * from its neighbours (dir="auto"), so it can neither reorder nor be reordered by the line around it. */
export function foreign(tag: 'span' | 'p' | 'strong', cls: string, text: string, attrs: Record<string, string> = {}): HTMLElement {
  return h(tag, { class: cls, dir: 'auto', ...attrs }, cleanText(text));
}

function originalLink(r: RelatedReport): HTMLElement | null {
  if (!r.url || !/^https?:\/\//i.test(r.url)) return null;
  return h('a', { class: 'original', href: r.url, target: '_blank', rel: 'noreferrer noopener' }, 'Original article');
}

function summaryOnlyPart(r: RelatedReport, actions: ReportActions): HTMLElement[] {
  if (!r.summaryOnly) return [];
  const note = h('span', { class: 'fetch-note', role: 'status' });
  const button = h('button', { type: 'button', class: 'fetch', 'data-testid': 'fetch-full-text' }, 'Fetch full article');
  button.addEventListener('click', () => actions.fetchFullText(r.id, button, note));
  return [h('span', { class: 'badge', 'data-testid': 'summary-only', title: 'Only the feed’s summary is stored: its figures may be missing' }, 'Summary only'), button, note];
}

export function reportItem(r: RelatedReport, actions: ReportActions, testId: 'related-report' | 'also-on-topic-report'): HTMLElement {
  const bar = h('span', { class: 'bar' });
  bar.style.width = `${Math.round(Math.max(0.05, Math.min(1, r.score)) * 100)}%`;
  const title = cleanText(r.title) || 'Untitled article';
  const open = h('button', { type: 'button', class: 'report-title', dir: 'auto', title: 'Open in the Parallax reader' }, title);
  open.addEventListener('click', () => actions.open(r.id));
  const date = formatDate(r.published);
  const meta = h('span', { class: 'meta' }, foreign('span', 'outlet', reportLabel(r)), date ? h('span', { class: 'date' }, ` · ${date}`) : null);
  const extras = [originalLink(r), ...summaryOnlyPart(r, actions)].filter((x): x is HTMLElement => x !== null);
  return h(
    'li',
    { class: `report${r.origin === 'feed' ? ' feed' : ''}`, 'data-testid': testId, 'data-report-id': r.id },
    open,
    meta,
    h('span', { class: 'score', role: 'img', 'aria-label': `match score ${r.score.toFixed(2)}`, title: `match score ${r.score.toFixed(2)}` }, bar),
    r.sharedTerms.length ? h('span', { class: 'terms', 'aria-label': 'Shared terms' }, ...r.sharedTerms.map((t) => foreign('span', 'term', t))) : null,
    extras.length ? h('span', { class: 'actions' }, ...extras) : null,
  );
}
