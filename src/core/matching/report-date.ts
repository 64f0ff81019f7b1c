// When a report was written, for the "when" of the same-story decision: its stated date, else the dateline
// its text opens with ("Posted: May 24, 2005 ..."), else a date in its address (".../2013/05/02/..."). Pure.
// Only a date the report states for itself counts: dates further into the text are often other events'.

import { MONTH_NAMES, monthNumber } from '../text/words/month-names.ts';
import { isoOf } from '../text/calendar-day.ts';

/** A month's name or its abbreviation ("Sep", "Sept", "September"), from the one list of month names. */
const MONTH = `(Sept|${MONTH_NAMES.map((m) => `${m.slice(0, 3)}(?:${m.slice(3)})?`).join('|')})`;
/** "May 24, 2005", "Sep 18, 2013", "18th September 2013", "2 May 2013", "2013-05-02". */
const DATE_RE = new RegExp(
  `\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d\\d)\\b|\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? ((?:19|20)\\d\\d)\\b|\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b`,
  'i',
);
/** How far into the text a dateline may start, and how many words may precede it ("First Published:"). */
const DATELINE_SPAN = 60;
const DATELINE_WORDS = 3;
const FLOOR = Date.UTC(1990, 0, 1);

/** A real calendar day as ISO, from FLOOR on. */
function iso(year: number, month: number, day: number): string | undefined {
  const d = isoOf(year, month, day);
  return d !== undefined && Date.parse(d) >= FLOOR ? d : undefined;
}

/** The date a text opens with, as YYYY-MM-DD: only a few words may come before it, and no full stop. */
export function datelineDate(text: string): string | undefined {
  const head = text.slice(0, DATELINE_SPAN);
  const m = DATE_RE.exec(head);
  if (!m) return undefined;
  const before = head.slice(0, m.index);
  if (/[.!?]\s/.test(before) || before.trim().split(/\s+/).filter(Boolean).length > DATELINE_WORDS) return undefined;
  if (m[7]) return iso(Number(m[7]), Number(m[8]), Number(m[9]));
  const month = monthNumber((m[1] ?? m[5])!);
  return iso(Number(m[3] ?? m[6]), month, Number(m[2] ?? m[4]));
}

/** A date in an address's path: ".../2013/05/02/...", ".../2019-11-18/...". */
export function urlDate(url: string | undefined): string | undefined {
  const m = url ? /\/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/-]|$)/.exec(url) : null;
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The report's own date (YYYY-MM-DD or the stated ISO date), from the best source that has one. */
export function reportDate(report: { published?: string | undefined; text: string; title?: string; url?: string | undefined }): string | undefined {
  const stated = report.published ? Date.parse(report.published) : NaN;
  if (stated >= FLOOR) {
    if (/^\d{4}-\d\d-\d\d/.test(report.published!)) return report.published;
    // A date written out ("December 3, 2026") as its day, YYYY-MM-DD: the day rules read dates in that form.
    const d = new Date(stated);
    return iso(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }
  return datelineDate(report.text) ?? (report.title ? datelineDate(report.title) : undefined) ?? urlDate(report.url);
}
