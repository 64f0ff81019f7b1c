// The bundled reader: shows one corpus report; with ?start=&end= it marks the sentence holding that
// figure and scrolls to it. Text is split by offsets into text nodes, never parsed as HTML.
import { splitSentences } from '../core/text/split-sentences.ts';
import { h } from '../shared/h.ts';
import { outletLine, reportLabel } from '../shared/format.ts';
import { sendToBackground } from '../shared/protocol.ts';

const main = document.getElementById('main')!;
const params = new URLSearchParams(location.search);

function intParam(name: string): number | undefined {
  const v = params.get(name);
  return v !== null && /^\d+$/.test(v) ? Number(v) : undefined;
}

/** Paragraph elements for `text`, with [markStart, markEnd) wrapped in a <mark>. */
function paragraphs(text: string, mark?: [number, number], figure?: [number, number]): { nodes: HTMLElement[]; marked?: HTMLElement } {
  const nodes: HTMLElement[] = [];
  let marked: HTMLElement | undefined;
  let offset = 0;
  for (const para of text.split('\n\n')) {
    const start = offset;
    const end = start + para.length;
    offset = end + 2;
    const p = h('p');
    if (mark && mark[0] < end && mark[1] > start) {
      const s = Math.max(mark[0], start) - start;
      const e = Math.min(mark[1], end) - start;
      const m = h('mark', { 'data-testid': 'reader-mark', tabindex: -1 });
      if (figure && figure[0] >= start + s && figure[1] <= start + e) {
        const fs = figure[0] - start;
        const fe = figure[1] - start;
        m.append(para.slice(s, fs), h('strong', {}, para.slice(fs, fe)), para.slice(fe, e));
      } else {
        m.append(para.slice(s, e));
      }
      p.append(para.slice(0, s), m, para.slice(e));
      marked ??= m;
    } else {
      p.append(para);
    }
    nodes.push(p);
  }
  return { nodes, ...(marked ? { marked } : {}) };
}

async function show(): Promise<void> {
  const id = params.get('id');
  if (!id) throw new Error('No report was named.');
  const report = await sendToBackground('getReport', { id });
  document.title = `${report.title} · Parallax reader`;
  const start = intParam('start');
  const end = intParam('end');
  let mark: [number, number] | undefined;
  let figure: [number, number] | undefined;
  if (start !== undefined && end !== undefined && end <= report.text.length && start < end) {
    figure = [start, end];
    mark = splitSentences(report.text).find(([s, e]) => s <= start && end <= e) ?? [start, end];
  }
  const { nodes, marked } = paragraphs(report.text, mark, figure);
  const meta = outletLine(report) || reportLabel(report);
  main.replaceChildren(
    h(
      'article',
      { 'data-report-id': report.id },
      h('p', { class: 'kicker' }, meta, report.origin === 'user' ? ' · from your corpus' : ' · bundled corpus'),
      h('h1', {}, report.title),
      report.url ? h('p', { class: 'source' }, h('a', { href: report.url, rel: 'noreferrer noopener', target: '_blank' }, report.url)) : null,
      ...nodes,
    ),
  );
  document.body.dataset.state = 'ready';
  if (marked) {
    marked.scrollIntoView({ block: 'center' });
    marked.focus({ preventScroll: true });
  }
}

show().catch((e: unknown) => {
  document.body.dataset.state = 'error';
  main.replaceChildren(h('p', { class: 'status error' }, `This report cannot be shown: ${(e as Error).message}`));
});
