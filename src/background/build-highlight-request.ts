// What the background keeps and sends of an analysis. Pure (no browser API), so it is unit-tested
// on the seeds against the content script's validator.
//  - The popup shows diverging, corroborated and omitted figures; `single` groups (a figure only the
//    open page gives) are shown nowhere, so they are neither cached nor sent. AnalysisResult from
//    the core keeps them (the CLI prints them).
//  - The page marks only diverging and corroborated figures: only those groups are sent to it, with
//    the title and outlet of each other report they quote, for the cards.
//  - Every report leaves with a display name in `source` (its outlet, else its site's host, else
//    "Untitled outlet": never an id), its title without bidi controls and its date only when
//    plausible, so the popup, the card and the reader name it the same way.
import type { AnalysisResult, FigureGroup, FigureStatus, RelatedReport } from '../core/types.ts';
import { MAX_FIELD_CHARS, MAX_QUOTE_CHARS, MAX_TITLE_CHARS } from '../shared/message-validators.ts';
import type { HighlightRequest } from '../shared/protocol.ts';
import { cleanText, reportLabel, saneDate } from '../shared/report-label.ts';

/** Statuses the popup lists. */
export const SHOWN_STATUSES: ReadonlySet<FigureStatus> = new Set<FigureStatus>(['diverging', 'updated', 'corroborated', 'omitted']);
/** Statuses the page marks. */
export const HIGHLIGHTED_STATUSES: ReadonlySet<FigureStatus> = new Set<FigureStatus>(['diverging', 'corroborated']);

/** A report as it is shown: named by its outlet, with a plausible date or none. */
export function labelledReport(r: RelatedReport, now = Date.now()): RelatedReport {
  const { published: _p, ...rest } = r;
  const published = saneDate(r.published, now);
  return { ...rest, title: cleanText(r.title) || 'Untitled article', source: reportLabel(r), ...(published ? { published } : {}) };
}

/** Mentions keep their text and offsets (the page finds figures by them); only an implausible date goes. */
function withSaneDates(g: FigureGroup, now: number): FigureGroup {
  if (!g.mentions.some((m) => m.published !== undefined && saneDate(m.published, now) === undefined)) return g;
  return {
    ...g,
    mentions: g.mentions.map((m) => {
      if (m.published === undefined || saneDate(m.published, now) !== undefined) return m;
      const { published: _p, ...rest } = m;
      return rest;
    }),
  };
}

/** The result as the extension keeps it: without the groups nothing shows, every report named by its outlet. */
export function shownResult(result: AnalysisResult, now = Date.now()): AnalysisResult {
  return {
    ...result,
    article: { ...result.article, title: cleanText(result.article.title) },
    related: result.related.map((r) => labelledReport(r, now)),
    alsoOnTopic: (result.alsoOnTopic ?? []).map((r) => labelledReport(r, now)),
    figures: result.figures.filter((g) => SHOWN_STATUSES.has(g.status)).map((g) => withSaneDates(g, now)),
  };
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
