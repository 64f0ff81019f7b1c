// What a figure group is called on screen. The aligner's label is usually a phrase ("bilateral trade,
// last year"); when it is no more than a unit word ("min", "months", "a"), the reader learns more from
// the words around the figure, so those are shown instead (as a quote, so it is not read as a label).
import type { FigureGroup } from '../core/types.ts';

const CONTEXT_CHARS = 48;
const QUOTE_EDGES = /^["“”‘’„«»]+|["“”‘’„«»]+$/g;

function isWeakLabel(group: FigureGroup): boolean {
  const label = group.measure.replace(/,\s*(\d{4}(-\d{2})?|last year|this year|next year)$/i, '').trim();
  if (label.length < 4) return true;
  if (/\s/.test(label)) return false;
  // One word that is the figure's own unit, or what it counts ("months" for "12 months").
  const word = label.toLowerCase();
  return group.mentions.some((m) => {
    const unit = m.unit.toLowerCase();
    return word === unit || word === `${unit}s` || m.text.toLowerCase().includes(word);
  });
}

function contextOf(group: FigureGroup): string | undefined {
  const m = group.mentions.find((x) => x.quote && x.quote.includes(x.text));
  if (!m || !m.quote) return undefined;
  const at = m.quote.indexOf(m.text);
  let start = Math.max(0, at - CONTEXT_CHARS);
  let end = Math.min(m.quote.length, at + m.text.length + CONTEXT_CHARS);
  // Whole words only.
  if (start > 0) start = m.quote.indexOf(' ', start) + 1 || start;
  if (end < m.quote.length) end = m.quote.lastIndexOf(' ', end) > at + m.text.length ? m.quote.lastIndexOf(' ', end) : end;
  // Quotation marks at the snippet's edges would double the ones it is wrapped in (a quoted speaker).
  const snippet = m.quote.slice(start, end).trim().replace(QUOTE_EDGES, '');
  return `“${start > 0 ? '…' : ''}${snippet}${end < m.quote.length ? '…' : ''}”`;
}

export function displayMeasure(group: FigureGroup): string {
  if (!isWeakLabel(group)) return group.measure;
  return contextOf(group) ?? group.measure;
}
