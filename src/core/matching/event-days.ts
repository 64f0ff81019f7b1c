// The days a report speaks of, for the "when" of the same-story decision: its own date and every calendar
// day its text names ("Dec. 13", "13 December 2008", "September 19"). Two reports of one event name its day
// (or one is dated the day the other names); two events of one kind happen on different days. Many reports
// (ECB+ 2008, feeds without dates) state no date of their own but do name the event's day. Pure.

import { MONTH_NAMES, monthNumber } from '../text/words/month-names.ts';
import { DAY_MS } from '../text/calendar-day.ts';

/** A calendar day; the year only when the text states it. */
export interface EventDay {
  month: number;
  day: number;
  year?: number;
}

/** A month's name or abbreviation, capitalised or in capitals ("Sep", "Sept", "SEPTEMBER"): never the verb "may". One group. */
export const MONTH_PATTERN = `(Sept|SEPT|${MONTH_NAMES.flatMap((m) => {
  const cap = m[0]!.toUpperCase() + m.slice(1);
  return [`${cap.slice(0, 3)}(?:${cap.slice(3)})?`, `${m.slice(0, 3).toUpperCase()}(?:${m.slice(3).toUpperCase()})?`];
}).join('|')})`;
/** "Dec. 13", "December 13, 2008", "13 December", "13th of December 2008". */
const DAY_RE = new RegExp(
  `\\b${MONTH_PATTERN}\\.? (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? ((?:19|20)\\d\\d)\\b)?|\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_PATTERN}\\b\\.?(?:,? ((?:19|20)\\d\\d)\\b)?`,
  'g',
);
/** Days named at most: a long text's later dates are background, not its event. */
const MAX_DAYS = 12;
/** Days this close are one event's (a night's event is reported "Saturday" and dated Sunday). */
export const SAME_DAY_TOLERANCE = 1;

/** A day that some year has (February 29 included). */
function valid(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(2000, month - 1, day)).getUTCDate() === day;
}

/** The days a report names: its own date first, then the calendar days its text names, in order. */
export function eventDays(text: string, ownDate?: string): EventDay[] {
  const out: EventDay[] = [];
  const own = ownDate ? /^(\d{4})-(\d\d)-(\d\d)/.exec(ownDate) : null;
  if (own) out.push({ year: Number(own[1]), month: Number(own[2]), day: Number(own[3]) });
  DAY_RE.lastIndex = 0;
  for (let m = DAY_RE.exec(text); m && out.length < MAX_DAYS; m = DAY_RE.exec(text)) {
    const month = monthNumber((m[1] ?? m[5])!);
    const day = Number(m[2] ?? m[4]);
    if (!valid(month, day)) continue;
    const year = m[3] ?? m[6];
    out.push(year ? { month, day, year: Number(year) } : { month, day });
  }
  return out;
}

/** Days since 1970-01-01 of a calendar day; a day without a year is read in 2001 (a common year). */
export function dayNumber(d: EventDay): number {
  return Date.UTC(d.year ?? 2001, d.month - 1, d.day) / DAY_MS;
}

/** The calendar day of a day number (dayNumber's inverse), with its year. */
export function dayOf(n: number): EventDay {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/**
 * Days from b to a, signed: by the calendar when both years are known, else by month and day alone, the
 * nearer way round the year (within half a year: "January 3" is 4 days after "December 30").
 */
export function daysAfter(a: EventDay, b: EventDay): number {
  if (a.year !== undefined && b.year !== undefined) return dayNumber(a) - dayNumber(b);
  const gap = (dayNumber({ month: a.month, day: a.day }) - dayNumber({ month: b.month, day: b.day }) + 365) % 365;
  return gap > 182 ? gap - 365 : gap;
}

/** Days between two calendar days of one year (the year left aside), across a month's end too. */
function dayGap(a: EventDay, b: EventDay): number {
  return Math.abs(daysAfter({ month: a.month, day: a.day }, { month: b.month, day: b.day }));
}

/** Whether two reports name one day (within a day; the years, when both are stated, must agree). */
export function shareEventDay(a: EventDay[], b: EventDay[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.year !== undefined && y.year !== undefined && x.year !== y.year) continue;
      if (dayGap(x, y) <= SAME_DAY_TOLERANCE) return true;
    }
  }
  return false;
}
