// Months a report recalls as past: a sentence that opens "In May, about 50 people died in the same district in a
// ferry accident" or "Last October several explosions at a peace rally killed more than 100" tells of an earlier
// happening of its kind, so the report's own happening came after that month. Wire copy adds such paragraphs
// as background. A report of a happening in that month is then of the earlier happening, not this one's:
// two ferries sunk in one district three months apart share every word but the ferry's name. Pure.
//
// Only a sentence that opens with the month is read: mid-sentence months are as often plans ("a final report
// will be released in November") or the report's own happening ("crashed into the sea in December"). And only
// one that tells of victims (VICTIM_WORDS: died, killed, killing, injured, missing) of a happening named as one
// of its kind, indefinitely ("a ferry accident", "several explosions", "another attack"): a disaster of its own.
// A follow-up recalls its own story's start definitely ("In May, the ferry capsized, killing 50"), or without
// victims ("In March, President Obama issued an executive order", "In October 2011, Lopez was arrested"), and
// ECB+ counts such follow-ups as one event with their start.

import { monthNumber } from '../text/words/month-names.ts';
import { VICTIM_WORDS } from '../text/words/casualty-words.ts';
import { MONTH_PATTERN, type EventDay } from './event-days.ts';

/** A month a report recalls; the year when stated, or read from the report's own date. */
export interface RecalledMonth {
  month: number;
  year?: number;
}

/**
 * "In May," "Last October" "In early December," "In March 2019," "In May, 2014," at a sentence's start (after a
 * full stop or a line's start), never with a day ("In May 12th ..." names a day: eventDays reads it); a number
 * after a comma is a year only with a comma after it ("In May, 2000 people died" is no year). Group 1 "In" or
 * "Last", group 2 the month, groups 3 and 4 the year.
 */
const RECALL_RE = new RegExp(
  String.raw`(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)(In|Last)[ \t]+(?:(?:early|late|mid)[- ])?${MONTH_PATTERN}(?![\w-])\.?(?![ \t]*\d{1,2}(?:st|nd|rd|th)?\b)(?:[ \t]+((?:19|20)\d\d)\b|,[ \t]*((?:19|20)\d\d),)?`,
  'g',
);
/** Recalls kept at most (a text is read to its end, but a few recalled months say what they can). */
const MAX_RECALLED = 6;
/** The rest of a sentence from an index: to a full stop before a capital or the end, or the line's end ("U.S.", "6.5" go on). */
const SENTENCE_REST = /(?:[^.!?\n]|[.!?](?![ \t]+\p{Lu}|[ \t]*(?:\n|$)))*/uy;
/** Words that name a happening as one of its kind: "a ferry accident", "several explosions", "another attack". */
const INDEFINITE = /\b(?:a|an|another|several|two|three|similar)\b/i;

/** Whether the sentence going on at `from` tells of victims of a happening it names indefinitely. */
function tellsOfAnotherDisaster(text: string, from: number): boolean {
  SENTENCE_REST.lastIndex = from;
  const rest = SENTENCE_REST.exec(text)?.[0] ?? '';
  return INDEFINITE.test(rest) && rest.toLowerCase().split(/[^a-z]+/).some((w) => VICTIM_WORDS.has(w));
}

/**
 * The months a text recalls as past for a disaster of their own (see the header). With the report's own date,
 * a month without a year is the latest such month before the report's: "In May" in a report of August is this
 * May, in one of February last year's; the report's own month is left out ("In March" in March may be this
 * month's own happening) unless "Last" says a year ago.
 */
export function recalledMonths(text: string, own?: { year: number; month: number }): RecalledMonth[] {
  const out: RecalledMonth[] = [];
  RECALL_RE.lastIndex = 0;
  for (let m = RECALL_RE.exec(text); m && out.length < MAX_RECALLED; m = RECALL_RE.exec(text)) {
    if (!tellsOfAnotherDisaster(text, m.index + m[0].length)) continue;
    const month = monthNumber(m[2]!);
    const stated = m[3] ?? m[4];
    if (stated !== undefined) out.push({ month, year: Number(stated) });
    else if (!own) out.push({ month });
    // "Last January" in January is a year ago; "In March" in March may be this month's own happening.
    else if (month !== own.month) out.push({ month, year: month < own.month ? own.year : own.year - 1 });
    else if (m[1] === 'Last') out.push({ month, year: own.year - 1 });
  }
  return out;
}

const inMonth = (d: EventDay, m: RecalledMonth): boolean =>
  d.month === m.month && (m.year === undefined || d.year === undefined || d.year === m.year);

/**
 * Whether a report recalls, as past, the month another report's happening starts in (its onset: the first day
 * its lead names, or its date), while naming no day of that month among its own (its lead's days and its date).
 */
export function recallsOnsetMonth(a: { recalled: readonly RecalledMonth[]; days: readonly EventDay[] }, b: { onset?: EventDay }): boolean {
  const onset = b.onset;
  if (!onset) return false;
  return a.recalled.some((m) => inMonth(onset, m) && !a.days.some((d) => inMonth(d, m)));
}
