// What a report's lead says of its own happening, for telling two happenings of one kind in one place
// apart (a second earthquake seventeen days after the first, another march a week after the last): the days
// its lead names, the earliest of them (the onset), and whether it calls its happening a further one ("a
// second earthquake", "fresh protests") and on which day. Pure.
//
// The lead is the title and the first two sentences: later dates are background. The onset is the earliest
// day because a later report of the same happening names the happening's own day ("Saturday's quake") beside
// the day of its news. A further happening's day is the one its own sentence names ("another quake hit on
// Wednesday, where one on Saturday killed 2,000"). Two reports are kept apart only when one tells of a
// further happening days after the other's lead starts and the other's lead never names that day: the
// safe way to err is to leave them together.

import { WEEKDAY_NAMES } from '../text/words/month-names.ts';
import { FURTHER_EVENT_WORDS, RECURRING_EVENT_NOUNS } from '../text/words/event-sequence-words.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { FUNCTION_WORDS } from '../text/words/function-words.ts';
import { eventDays, SAME_DAY_TOLERANCE, type EventDay } from './event-days.ts';

export interface LeadEvent {
  /** The earliest day the lead names, weekdays read against the report's own date; the year when known. */
  onset?: EventDay;
  /** Every day the lead names, the same way (the report's own date when a dated lead names none). */
  days: EventDay[];
  /** Whether the lead calls its happening a further one of its kind. */
  further: boolean;
  /** The further happening's day: the earliest day its sentence names, else the report's own date, else the onset. */
  furtherOn?: EventDay;
}

const LEAD_SENTENCES = 2;
/** How far into the text the lead's sentences are looked for. */
const LEAD_CHARS = 800;
/** A yearless date up to this many days after the report's own date may still be its happening's (time zones). */
const FUTURE_SLACK = 3;
/**
 * A yearless date further after the report's own date, up to this many days, is a plan ("a new mobilization on
 * Tuesday, January 31"), not the happening: it is left out. Later still, it is last year's ("on December 30",
 * dated January 2).
 */
const PLAN_DAYS = 90;

/**
 * "a second earthquake", "another 6.3 magnitude quake", "fresh mass protests": up to two words may come
 * between, none of them a function word ("new video in the shooting trial" is no new shooting).
 */
const FURTHER_RE = new RegExp(
  `\\b(?:${[...FURTHER_EVENT_WORDS].join('|')})\\s+((?:[\\w.'-]+\\s+){0,2})(?:${RECURRING_EVENT_NOUNS.join('|')})(?:s|es)?\\b`,
  'gi',
);
const RELATIVE_RE = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')}|yesterday|today|tonight|last night)\\b`, 'gi');
const DAY_MS = 86_400_000;

const dayNumber = (d: EventDay): number => Date.UTC(d.year ?? 2001, d.month - 1, d.day) / DAY_MS;
const fromNumber = (n: number): EventDay => {
  const t = new Date(n * DAY_MS);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

/** The report's title and first sentences, one string each. */
function leadOf(title: string, text: string): string[] {
  const head = text.slice(0, LEAD_CHARS);
  return [title, ...splitSentences(head).slice(0, LEAD_SENTENCES).map(([s, e]) => head.slice(s, e))];
}

/** Whether a sentence calls a happening a further one of its kind. */
function saysFurther(sentence: string): boolean {
  for (const m of sentence.matchAll(FURTHER_RE)) {
    if (!m[1]!.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()))) return true;
  }
  return false;
}

/** Days a weekday or "yesterday" points to: back from the report's own date (news tells of what happened). */
function relativeDays(lead: string, own: number): number[] {
  const out: number[] = [];
  const ownWeekday = (new Date(own * DAY_MS).getUTCDay() + 6) % 7; // Monday 0, as WEEKDAY_NAMES
  for (const m of lead.matchAll(RELATIVE_RE)) {
    const word = m[1]!.toLowerCase();
    if (word === 'today' || word === 'tonight') out.push(own);
    else if (word === 'yesterday' || word === 'last night') out.push(own - 1);
    else {
      // The week back from the report's date, or the day after it: a report dated Thursday in New York tells
      // of a launch on Friday in Tokyo.
      const back = (ownWeekday - WEEKDAY_NAMES.indexOf(word) + 7) % 7;
      out.push(back === 6 ? own + 1 : own - back);
    }
  }
  return out;
}

/**
 * The lead's days: with years when the report is dated (or the text states them), else month and day; a
 * dated report whose lead names no day is of its own date.
 */
function leadDays(lead: string, reportDate: string | undefined): EventDay[] {
  const named = eventDays(lead);
  const own = reportDate ? /^(\d{4})-(\d\d)-(\d\d)/.exec(reportDate) : null;
  if (!own) return named;
  const ownDay = Date.UTC(Number(own[1]), Number(own[2]) - 1, Number(own[3])) / DAY_MS;
  const days: number[] = [];
  for (const d of named) {
    const n = dayNumber({ ...d, year: d.year ?? Number(own[1]) });
    if (d.year !== undefined || n <= ownDay + FUTURE_SLACK) days.push(n);
    else if (n > ownDay + PLAN_DAYS) days.push(dayNumber({ ...d, year: Number(own[1]) - 1 }));
  }
  days.push(...relativeDays(lead, ownDay));
  // A dated lead that names no day tells of its own day's news.
  return (days.length ? days : [ownDay]).map(fromNumber);
}

/** The earliest of the days: by the calendar when every year is known, else by month and day. */
function earliest(days: EventDay[]): EventDay | undefined {
  if (!days.length) return undefined;
  const dated = days.every((d) => d.year !== undefined);
  const key = (d: EventDay): number => (dated ? dayNumber(d) : d.month * 40 + d.day);
  return days.reduce((a, b) => (key(b) < key(a) ? b : a));
}

/** What a report's lead says of its own happening. */
export function leadEvent(title: string, text: string, reportDate?: string): LeadEvent {
  const sentences = leadOf(title, text);
  const days = leadDays(sentences.join('\n'), reportDate);
  const onset = earliest(days);
  const out: LeadEvent = onset ? { onset, days, further: false } : { days, further: false };
  const said = sentences.find(saysFurther);
  if (said === undefined) return out;
  out.further = true;
  // The further happening's day: the earliest its own sentence names ("another quake hit on Wednesday, where
  // one on Saturday killed 2,000" names both, and the Saturday is read as the first's).
  const own = earliest(leadDays(said, reportDate)) ?? onset;
  if (own) out.furtherOn = own;
  return out;
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
export const FURTHER_EVENT_MIN_DAYS = 3;

export type EventSequence = 'further-event' | 'unknown';

/** Whether a's lead tells of a further happening days after b's lead starts, and b's lead never names its day. */
function furtherThan(a: LeadEvent, b: LeadEvent): boolean {
  const day = a.furtherOn;
  if (!day || !b.onset || onsetDaysAfter(day, b.onset) < FURTHER_EVENT_MIN_DAYS) return false;
  // A lead that names the further happening's day tells of it too ("Tuesday's protests, beyond the first
  // round on Jan. 19"): its earliest day is background.
  return !b.days.some((d) => Math.abs(onsetDaysAfter(d, day)) <= SAME_DAY_TOLERANCE);
}

/**
 * 'further-event' when one report calls its happening a further one of its kind, its lead starts at least
 * FURTHER_EVENT_MIN_DAYS after the other's, and the other's lead never names its day: a second earthquake is
 * not the first one's story, however much the two share. Else 'unknown': nothing said either way.
 */
export function decideEventSequence(a: LeadEvent, b: LeadEvent): EventSequence {
  return furtherThan(a, b) || furtherThan(b, a) ? 'further-event' : 'unknown';
}
