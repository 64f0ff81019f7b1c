// When two reports give different values for one measure, is that a disagreement or an update? And do the
// two values cover the same scope at all? Pure decisions, tested from tables (tests/unit/decide-disagreement.test.ts).
import { oneLetterVariant } from '../text/spelling-variant.ts';
import { isoDay, isoDayNumber } from '../text/calendar-day.ts';
import { isTitleCase } from '../text/title-case.ts';
import type { Figure, FigureKind } from '../types.ts';
import { ABOARD_HEAD, CASUALTY_HEADS, CASUALTY_WORDS, SETTLING_CASUALTY_WORDS } from '../text/words/casualty-words.ts';
import { DATE_NAMES } from '../text/words/month-names.ts';
import { FIRST_EVENT_WORDS, FOLLOWING_EVENT_NOUNS, FURTHER_EVENT_WORDS } from '../text/words/event-sequence-words.ts';
import { TIME_UNITS } from './extract/figure-units.ts';
import { CLAUSE_BREAKERS, CLAUSE_OPENERS } from '../text/words/function-words.ts';
import { PLACE_FILLERS, PLACE_LEVELS } from '../text/words/place-words.ts';
import { ANY_PEOPLE_NOUNS, NATIONALITY_NOUNS, isPeopleNoun } from '../text/words/people-nouns.ts';
import { measureTerms, UNNAMED_PERSON } from './describe-measure.ts';
import { COUNTRY_NAMES, countryOf } from '../text/words/country-names.ts';

export type Disagreement = 'updated' | 'diverging';

/** Days between two reports' calendar days, or undefined when either is undated. */
function daysApart(days: readonly [string | undefined, string | undefined]): number | undefined {
  const [a, b] = days.map(isoDayNumber);
  return a !== undefined && b !== undefined ? Math.abs(a - b) : undefined;
}

/**
 * The status of a group whose values differ, from the dates of the reports of each differing pair:
 * - 'updated' when every differing pair was published on different days: a later report revised the figure
 *   (a death toll, a vote count), which is news, not a disagreement;
 *   A pair of the same day is a revision too when its third element says the words order it (the larger value
 *   "rose to", or the smaller "fell to") or a floor well below the other count does (readLowerBound's 'below'):
 *   reports of one day often carry successive counts;
 * - 'diverging' otherwise: some pair of the same day disagrees, or a report has no date. Without dates the
 *   group is kept as diverging only because alignment already asks strong evidence for values that differ
 *   (see align-figures.ts); `why` then says the reports are undated.
 */
export function decideDisagreement(pairs: ReadonlyArray<readonly [string | undefined, string | undefined, boolean?]>): Disagreement {
  if (pairs.length === 0) return 'diverging';
  const allLater = pairs.every(([a, b, saysRevised]) => {
    const da = isoDay(a);
    const db = isoDay(b);
    // Two reports of one day: a revision only when the words say so ("the toll rose to 6" against an earlier 4).
    return da !== undefined && db !== undefined && (da !== db || saysRevised === true);
  });
  return allLater ? 'updated' : 'diverging';
}

export type LowerBoundReading = 'raised' | 'below' | 'stale' | 'undercut' | 'consistent';

/** Share above a floor that its number still stands for: "more than 80" is 80-odd, not 120. */
export const FLOOR_SLACK = 0.1;

/**
 * A hedged lower bound ("at least 50 dead", "more than 400 injured") and a higher count in a report of a
 * later day: the count was raised, an update to show (tolls are first given as floors), though the values do
 * not contradict each other. The floor given on a later day than the higher count is 'stale' (an older floor
 * quoted again: no report contradicts another, nothing to report). A count below the floor in a report of a
 * later day (within a month) is 'undercut': a tally is not revised below what was already counted, so the two
 * count different things ("at least 118 killed, including 13 in a neighbouring province" and, the next day, "113
 * confirmed dead in" the main one). A higher count of the same day, beyond FLOOR_SLACK above the floor, is
 * 'below': the floor is that day's earlier count ("at least 40 injured" and "more than 50 injured"; "more than
 * 80" and 120), a revision though the values overlap. A count within the slack, a count equal to the floor, a
 * lower count the same day, or a count more than a month after the floor, is consistent. `bound` and `other`
 * are [day, value].
 */
export function readLowerBound(
  bound: readonly [string | undefined, number],
  other: readonly [string | undefined, number],
  hedge: Figure['hedge'],
): LowerBoundReading {
  if (hedge !== 'at least' && hedge !== 'more than') return 'consistent';
  const [db, dO] = [isoDay(bound[0]), isoDay(other[0])];
  if (db === undefined || dO === undefined || other[1] === bound[1]) return 'consistent';
  if (other[1] < bound[1]) return db < dO && decideRevisionSpan([db, dO]) === 'one-period' ? 'undercut' : 'consistent';
  // A count months after a floor is no raise of it (decideRevisionSpan): another event's, or a look back.
  if (db < dO) return decideRevisionSpan([db, dO]) === 'one-period' ? 'raised' : 'consistent';
  if (db > dO) return 'stale';
  return other[1] > bound[1] * (1 + FLOOR_SLACK) ? 'below' : 'consistent';
}

export type TallyRaise = 'raised-tally' | 'needs-evidence';

/** One side of a possible tally raise: its report's day, its value and hedge, and whether it is its report's main tally. */
export interface TallyPoint {
  day: string | undefined;
  value: number;
  hedge: Figure['hedge'];
  /**
   * The report's largest current count of this head, of the whole event (no place, subject or time of its own, not
   * denied): "615 people had been killed", not "18 died on Everest" beside "2,500 killed" (see align-figures).
   */
  main: boolean;
}

/**
 * Whether two counts of one head (`oneHead`: "killed" and "dead", "identified" and "identified") read as one tally
 * raised by a later report: both are their reports' main tally of that head, the reports are of different days
 * within a month (decideRevisionSpan), and the later count is higher (or lower, `mayFall`: tallyMayFall), neither a
 * ceiling ("up to 18"). Reports of an
 * evolving story share little but the count's own word ("381 dead" on the 4th, "615 people had been killed" on the
 * 8th), so such a pair needs one piece of evidence instead of two ('raised-tally'); anything else 'needs-evidence'.
 */
export function readTallyRaise(a: TallyPoint, b: TallyPoint, oneHead: boolean, mayFall = false): TallyRaise {
  // Calendar days, not the times given: two times of one day are one day ("2026-03-02T08:00", "...T18:00").
  const [dayA, dayB] = [isoDay(a.day), isoDay(b.day)];
  if (!oneHead || !a.main || !b.main || dayA === undefined || dayB === undefined || dayA === dayB) return 'needs-evidence';
  if (decideRevisionSpan([dayA, dayB]) === 'other-period') return 'needs-evidence';
  const ceiling = (p: TallyPoint) => p.hedge === 'up to' || p.hedge === 'at most' || p.hedge === 'less than';
  if (ceiling(a) || ceiling(b)) return 'needs-evidence';
  const [early, late] = dayA < dayB ? [a, b] : [b, a];
  return late.value > early.value || (mayFall && late.value < early.value) ? 'raised-tally' : 'needs-evidence';
}

/** Measure heads of tallies that fall as well as rise as they are settled (SETTLING_CASUALTY_WORDS: the missing). */
let settlingHeads: ReadonlySet<string> | undefined;

/**
 * Whether a tally of these heads may fall in a later report as well as rise (readTallyRaise's `mayFall`): the
 * missing are found, alive or dead, so "291 missing" on the 16th and "143 missing" on the 23rd are one tally revised.
 */
export function tallyMayFall(heads: readonly string[]): boolean {
  settlingHeads ??= new Set([...SETTLING_CASUALTY_WORDS].flatMap((w) => measureTerms(w)));
  return heads.some((h) => settlingHeads!.has(h));
}

/** 'another-event': the storm named nearest the figure is another than the reports' own (figureEvent in named-event.ts). */
export type MeasureScope = 'part' | 'whole' | 'earlier' | 'later' | 'combined' | 'another-event';

/** Whether a figure of this scope is another event's than the report's own (quoted for context). */
export function ofAnotherEvent(scope: MeasureScope): boolean {
  return scope === 'earlier' || scope === 'later' || scope === 'another-event';
}

/** Words that make a figure a part of some whole: "another $125bn", "a first tranche of $50bn", "additional tariffs". */
const PART_WORDS = new Set(['another', 'additional', 'further', 'extra', 'remaining', 'tranche', 'tranches', 'batch', 'portion',
  'instalment', 'installment']);
/** Words read on each side of a figure, inside its sentence. */
const SCOPE_WINDOW = 5;
const WORD = /[\p{L}]+/gu;

/** A span of time in words ("hours", "an hour", "weeks"): the time units that events are told apart by. */
const TIME_SPAN = `(?:an?\\s+)?(?:${[...new Set(Object.values(TIME_UNITS))].join('|')})s?`;

/**
 * A span of time then "after" or "since", earlier in the figure's clause: "just weeks after a more powerful one
 * killed 61", "barely 2 weeks since the magnitude 7.8 quake". The figure is another, earlier event's, quoted
 * for context; so is "last month's 7.9-magnitude quake" (a year is a time of its own: attach-figure-times.ts).
 */
const EARLIER_EVENT = new RegExp(`\\b(?:${TIME_SPAN}\\s+(?:after|since)\\b[^,;:()\\u2013\\u2014]*|(?:last|previous)\\s+(?:week|month)['\\u2019]s\\s+)$`, 'i');

/**
 * Words EARLIER_EVENT cannot match without (one of its alternatives needs "after" or "since", the other "week" or
 * "month"): most leads have none, and this scan is cheaper than EARLIER_EVENT tried at each of their positions.
 */
const MAY_BE_EARLIER = /after|since|week|month/i;

/**
 * The figure's own clause says its event came some time after another one: "a 6.6-magnitude aftershock hit
 * about an hour after the initial quake". Its value is that later event's, not the story's main one; "the 7.8
 * quake struck two weeks after a smaller tremor" is the story's own (laterEvent also asks for a following-event
 * noun or the first event named as such).
 */
const LATER_EVENT = new RegExp(`^[^,;:()\\u2013\\u2014.]*?\\b${TIME_SPAN}\\s+(?:after|later)\\b`, 'i');
const CLAUSE_AHEAD = /^[^,;:()\u2013\u2014.]*/;

const CLAUSE_BEHIND = /[^,;:()\u2013\u2014.]*$/;

/**
 * Whether the figure's clause puts its event after another of its kind: a span of time then "after"/"later"
 * (LATER_EVENT), and the clause names the event as a following one ("aftershock", "another quake") or the
 * other as the first ("after the initial quake").
 */
function laterEvent(lead: string, after: string): boolean {
  if (!LATER_EVENT.test(after)) return false;
  const ahead = CLAUSE_AHEAD.exec(after)?.[0].toLowerCase().match(WORD) ?? [];
  const behind = CLAUSE_BEHIND.exec(lead)?.[0].toLowerCase().match(WORD) ?? [];
  return [...behind, ...ahead].some((w) => FOLLOWING_EVENT_NOUNS.has(w)) || behind.some((w) => FURTHER_EVENT_WORDS.has(w)) ||
    ahead.some((w, i) => FIRST_EVENT_WORDS.has(w) && ahead[i - 1] === 'the' && ahead[i - 2] === 'after');
}

/**
 * 'part' when the words right around a figure make it one part of a larger amount ("another $125bn of goods",
 * "a tranche of $50bn"); 'earlier' when its clause says it belongs to an earlier event ("weeks after a quake
 * killed 61"); 'later' when a quantity's clause says its event came after another ("an aftershock hit an hour
 * after the initial quake"); else 'whole'. A part and a whole are two measures, not a disagreement ("a tranche is not the
 * total"), nor is an earlier event's figure this event's; 'combined' for two casualties counted together ("dead
 * or missing"); two parts may be the same part.
 */
export function measureScope(text: string, figure: Pick<Figure, 'start' | 'end'> & Partial<Pick<Figure, 'kind'>>, sentence: readonly [number, number]): MeasureScope {
  const lead = text.slice(Math.max(sentence[0], figure.start - 120), figure.start);
  if (MAY_BE_EARLIER.test(lead) && EARLIER_EVENT.test(lead)) return 'earlier';
  // Only a physical quantity (a magnitude, a depth) is another event's this way: "45 dead days after the quake" is the toll.
  if (figure.kind === 'quantity' && laterEvent(lead, text.slice(figure.end, Math.min(sentence[1], figure.end + 120)))) return 'later';
  const before = (text.slice(Math.max(sentence[0], figure.start - 60), figure.start).match(WORD) ?? []).slice(-SCOPE_WINDOW);
  const afterText = text.slice(figure.end, Math.min(sentence[1], figure.end + 60));
  const after = (afterText.match(WORD) ?? []).slice(0, SCOPE_WINDOW);
  // "87,000 people dead or missing", "killed or injured": two casualties counted together are not either one;
  // "182 people injured and 20 missing" are two counts (words after the next number are its own).
  const lower = (afterText.replace(/\d[\s\S]*$/, '').match(WORD) ?? []).slice(0, SCOPE_WINDOW).map((w) => w.toLowerCase());
  const cas = lower.findIndex((w) => CASUALTY_WORDS.has(w));
  if (cas >= 0 && (lower[cas + 1] === 'or' || lower[cas + 1] === 'and') && CASUALTY_WORDS.has(lower[cas + 2] ?? '')) return 'combined';
  return [...before, ...after].some((w) => PART_WORDS.has(w.toLowerCase())) ? 'part' : 'whole';
}

/**
 * Whether the values of a group read as revisions: once a later report gives a new value, no report of that
 * day or later still gives the value it replaced. `points` are [report day, value class] (one class per value,
 * agreeing values share one); a day may carry a suffix ordering values within it ("2016-11-11#1"). "8.1 on the 8th, 8.2 on the 10th, 8.1 again on the 10th and 11th" is not a
 * revision but a disagreement; "7.9 on the 25th, 7.8 on the 26th and 27th" is. An undated point holds only when it
 * gives the latest dated value (whenever it was written, it repeats no replaced value); one giving an older value,
 * or a group without dated points, does not.
 */
export function revisionsHold(points: ReadonlyArray<readonly [string | undefined, number]>): boolean {
  // Keys sort in time order: a day, or a day with a suffix for a value the words say came later that day.
  const dated = points.filter((p): p is readonly [string, number] => p[0] !== undefined);
  if (dated.length === 0) return false;
  const latest = dated.reduce((a, b) => (b[0] > a[0] ? b : a));
  if (dated.some(([d, c]) => d === latest[0] && c !== latest[1])) return false;
  if (points.some(([d, c]) => d === undefined && c !== latest[1])) return false;
  return dated.every(([di, ci]) =>
    dated.every(([dj, cj]) => ci === cj || dj <= di || dated.every(([dk, ck]) => ck !== ci || dk < dj)),
  );
}

export type StableMeasureFit = 'same-event' | 'other-event';

/** Largest gap between two reports' values of one stable measure (a magnitude): agencies differ by tenths. */
export const STABLE_MAX_GAP = 1;
/** Days within which a stable measure is revised (a preliminary magnitude corrected); later it is another event. */
export const REVISION_DAYS = 7;
/** A stable measure's values that close are one event's however far apart they were reported: a magnitude revised 7.9 -> 7.8. */
export const REVISION_SPREAD = 0.3;

/**
 * For a physical quantity fixed once the event happened (a distance, a depth, a weight, a magnitude), whether
 * two differing values can be one event's: 'other-event' when reported more than REVISION_DAYS apart (two
 * quakes a fortnight apart, two missiles' ranges), or, for a unit with a bounded spread (`maxGap`: a magnitude's
 * STABLE_MAX_GAP), when the values are further apart than that (a 5.3 aftershock and the 7.9 main shock);
 * else 'same-event', a disagreement or a revision. Undated reports are judged by the gap alone. Values within
 * `spread` of each other (REVISION_SPREAD for whole reports) are never told apart by their days alone.
 */
export function decideStableMeasure(
  values: readonly [number, number],
  days: readonly [string | undefined, string | undefined],
  maxGap = Infinity,
  spread = 0,
): StableMeasureFit {
  const gap = Math.abs(values[0] - values[1]);
  if (gap > maxGap) return 'other-event';
  if (gap <= spread + 1e-9) return 'same-event';
  return (daysApart(days) ?? 0) > REVISION_DAYS ? 'other-event' : 'same-event';
}

/** Largest ratio between two reports' values of one named dimension of one event (a quake's depth: 10 km and 12 km). */
export const DIMENSION_MAX_RATIO = 2;

/**
 * For two lengths of one named dimension (a depth, an altitude: describeMeasure's dimension), whether they can be one
 * event's: agencies differ by kilometres, not by multiples, so values more than DIMENSION_MAX_RATIO apart are
 * 'other-event' ("an altitude of about 550 km" of this launch, "an altitude of 2,300 miles" of an earlier one).
 */
export function decideDimensionSpread(values: readonly [number, number]): StableMeasureFit {
  const [lo, hi] = [Math.min(Math.abs(values[0]), Math.abs(values[1])), Math.max(Math.abs(values[0]), Math.abs(values[1]))];
  return hi > lo * DIMENSION_MAX_RATIO ? 'other-event' : 'same-event';
}

export type Polarity = 'same-polarity' | 'opposite';

/**
 * Whether two figures' clauses deny the same of their measure: 'opposite' when one denies a term the other does
 * not ("five deaths were not storm-related" against "four other people died in storm-related incidents", or
 * against a toll of every death). A count its clause sets apart by a denial is a subset of its own, compared only
 * with counts that deny the same; two clauses that deny nothing, or the same, are 'same-polarity'.
 */
export function decidePolarity(a: { negated: readonly string[] }, b: { negated: readonly string[] }): Polarity {
  return a.negated.some((t) => !b.negated.includes(t)) || b.negated.some((t) => !a.negated.includes(t)) ? 'opposite' : 'same-polarity';
}

export type RevisionSpan = 'one-period' | 'other-period';

/** Days within which a later report's differing count, amount or share still revises the one before (a data
 * breach's count grew over 25 days); beyond, the reports are of different times. */
export const REVISION_SPAN_DAYS = 31;

/**
 * Two reports' differing values of a count, amount or share: 'other-period' when they were published more than
 * REVISION_SPAN_DAYS apart. That is neither a disagreement of one time nor, as told, a revision: two events of one
 * kind (two train crashes months apart, two hurricane seasons), or a look back that gives the settled value.
 * 'one-period' when closer, or when either report is undated (nothing to tell them apart by).
 */
export function decideRevisionSpan(days: readonly [string | undefined, string | undefined]): RevisionSpan {
  return (daysApart(days) ?? 0) > REVISION_SPAN_DAYS ? 'other-period' : 'one-period';
}

export type ReportEvents = 'same-event' | 'other-event' | 'unknown';

/**
 * Whether two reports tell of one event, from the stable measures each gives of its own event (a quake's
 * magnitude; values quoted for an earlier event are left out by the caller). Each pair of their values is
 * 'agree' or decideStableMeasure's fit. 'same-event' when some pair agrees or may be one event's (agencies
 * differ by tenths, a preliminary value corrected); 'other-event' when every pair is another event's (a 7.3
 * quake reported 17 days after a 7.8 one): their other figures are then not one measure either, however alike
 * their words ("42 killed" and "18 killed"); 'unknown' without such pairs.
 */
export function decideReportEvents(pairs: ReadonlyArray<'agree' | StableMeasureFit>): ReportEvents {
  if (pairs.length === 0) return 'unknown';
  return pairs.every((p) => p === 'other-event') ? 'other-event' : 'same-event';
}

/** Words read after a figure for the place it is counted in. */
const PLACE_WINDOW = 8;
const FUNCTION_FILLERS = new Set(['the', 'its', 'his', 'her', 'their', 'of', 'and']);
const PLACE_TOKEN = /[\p{L}][\p{L}'\u2019-]*|[^\s\p{L}]/gu;

/**
 * The place a figure is counted in, read from "in <Name>" right after it in its clause ("45 dead in the southern
 * state of Oaxaca" -> "oaxaca", "15 died in Chiapas and Tabasco" -> "chiapas tabasco"), else from a place put
 * first in its clause ("In Qinghai, the quake has left 182 injured"), or undefined. Names are capitalised words,
 * never listed: a count in one place is not a count in another, nor the whole event's count.
 */
export function figurePlace(text: string, figure: Pick<Figure, 'end'>, sentence: readonly [number, number]): string | undefined {
  // A headline capitalises every word: its capitals name nothing ("At Least 119 Dead in Magnitude 7.1 Mexico Quake").
  // Read around the figure only: a sentence may be a whole data table.
  // The "in" is looked for first: most figures have none, and the headline check reads 400 characters.
  const tokens = (text.slice(figure.end, Math.min(sentence[1], figure.end + 120)).match(PLACE_TOKEN) ?? []).slice(0, PLACE_WINDOW + 6);
  const at = tokens.findIndex((t, k) => k < PLACE_WINDOW && t === 'in');
  // Only within the figure's clause: "45 dead in Oaxaca", not "45 dead, officials in Oaxaca said" nor "65 missing as
  // the toll in Nepal rose".
  const after = at >= 0 && !tokens.slice(0, at).some((t) => /^[,;:()\u2013\u2014]$/.test(t) || CLAUSE_OPENERS.has(t.toLowerCase()));
  // Else a place put first scopes its sentence: "In Qinghai, the quake has left 182 people injured".
  const front = after ? [] : frontedPlace(text, figure.end, sentence);
  if (!after && front.length === 0) return undefined;
  if (isTitleCase(text.slice(Math.max(sentence[0], figure.end - 200), Math.min(sentence[1], figure.end + 200)))) return undefined;
  return placeNames(after ? tokens.slice(at + 1) : front);
}

/**
 * The words of a sentence's opening "In ..." phrase when a comma closes it within PLACE_WINDOW words and the figure
 * (ending at `end`) stands in the clause right after it ("In Qinghai, the quake has left 182 people injured"), else
 * none: "In Katmandu, people are back in the open, just as ... after last month's quake that killed 8,000" is not.
 */
function frontedPlace(text: string, end: number, sentence: readonly [number, number]): string[] {
  const head: string[] = text.slice(sentence[0], Math.min(sentence[1], sentence[0] + 80)).match(PLACE_TOKEN) ?? [];
  const comma = head.indexOf(',');
  if (head[0] !== 'In' || comma <= 1 || comma > PLACE_WINDOW) return [];
  const from = text.indexOf(',', sentence[0]) + 1;
  const clause = text.slice(from, end).replace(/(\d),(?=\d)/g, '$1');
  if (/[,;:()\u2013\u2014]/.test(clause) || (clause.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => CLAUSE_BREAKERS.has(w))) return [];
  return head.slice(1, comma);
}

/** The capitalised names of a place phrase read after "in" ("the southern state of Oaxaca" -> "oaxaca"), joined; undefined for none. */
function placeNames(tokens: readonly string[]): string | undefined {
  const names: string[] = [];
  for (const t of tokens) {
    const lower = t.toLowerCase();
    // "in the United States": a level word completing a country's name is the name's.
    if (PLACE_LEVELS.has(lower) && names.length && countryOf(`${names[names.length - 1]} ${lower}`) !== undefined) {
      names[names.length - 1] += ` ${lower}`;
      continue;
    }
    if (PLACE_LEVELS.has(lower) || FUNCTION_FILLERS.has(lower)) continue;
    // "45 dead in March", "on Sunday": a date, not a place.
    if (DATE_NAMES.has(lower)) break;
    if (/^\p{Lu}/u.test(t)) names.push(lower);
    else if (!PLACE_FILLERS.has(lower)) break;
  }
  return names.length ? names.join(' ') : undefined;
}

/** Each country's forms as figure words (measureTerms: "americans" -> ["american"]), one array of terms per form;
 * made when a country is first met, not at every worker start. */
let countryTerms: ReadonlyArray<ReadonlyArray<readonly string[]>> | undefined;
function countryTermsOf(country: number): ReadonlyArray<readonly string[]> {
  countryTerms ??= COUNTRY_NAMES.map((forms) => forms.map((f) => f.split(' ').map((w) => measureTerms(w)[0] ?? w)));
  return countryTerms[country]!;
}
export type PlaceMatch = 'same-place' | 'other-place';

/**
 * Whether a place read for one figure ("united states", "kathmandu"; figurePlace) or a word narrowing it ("US
 * customers") is named among another figure's words (terms, as measureTerms writes them): each of its words is
 * there, in its spelling or in a variant ("Katmandu"); or it is a country written there in another of its forms
 * ("143 million US customers" and "an additional 2.5 million Americans", COUNTRY_NAMES).
 */
export function decidePlaceAmong(place: string, words: ReadonlyMap<string, number>): PlaceMatch {
  const own = place.split(' ').map((w) => measureTerms(w)[0] ?? w);
  if (own.every((t) => words.has(t))) return 'same-place';
  const country = countryOf(place);
  if (country !== undefined && countryTermsOf(country).some((form) => form.every((t) => words.has(t)))) return 'same-place';
  const keys = [...words.keys()];
  return own.every((t) => words.has(t) || keys.some((k) => oneLetterVariant(t, k))) ? 'same-place' : 'other-place';
}

/**
 * Whether two figures' places (figurePlace) are one: the same words, one country in two forms ("america" and
 * "united states"), or the same names spelt differently ("katmandu" and "kathmandu").
 */
export function decidePlaces(a: string, b: string): PlaceMatch {
  if (a === b) return 'same-place';
  const ca = countryOf(a);
  if (ca !== undefined && ca === countryOf(b)) return 'same-place';
  const [wa, wb] = [a.split(' '), b.split(' ')];
  return wa.length === wb.length && wa.every((w, i) => oneLetterVariant(w, wb[i]!)) ? 'same-place' : 'other-place';
}

export type DifferingValues = 'may-diverge' | 'related-only';

/**
 * Whether two different values of one kind may ever be called a disagreement. An ordinal is a place in a
 * series, and two places are two members of it far more often than two claims about one ("the 11th Doctor"
 * and "the 12th Doctor", "fourth quarter" and "second quarter", "43rd meeting" and "fourth in-person
 * meeting"): such figures are shown as related figures, never as diverging. Agreeing ordinals still align.
 */
export function decideDifferingValues(kind: FigureKind): DifferingValues {
  return kind === 'ordinal' ? 'related-only' : 'may-diverge';
}

export type BareCount = 'people' | 'as-written';

/** "five of the dead", "two of them": a part of a count, not the count. */
const PARTITIVE_AFTER = /^\s*of\s+(?:the|them|those|these|whom)\b/i;

/**
 * What a whole number written without a noun counts, from its measure's heads: "the death toll from the bombing
 * rose to at least six" and "killed 59" count people (the extractor, reading only the words next to the number,
 * leaves it bare), so it is compared with "six civilians" and "59 people"; so do those carried ("sank with 459 on
 * board"). A part ("five of the dead"), a
 * fraction ("more than a third") and any other bare number stay as written. `after` is the text after it.
 */
export function readBareCount(figure: Pick<Figure, 'kind' | 'unit' | 'value'>, heads: readonly string[], after: string): BareCount {
  if (!Number.isInteger(figure.value) || figure.value < 1) return 'as-written';
  // "killed 15 while 40 others were injured": others with a casualty word are that casualty's count.
  const others = figure.kind === 'count' && figure.unit === 'other';
  if (!others && (figure.kind !== 'number' || figure.unit !== '')) return 'as-written';
  if (PARTITIVE_AFTER.test(after)) return 'as-written';
  // "sank with 459 on board": those carried are people too.
  return heads.some((h) => CASUALTY_HEADS.has(h) || h === ABOARD_HEAD) ? 'people' : 'as-written';
}

export type Subjects = 'one-subject' | 'two-subjects';

/** Weight a figure's words must give the other figure's subject for that name to be its too (see decideSubjects). */
export const SHARED_SUBJECT_WEIGHT = 0.8;

/**
 * Whether two figures with different values may be of one subject, from the name each is a value of (a player,
 * a boxer, a company: describeMeasure's subject) and the weighted words read around the other: 'two-subjects'
 * when each has a name and neither name stands close to the other figure ("Charles rushed for 226 yards" and
 * "Hillis rushed for 101 yards"); a name the other figure's words hold only further off (the opponent's, a
 * second player's in a list) says nothing. Without a name on either side: 'one-subject'.
 * A name on one side only: a count of people or a physical quantity (`measure` 'event': a toll, a crowd, a distance,
 * a depth) is the event's, whatever its clause opens with ("jolted Nepal, killing 42", "Hamas fired one to within
 * 20 miles of Tel Aviv"), so 'one-subject'; any other measure (games missed, rebounds, years of a sentence, a
 * poll's share) is its subject's own, and when the other figure's words never name that subject nor a
 * pronoun stands for it, whose it is there is unknown: 'two-subjects', shown as related, never diverging
 * ("Clark had 16 rebounds" and "Artino, whose role has grown, had six rebounds").
 */
export function decideSubjects(
  a: { name: string | undefined; words: { get(term: string): number | undefined } },
  b: { name: string | undefined; words: { get(term: string): number | undefined } },
  measure: 'event' | 'other' = 'other',
): Subjects {
  if (a.name === b.name || (a.name === undefined && b.name === undefined)) return 'one-subject';
  if (a.name === undefined || b.name === undefined) {
    const [named, other] = a.name === undefined ? [b.name!, a] : [a.name, b];
    return measure === 'event' || named === UNNAMED_PERSON || (other.words.get(named) ?? 0) > 0 ? 'one-subject' : 'two-subjects';
  }
  const near = (words: typeof a.words, name: string) => (words.get(name) ?? 0) >= SHARED_SUBJECT_WEIGHT;
  return near(b.words, a.name) || near(a.words, b.name) ? 'one-subject' : 'two-subjects';
}

export type ScaleGap = 'comparable' | 'other-measure';

/** Largest ratio between two values of one measure other than a tally: reports do not disagree by orders of magnitude. */
export const MAX_VALUE_RATIO = 100;

/**
 * Whether two values that differ are far enough apart to be of other measures, whatever their words: "$9" a
 * share and "$281 million" of a price are a unit price and a total, not one price reported twice. Tallies
 * (counts, bare numbers) reported on different days are exempt: a toll may rise from "at least 10" to
 * thousands as it is counted. Of one day, or undated, 170 killed and 220,000 killed are two events' tolls.
 */
export function decideScaleGap(kind: FigureKind, values: readonly [number, number], countedOverDays = true): ScaleGap {
  if ((kind === 'count' || kind === 'number') && countedOverDays) return 'comparable';
  // A zero is no scale: "0%" and "0.5%" may be one rate reported twice.
  if (values[0] === 0 || values[1] === 0) return 'comparable';
  const [lo, hi] = [Math.min(Math.abs(values[0]), Math.abs(values[1])), Math.max(Math.abs(values[0]), Math.abs(values[1]))];
  return hi > lo * MAX_VALUE_RATIO ? 'other-measure' : 'comparable';
}

export type PeopleNouns = 'one-count' | 'other-people' | 'not-people';

/**
 * Whether two counts written with different nouns may count the same people: a noun that says nothing of
 * which people ("people", "lives") meets any noun of people ("17 climbers" and "18 people" killed);
 * two nouns that each say which people ("soldiers" and "civilians", "passengers" and "crew") count other people.
 */
export function decidePeopleNouns(a: string, b: string): PeopleNouns {
  if (!isPeopleNoun(a) || !isPeopleNoun(b)) return 'not-people';
  const any = (n: string) => ANY_PEOPLE_NOUNS.has(n) || NATIONALITY_NOUNS.has(n);
  return a === b || any(a) || any(b) ? 'one-count' : 'other-people';
}

export type BothValues = 'two-measures' | 'may-disagree';
export type BothValuesWitness = 'none' | 'value' | 'one-sentence' | 'value-and-words';

/**
 * Whether two different values of a measure are two measures because one report gives both: a report does not
 * disagree with itself ("$16bn in cash and stock plus $3bn in restricted stock, $19bn in all"; "passed for 364
 * yards, including a 41-yard touchdown"). `witness` says how such a report gives them (see align-figures):
 * - counts of people under different nouns ('people-nouns': "149 passengers" and "157 people"): the values alone
 *   are witness enough;
 * - any other measure but a stable one: each value must read as the measure itself ('value-and-words'), or both
 *   stand in one of its sentences ('one-sentence': a value and its parts, "$14bn in all");
 * - a stable measure (a magnitude) is never split so: a report quoting two agencies' magnitudes tells of a
 *   disagreement.
 */
export function decideBothValues(measure: 'stable' | 'people-nouns' | 'other', witness: BothValuesWitness): BothValues {
  if (measure === 'stable' || witness === 'none') return 'may-disagree';
  return measure === 'people-nouns' || witness !== 'value' ? 'two-measures' : 'may-disagree';
}
