// Which of the dates a page states is its publication date. Pages state it in many places (Readability's
// reading of JSON-LD and article:published_time, schema.org microdata, Dublin Core and newsroom meta
// tags, a <time> element), and some of them are placeholders ("0001-01-01T00:00:00Z", a time of day
// alone): the first one that reads as a real date, not before 1990 and not days in the future, is taken.
// A dated page is told apart from another development of its topic, so a placeholder must not pass. Pure.

/** Dates before this are placeholders, not news (the same floor as matching's report date). */
const FLOOR_MS = Date.UTC(1990, 0, 1);
/** A date this far past the reader's clock is a placeholder or an event's day, not the page's own. */
const FUTURE_SLACK_MS = 2 * 86_400_000;

export type PageDateVerdict = 'date' | 'no-date' | 'placeholder' | 'future';

/** How one stated value reads as a publication date, against the reader's clock. */
export function decidePageDate(value: string | undefined, nowMs: number): PageDateVerdict {
  const v = value?.trim();
  // A bare time of day ("13:39") or a number parses as some date in some engines: a date needs a year.
  if (!v || !/\b(?:19|20)\d\d\b/.test(v)) return 'no-date';
  const t = Date.parse(v);
  if (Number.isNaN(t)) return 'no-date';
  if (t < FLOOR_MS) return 'placeholder';
  return t > nowMs + FUTURE_SLACK_MS ? 'future' : 'date';
}

/** The first stated value that is a publication date, in the order given (most trusted first). */
export function choosePageDate(values: ReadonlyArray<string | undefined>, nowMs: number): string | undefined {
  return values.find((v) => decidePageDate(v, nowMs) === 'date')?.trim();
}
