// What the background keeps and sends of an analysis. Pure (no browser API), so it is unit-tested
// on the seeds against the content script's validator.
//  - The popup shows diverging, corroborated and omitted figures; `single` groups (a figure only the
//    open page gives) are shown nowhere, so they are neither cached nor sent. AnalysisResult from
//    the core keeps them (the CLI prints them).
//  - The page marks only diverging and corroborated figures: only those groups are sent to it, with
//    the title and outlet of each other report they quote, for the cards.
import type { AnalysisResult, FigureGroup, FigureStatus } from '../core/types.ts';
import { MAX_FIELD_CHARS, MAX_QUOTE_CHARS, MAX_TITLE_CHARS } from '../shared/message-validators.ts';
import type { HighlightRequest } from '../shared/protocol.ts';

/** Statuses the popup lists. */
export const SHOWN_STATUSES: ReadonlySet<FigureStatus> = new Set<FigureStatus>(['diverging', 'corroborated', 'omitted']);
/** Statuses the page marks. */
export const HIGHLIGHTED_STATUSES: ReadonlySet<FigureStatus> = new Set<FigureStatus>(['diverging', 'corroborated']);

/** The result as the extension keeps it: without the groups nothing shows. */
export function shownResult(result: AnalysisResult): AnalysisResult {
  return { ...result, figures: result.figures.filter((g) => SHOWN_STATUSES.has(g.status)) };
}

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** A group as the page gets it: a quote too long to send is left out (the figure is then found by
 * its text and position alone). */
function forPage(g: FigureGroup): FigureGroup {
  if (!g.mentions.some((m) => m.quote !== undefined && m.quote.length > MAX_QUOTE_CHARS)) return g;
  return {
    ...g,
    mentions: g.mentions.map((m) => {
      if (m.quote === undefined || m.quote.length <= MAX_QUOTE_CHARS) return m;
      const { quote: _q, ...rest } = m;
      return rest;
    }),
  };
}

/** The highlight request for a tab's result; `on: false` (or no result) asks the page to clear. */
export function buildHighlightRequest(result: AnalysisResult | undefined, on: boolean): HighlightRequest {
  const reports: HighlightRequest['reports'] = {};
  if (!on || !result) return { on: false, groups: [], reports };
  const groups = result.figures.filter((g) => HIGHLIGHTED_STATUSES.has(g.status)).map(forPage);
  const quoted = new Set(groups.flatMap((g) => g.mentions.map((m) => m.reportId)).filter((id): id is string => id !== null));
  for (const r of result.related) {
    if (!quoted.has(r.id)) continue;
    reports[r.id] = { title: clip(r.title, MAX_TITLE_CHARS), ...(r.source ? { source: clip(r.source, MAX_FIELD_CHARS) } : {}) };
  }
  return { on, groups, reports };
}
