// Months a report recalls as past: a sentence that opens "In May, about 50 people died in the same district in a
// ferry accident" or "Last October several explosions at a peace rally killed more than 100" tells of an earlier
// happening of its kind, so the report's own happening came after that month. Wire copy adds such paragraphs
// as background. A report of a happening in that month is then of the earlier happening, not this one's:
// two ferries sunk in one district three months apart share every word but the ferry's name. Pure.
//
// Only a sentence that opens with the month is read: mid-sentence months are as often plans ("a final report
// will be released in November") or the report's own happening ("crashed into the sea in December"). And only
// one that tells of victims (a casualty word: died, killed, injured, missing): a disaster of its own. A recalled
// step of the report's own story ("In March, President Obama issued an executive order", "In October 2011,
// Lopez was arrested") is how a follow-up recalls its start, and ECB+ counts such follow-ups as one event.

import { MONTH_NAMES, monthNumber } from '../text/words/month-names.ts';
import { CASUALTY_WORDS } from '../text/words/casualty-words.ts';
import { stem } from '../text/stem.ts';
import type { EventDay } from './event-days.ts';

/** A month a report recalls; the year when stated, or read from the report's own date. */
export interface RecalledMonth {
  month: number;
  year?: number;
}

const MONTHS = MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|');
/**
 * "In May," "Last October" "In early December," "In March 2019," at a sentence's start (after a full stop, a
 * line's start or a paragraph's), never with a day ("In May 12 ..." names a day: event-days.ts reads it).
 */
const RECALL_RE = new RegExp(`(?:^|[.!?]["”’]?\\s+|\\n\\s*)(?:In|Last)\\s+(?:(?:early|late|mid)[- ])?(${MONTHS})\\b(?!\\s*\\d{1,2}\\b)(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'g');
/** Recalls read at most: a long text's tail is seldom about its own happening's predecessors. */
const MAX_RECALLED = 6;
/** The rest of a sentence from an index: up to its full stop or its line's end. */
const SENTENCE_REST = /[^.!?\n]*/y;

/** Casualty words as stems: "killing" as "killed" ("a jet crashed, killing all 162"). */
const CASUALTY_STEMS: ReadonlySet<string> = new Set([...CASUALTY_WORDS].map((w) => stem(w)));

/** Whether the sentence going on at `from` tells of victims: a casualty word ("about 50 people died"). */
function tellsOfVictims(text: string, from: number): boolean {
  SENTENCE_REST.lastIndex = from;
  const rest = SENTENCE_REST.exec(text)?.[0] ?? '';
  return rest.toLowerCase().split(/[^a-z]+/).some((w) => w !== '' && CASUALTY_STEMS.has(stem(w)));
}

/**
 * The months a text recalls as past, in sentences that tell of victims. With the report's own date (year, month), a month without a year is the
 * latest such month before the report's: "In May" in a report of August is this May, in one of February last
 * year's; the report's own month is left out ("In March" in March may be this month's own happening).
 */
export function recalledMonths(text: string, own?: { year: number; month: number }): RecalledMonth[] {
  const out: RecalledMonth[] = [];
  RECALL_RE.lastIndex = 0;
  for (let m = RECALL_RE.exec(text); m && out.length < MAX_RECALLED; m = RECALL_RE.exec(text)) {
    if (!tellsOfVictims(text, m.index + m[0].length)) continue;
    const month = monthNumber(m[1]!);
    const stated = m[2] ? Number(m[2]) : undefined;
    if (stated !== undefined) out.push({ month, year: stated });
    else if (!own) out.push({ month });
    else if (month !== own.month) out.push({ month, year: month < own.month ? own.year : own.year - 1 });
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
