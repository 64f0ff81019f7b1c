// The popup's figure sections: diverging, updated, corroborated, omitted. An updated group reads
// earlier -> later value with the reports' dates; a diverging group says why its figures were
// taken for one measure. Every figure of another report opens that report at its sentence.
import type { FigureGroup, FigureMention, RelatedReport } from '../core/types.ts';
import { displayMeasure } from '../shared/display-measure.ts';
import { formatDate } from '../shared/format.ts';
import { h } from '../shared/h.ts';
import { cleanText, reportLabel } from '../shared/report-label.ts';
import { foreign, type ReportActions } from './report-item.ts';

const SECTIONS: Array<{ status: FigureGroup['status']; title: string; hint: string }> = [
  { status: 'diverging', title: 'Diverging figures', hint: 'Reports of the same time give different values for one measure' },
  { status: 'updated', title: 'Updated', hint: 'A later report revises an earlier figure' },
  { status: 'corroborated', title: 'Corroborated', hint: 'Other reports give the same value' },
  { status: 'omitted', title: 'Not in this report', hint: 'Figures other reports give that this page does not' },
];

/** Omissions are context, not alarms: folded when there are many, so related reports stay in view. */
const OMITTED_OPEN_MAX = 3;

function mentionItem(m: FigureMention, reports: Map<string, RelatedReport>, actions: ReportActions): HTMLElement {
  const date = formatDate(m.published);
  const when = date ? h('span', { class: 'when' }, date) : null;
  if (m.reportId === null) {
    return h('li', { class: 'mention mine' }, foreign('span', 'value', m.text), h('span', { class: 'who' }, 'this page'), when);
  }
  const r = reports.get(m.reportId);
  const who = r ? reportLabel(r) : 'another report';
  const title = cleanText(r?.title) || who;
  // A figure in the report's headline: the report opens at its top (its offsets are the title's).
  const where = m.inTitle ? 'its headline' : 'this sentence';
  const link = h('button', { type: 'button', class: 'value link', dir: 'auto', title: `Open “${title}” at ${where}` }, cleanText(m.text));
  const id = m.reportId;
  link.addEventListener('click', () => (m.inTitle ? actions.open(id) : actions.open(id, m.start, m.end)));
  return h('li', { class: 'mention' }, link, foreign('span', 'who', who, { title }), when);
}

/** Oldest first; mentions without a date keep their place after the dated ones. */
function byDate(mentions: FigureMention[]): FigureMention[] {
  const t = (m: FigureMention) => (m.published ? Date.parse(m.published) : Number.POSITIVE_INFINITY);
  return [...mentions].sort((a, b) => t(a) - t(b));
}

function mentionList(g: FigureGroup, reports: Map<string, RelatedReport>, actions: ReportActions): HTMLElement {
  if (g.status !== 'updated') return h('ul', { class: 'mentions' }, ...g.mentions.map((m) => mentionItem(m, reports, actions)));
  const items: HTMLElement[] = [];
  byDate(g.mentions).forEach((m, i) => {
    const li = mentionItem(m, reports, actions);
    if (i > 0) li.prepend(h('span', { class: 'arrow', 'aria-label': 'then' }, '→'));
    items.push(li);
  });
  return h('ul', { class: 'mentions timeline', 'aria-label': 'Earlier to later' }, ...items);
}

function figureGroup(g: FigureGroup, reports: Map<string, RelatedReport>, actions: ReportActions): HTMLElement {
  const label = displayMeasure(g);
  const gap = g.status === 'diverging' && g.gapPercent !== undefined ? h('span', { class: 'gap' }, `${g.gapPercent.toFixed(1)}% apart`) : null;
  const why = g.why && g.status === 'diverging' ? foreign('p', 'why', g.why, { 'data-testid': 'figure-why' }) : null;
  return h(
    'li',
    { class: `figure ${g.status}`, 'data-testid': 'figure', 'data-status': g.status },
    h('div', { class: 'measure' }, foreign('span', label === g.measure ? 'label' : 'label context', label, g.why ? { title: cleanText(g.why) } : {}), gap),
    why,
    mentionList(g, reports, actions),
  );
}

export function figureSections(figures: FigureGroup[], reports: Map<string, RelatedReport>, actions: ReportActions): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const s of SECTIONS) {
    const groups = figures.filter((g) => g.status === s.status);
    if (!groups.length) continue;
    const list = h('ul', {}, ...groups.map((g) => figureGroup(g, reports, actions)));
    const heading = [s.title, h('span', { class: 'count' }, groups.length)];
    if (s.status === 'omitted') {
      out.push(h('details', { class: `figures ${s.status}`, open: groups.length <= OMITTED_OPEN_MAX }, h('summary', { title: s.hint }, ...heading), list));
    } else {
      out.push(h('section', { class: `figures ${s.status}` }, h('h2', { title: s.hint }, ...heading), list));
    }
  }
  return out;
}
