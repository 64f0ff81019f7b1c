// The bundled reader: shows one corpus report; with ?start=&end= it marks the sentence holding that
// figure and scrolls to it. Text is split by offsets into text nodes, never parsed as HTML.
import { splitSentences } from '../core/text/split-sentences.ts';
import { h } from '../shared/h.ts';
import { outletLine } from '../shared/format.ts';
import { plainError } from '../shared/plain-error.ts';
import { sendToBackground } from '../shared/protocol.ts';
import { cleanText, stripBidiControls as plain } from '../shared/report-label.ts';

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
    // Offsets are counted on the stored text; bidi controls are dropped from each piece after slicing.
    const p = h('p', { dir: 'auto' });
    if (mark && mark[0] < end && mark[1] > start) {
      const s = Math.max(mark[0], start) - start;
      const e = Math.min(mark[1], end) - start;
      const m = h('mark', { 'data-testid': 'reader-mark', tabindex: -1 });
      if (figure && figure[0] >= start + s && figure[1] <= start + e) {
        const fs = figure[0] - start;
        const fe = figure[1] - start;
        m.append(plain(para.slice(s, fs)), h('strong', {}, plain(para.slice(fs, fe))), plain(para.slice(fe, e)));
      } else {
        m.append(plain(para.slice(s, e)));
      }
      p.append(plain(para.slice(0, s)), m, plain(para.slice(e)));
      marked ??= m;
    } else {
      p.append(plain(para));
    }
    nodes.push(p);
  }
  return { nodes, ...(marked ? { marked } : {}) };
}

const ORIGIN = { bundled: ' · demo article bundled with Parallax', user: ' · from your articles', feed: ' · from a news source you follow' } as const;

/** The original article, when its address is a web address (never a javascript: or data: one). */
function originalLink(url: string | undefined): HTMLElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return h('p', { class: 'source' }, 'Original article: ', h('a', { href: url, rel: 'noreferrer noopener', target: '_blank' }, url));
}

async function show(): Promise<void> {
  const id = params.get('id');
  if (!id) throw new Error('No report was named.');
  const report = await sendToBackground('getReport', { id });
  const title = cleanText(report.title) || 'Untitled article';
  document.title = `${title} · Parallax reader`;
  const start = intParam('start');
  const end = intParam('end');
  let mark: [number, number] | undefined;
  let figure: [number, number] | undefined;
  if (start !== undefined && end !== undefined && end <= report.text.length && start < end) {
    figure = [start, end];
    mark = splitSentences(report.text).find(([s, e]) => s <= start && end <= e) ?? [start, end];
  }
  const { nodes, marked } = paragraphs(report.text, mark, figure);
  main.replaceChildren(
    h(
      'article',
      { 'data-report-id': report.id },
      h('p', { class: 'kicker' }, h('span', { dir: 'auto' }, outletLine(report)), ORIGIN[report.origin ?? 'bundled']),
      h('h1', { dir: 'auto' }, title),
      report.summaryOnly ? h('p', { class: 'note', 'data-testid': 'summary-only' }, 'Summary only: the article page could not be read, so only the summary its feed gave is kept.') : null,
      originalLink(report.url),
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
  // "no report ..." is the background's own word; the browser's messages get plain ones.
  const own = /^no report|^No report/.test((e as Error).message);
  const { what, next } = plainError(e);
  main.replaceChildren(h('h1', {}, 'Report not available'), h('p', { class: 'status error' }, own ? 'This report is no longer stored (it may have been removed).' : `This report cannot be shown. ${what}`), h('p', { class: 'status' }, own ? 'Open Parallax on the article again to see the reports it has now.' : next));
});
