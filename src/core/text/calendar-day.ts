// The calendar day of an ISO date, one reading for every stage: matching's "when" (event-days.ts,
// lead-event.ts, report-date.ts) and figures' updates (decide-disagreement.ts). Pure. Only a real day counts: "2024-02-30"
// is no date, so a report carrying it is read as undated rather than as March 1.

const ISO_DAY = /^(\d{4})-(\d\d)-(\d\d)/;
/** Milliseconds in a calendar day (UTC): the one day length every stage counts in. */
export const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a real calendar day, or undefined. */
function realDayNumber(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const t = Date.UTC(year, month - 1, day);
  return new Date(t).getUTCDate() === day ? t / DAY_MS : undefined;
}

/** A calendar day written as ISO ("2024-05-16"), or undefined when it is no real day ("2024-02-30"). */
export function isoOf(year: number, month: number, day: number): string | undefined {
  const n = realDayNumber(year, month, day);
  return n === undefined ? undefined : new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar day of an ISO date or date-time ("2024-05-16T09:00Z" -> "2024-05-16"), or undefined. */
export function isoDay(iso: string | undefined): string | undefined {
  const m = iso ? ISO_DAY.exec(iso) : null;
  return m && realDayNumber(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined ? m[0] : undefined;
}

/** The weekday of a day number, Monday 0 as WEEKDAY_NAMES (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The day number (days since 1970-01-01) of an ISO date or date-time, or undefined. */
export function isoDayNumber(iso: string | undefined): number | undefined {
  const m = iso ? ISO_DAY.exec(iso) : null;
  return m ? realDayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
