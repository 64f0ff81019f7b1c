// What a report's lead says of its own happening, for telling two happenings of one kind in one place
// apart (a second earthquake four days after the first, another march a week after the last): the days
// its lead names, the earliest of them (the onset), and whether it calls its happening a further one ("a
// second earthquake", "fresh protests") and on which day. Pure.
//
// The lead is the title and the first two sentences: later dates are background, and so is a day with a
// stated year over a month before the report's date ("the deadliest since the April 25, 2015 quake"). The
// onset is the earliest day because a later report of the same happening names the happening's own day
// ("Saturday's quake") beside the day of its news. A further happening's day is one the lead names, first in
// its own sentence ("another quake hit on Wednesday, where one on Saturday killed 2,000"): never guessed from
// the report's date. Two reports are kept apart only when one tells of a further happening days after the
// other's lead starts and the other's lead (or its date) never names that day: the safe way to err is to
// leave them together.

import { WEEKDAY_NAMES } from '../text/words/month-names.ts';
import { FURTHER_EVENT_WORDS, RECURRING_EVENT_NOUNS } from '../text/words/event-sequence-words.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { isTitleCase } from '../text/title-case.ts';
import { FUNCTION_WORDS } from '../text/words/function-words.ts';
import { dayNumber, dayOf, daysAfter, eventDays, SAME_DAY_TOLERANCE, type EventDay } from './event-days.ts';
import { isoDayNumber, weekdayOf } from '../text/calendar-day.ts';
import { recalledMonths, recallsOnsetMonth, type RecalledMonth } from './recalled-months.ts';

export interface LeadEvent {
  /** The earliest day the lead names (background left out), else the report's own date; the year when known. */
  onset?: EventDay;
  /** Every day the lead names, the same way, and the report's own date when it has one. */
  days: EventDay[];
  /** Whether the lead calls its happening a further one of its kind. */
  further: boolean;
  /** The further happening's day: the earliest its sentence names, else the earliest the lead names. */
  furtherOn?: EventDay;
  /** Months the whole text recalls as past ("In May, about 50 people died": recalled-months.ts). */
  recalled: RecalledMonth[];
  /** The weekdays the lead names, Monday 0 ("A car bombing in Turkey's capital Sunday killed ..."). */
  weekdays: number[];
}

const LEAD_SENTENCES = 2;
/** How far into the title and the text the lead is looked for. */
const LEAD_CHARS = 800;
/** A yearless date up to this many days after the report's own date may still be its happening's (time zones). */
const FUTURE_SLACK = 3;
/** A day with a stated year this many days before the report's date is background, not its happening's. */
const BACKGROUND_DAYS = 31;

/** A recurring noun and its plurals ("rally", "rallies"; "crash", "crashes"). */
const NOUN_FORMS = RECURRING_EVENT_NOUNS.flatMap((n) => [n, `${n}s`, `${n}es`, ...(n.endsWith('y') ? [`${n.slice(0, -1)}ies`] : [])]);
/**
 * "a second earthquake", "another 6.3 magnitude quake", "fresh mass protests": up to two words may come
 * between (saysFurther checks them). Whole words only ("Brand-new Boeing aircraft crashes" is no new crash),
 * and no number after the noun ("a new March 31 deadline").
 */
const FURTHER_RE = new RegExp(
  `(?<![\\w-])(?:${[...FURTHER_EVENT_WORDS].join('|')})\\s+((?:[\\w.'-]+\\s+){0,2})(?:${NOUN_FORMS.join('|')})(?![\\w-])(?!\\s+\\d)`,
  'gi',
);
const RELATIVE_RE = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')}|yesterday|today|tonight|last night)\\b`, 'gi');
/** The report's title and first sentences, one string each. */
function leadOf(title: string, text: string): string[] {
  const head = text.slice(0, LEAD_CHARS);
  return [title.slice(0, LEAD_CHARS), ...splitSentences(head).slice(0, LEAD_SENTENCES).map(([s, e]) => head.slice(s, e))];
}

/**
 * Whether a sentence calls a happening a further one of its kind. The words between may be no function word
 * ("new video in the shooting trial" is no new shooting), nor a name outside a headline ("New Years Eve
 * attacks" are no new attacks).
 */
function saysFurther(sentence: string): boolean {
  const headline = isTitleCase(sentence);
  for (const m of sentence.matchAll(FURTHER_RE)) {
    const between = m[1]!.split(/\s+/).filter(Boolean);
    if (between.some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || (!headline && /^\p{Lu}/u.test(w)))) continue;
    return true;
  }
  return false;
}

/** Days a weekday or "yesterday" points to: back from the report's own date (news tells of what happened). */
function relativeDays(lead: string, own: number, out: number[]): void {
  const ownWeekday = weekdayOf(own);
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
}

/**
 * The days a dated lead names, as day numbers: a yearless date in the year that puts it nearest the report's
 * date ("December 30" in a report of January 2 is last year's), left out when still days ahead (a plan: "a
 * new mobilization on Tuesday, January 31"); weekdays read back from the report's date.
 */
function datedLeadDays(lead: string, own: number): number[] {
  const year = dayOf(own).year!;
  const out: number[] = [];
  for (const d of eventDays(lead)) {
    if (d.year !== undefined) {
      out.push(dayNumber(d));
      continue;
    }
    let n = dayNumber({ ...d, year });
    for (const y of [year - 1, year + 1]) if (Math.abs(dayNumber({ ...d, year: y }) - own) < Math.abs(n - own)) n = dayNumber({ ...d, year: y });
    if (n <= own + FUTURE_SLACK) out.push(n);
  }
  relativeDays(lead, own, out);
  return out;
}

/** The earliest of the days: by the calendar when every year is known, else by month and day. */
function earliest(days: EventDay[]): EventDay | undefined {
  const dated = days.every((d) => d.year !== undefined);
  const key = (d: EventDay): number => (dated ? dayNumber(d) : d.month * 40 + d.day);
  let first: EventDay | undefined;
  for (const d of days) if (first === undefined || key(d) < key(first)) first = d;
  return first;
}

/** The days a lead names that tell of its happening: background left out (see the header). */
function namedDays(lead: string, own: number | undefined): EventDay[] {
  if (own === undefined) return eventDays(lead);
  return datedLeadDays(lead, own)
    .filter((n) => n >= own - BACKGROUND_DAYS)
    .map(dayOf);
}

const WEEKDAY_RE = new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`, 'gi');

/** The weekdays a lead names, Monday 0, each once. */
function leadWeekdays(lead: string): number[] {
  return [...new Set([...lead.matchAll(WEEKDAY_RE)].map((m) => WEEKDAY_NAMES.indexOf(m[1]!.toLowerCase())))];
}

/** What a report's lead says of its own happening. */
export function leadEvent(title: string, text: string, reportDate?: string): LeadEvent {
  const own = isoDayNumber(reportDate);
  const sentences = leadOf(title, text);
  const named = namedDays(sentences.join('\n'), own);
  const ownDay = own === undefined ? undefined : dayOf(own);
  const onset = earliest(named) ?? ownDay;
  const days = ownDay ? [...named, ownDay] : named;
  const recalled = recalledMonths(text, ownDay && { year: ownDay.year!, month: ownDay.month });
  const weekdays = leadWeekdays(sentences.join('\n'));
  const out: LeadEvent = onset ? { onset, days, further: false, recalled, weekdays } : { days, further: false, recalled, weekdays };
  const said = sentences.find(saysFurther);
  if (said === undefined) return out;
  out.further = true;
  const furtherOn = earliest(namedDays(said, own)) ?? earliest(named);
  if (furtherOn) out.furtherOn = furtherOn;
  return out;
}

/**
 * Days a further happening must come after the other report's lead starts to be another happening. One day
 * is the tolerance of one happening's reports (SAME_DAY_TOLERANCE: a night's event reported the next day);
 * three leaves a day more. On the development sets no lead of one happening that calls it a further one starts
 * 3 or more days after another report of it, and Herat's second quake came four days after the first.
 */
export const FURTHER_EVENT_MIN_DAYS = 3;

export type EventSequence = 'further-event' | 'unknown';

/** Whether a tells of a happening after b's: it calls its own a further one (furtherThan), or recalls b's month as past. */
function laterThan(a: LeadEvent, b: LeadEvent): boolean {
  return furtherThan(a, b) || recallsOnsetMonth(a, b);
}

/** Whether a's lead tells of a further happening days after b's lead starts, and b's lead never names its day. */
function furtherThan(a: LeadEvent, b: LeadEvent): boolean {
  const day = a.furtherOn;
  if (!day || !b.onset || daysAfter(day, b.onset) < FURTHER_EVENT_MIN_DAYS) return false;
  // A lead (or date) that names the further happening's day tells of it too ("Tuesday's protests, beyond the
  // first round on Jan. 19"): its earliest day is background.
  return !b.days.some((d) => Math.abs(daysAfter(d, day)) <= SAME_DAY_TOLERANCE);
}

/**
 * 'further-event' when one report calls its happening a further one of its kind, on a day at least
 * FURTHER_EVENT_MIN_DAYS after the other's lead starts, and the other's lead never names that day: a second
 * earthquake is not the first one's story, however much the two share. So too when one recalls, as past, the
 * month the other's happening starts in ("In May, about 50 people died ..." beside a report of a sinking in
 * May). Else 'unknown': nothing said either way.
 */
export function decideEventSequence(a: LeadEvent, b: LeadEvent): EventSequence {
  return laterThan(a, b) || laterThan(b, a) ? 'further-event' : 'unknown';
}
