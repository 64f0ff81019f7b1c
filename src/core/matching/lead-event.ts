// What a report's lead says of its own happening, for telling two happenings of one kind in one place
// apart (a second earthquake seventeen days after the first, another march a week after the last): the
// earliest day its lead names (the onset), and whether it calls its happening a further one ("a second
// earthquake", "fresh protests"). Pure.
//
// The lead is the title and the first two sentences: later dates are background. The earliest day is taken
// because a later report of the same happening names the happening's own day ("Saturday's quake") beside
// the day of its news; a report of a further happening that names its predecessor's day in its lead is then
// read as of that day, and never kept apart (the safe way to err).

import { WEEKDAY_NAMES } from '../text/words/month-names.ts';
import { FURTHER_EVENT_WORDS, RECURRING_EVENT_NOUNS } from '../text/words/event-sequence-words.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { eventDays, type EventDay } from './event-days.ts';

export interface LeadEvent {
  /** The earliest day the lead names, weekdays read against the report's own date; the year when known. */
  onset?: EventDay;
  /** Whether the lead calls its happening a further one of its kind. */
  further: boolean;
}

const LEAD_SENTENCES = 2;
/** How far into the text the lead's sentences are looked for. */
const LEAD_CHARS = 800;
/** A yearless date this many days after the report's own date is last year's ("on December 30", dated Jan 2). */
const FUTURE_SLACK = 3;

/** "a second earthquake", "another 6.4-magnitude quake", "fresh protests": one word may come between. */
const FURTHER_RE = new RegExp(
  `\\b(?:${[...FURTHER_EVENT_WORDS].join('|')})\\s+(?:[\\w.'-]+\\s+)?(?:${RECURRING_EVENT_NOUNS.join('|')})(?:s|es)?\\b`,
  'i',
);
const RELATIVE_RE = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')}|yesterday|today|tonight|last night)\\b`, 'gi');
const DAY_MS = 86_400_000;

const dayNumber = (d: EventDay): number => Date.UTC(d.year ?? 2001, d.month - 1, d.day) / DAY_MS;
const fromNumber = (n: number): EventDay => {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

/** The report's title and first sentences. */
function leadOf(title: string, text: string): string {
  const head = text.slice(0, LEAD_CHARS);
  const spans = splitSentences(head).slice(0, LEAD_SENTENCES);
  return `${title}\n${spans.map(([s, e]) => head.slice(s, e)).join(' ')}`;
}

/** Days a weekday or "yesterday" points to: back from the report's own date (news tells of what happened). */
function relativeDays(lead: string, own: number): number[] {
  const out: number[] = [];
  const ownWeekday = (new Date(own * DAY_MS).getUTCDay() + 6) % 7; // Monday 0, as WEEKDAY_NAMES
  for (const m of lead.matchAll(RELATIVE_RE)) {
    const word = m[1]!.toLowerCase();
    if (word === 'today' || word === 'tonight') out.push(own);
    else if (word === 'yesterday' || word === 'last night') out.push(own - 1);
    else out.push(own - ((ownWeekday - WEEKDAY_NAMES.indexOf(word) + 7) % 7));
  }
  return out;
}

/** The lead's earliest day: with years when the report is dated (or the text states them), else month and day. */
function earliestDay(lead: string, reportDate: string | undefined): EventDay | undefined {
  const named = eventDays(lead);
  const own = reportDate ? /^(\d{4})-(\d\d)-(\d\d)/.exec(reportDate) : null;
  if (!own) {
    if (!named.length) return undefined;
    const dated = named.every((d) => d.year !== undefined);
    const key = (d: EventDay): number => (dated ? dayNumber(d) : d.month * 40 + d.day);
    return named.reduce((a, b) => (key(b) < key(a) ? b : a));
  }
  const ownDay = Date.UTC(Number(own[1]), Number(own[2]) - 1, Number(own[3])) / DAY_MS;
  const days = named.map((d) => {
    if (d.year !== undefined) return dayNumber(d);
    const n = dayNumber({ ...d, year: Number(own[1]) });
    return n > ownDay + FUTURE_SLACK ? dayNumber({ ...d, year: Number(own[1]) - 1 }) : n;
  });
  days.push(...relativeDays(lead, ownDay));
  return days.length ? fromNumber(Math.min(...days)) : undefined;
}

/** What a report's lead says of its own happening. */
export function leadEvent(title: string, text: string, reportDate?: string): LeadEvent {
  const lead = leadOf(title, text);
  const onset = earliestDay(lead, reportDate);
  const further = FURTHER_RE.test(lead);
  return onset ? { onset, further } : { further };
}

/** Days from b's onset to a's: by the calendar when both years are known, else by month and day, within half a year. */
export function onsetDaysAfter(a: EventDay, b: EventDay): number {
  if (a.year !== undefined && b.year !== undefined) return dayNumber(a) - dayNumber(b);
  const gap = (dayNumber({ ...a, year: 2001 }) - dayNumber({ ...b, year: 2001 }) + 365) % 365;
  return gap > 182 ? gap - 365 : gap;
}

/**
 * Days a further happening's lead must start after the other report's to be another happening: less, and
 * the two leads may be one happening's first news and its aftermath told a few days on (on the development
 * sets, leads of one happening start up to four days apart when one speaks of "a second such arrest").
 */
export const FURTHER_EVENT_MIN_DAYS = 5;

export type EventSequence = 'further-event' | 'unknown';

/**
 * 'further-event' when one report calls its happening a further one of its kind and its lead starts at least
 * FURTHER_EVENT_MIN_DAYS after the other's: a second earthquake is not the first one's story, however
 * much the two share. Else 'unknown': nothing said either way.
 */
export function decideEventSequence(a: LeadEvent, b: LeadEvent): EventSequence {
  if (!a.onset || !b.onset) return 'unknown';
  if (a.further && onsetDaysAfter(a.onset, b.onset) >= FURTHER_EVENT_MIN_DAYS) return 'further-event';
  if (b.further && onsetDaysAfter(b.onset, a.onset) >= FURTHER_EVENT_MIN_DAYS) return 'further-event';
  return 'unknown';
}
