// Lines up the figures of the open article and its related reports by what they measure, and says for each
// measure whether the reports agree.
//
// 1. Every report's figures are described (describe-measure.ts): kind, unit, time, role (a "from" value of
//    a change is the previous value), qualifiers ("fourth IN-PERSON meeting") and weighted context words.
// 2. Within one report, one amount written in several currencies in the same passage ("$18bn (£14bn)",
//    "20 trillion rubles, or nearly 1.6 trillion yuan ... equating to approximately $219.6 billion") is ONE
//    item with a value per currency; repeats of the same figure (headline and body) are one item too.
// 3. Two items of different reports may be linked when their kind matches, they share a unit (a currency
//    only through a same-passage conversion; never by exchange rates), their qualifiers are found in each
//    other's words, their times do not conflict (two explicit different times never align; an undated report
//    reads "last year" from the open article's date: same story, same days), and their
//    context words are similar (cosine over weight x idf, idf over the figure-holding sentences of all the
//    reports) plus a bonus when they share a head noun ("visit", "trade"). The bar
//    is higher for values that disagree than for values that agree (a wrong "diverging" flag misleads the
//    reader: precision first):
//      - values agree:    similarity >= LINK_AGREE;
//      - values disagree: similarity >= LINK_DIVERGE, no clash of head nouns ("killed" vs "injured"), both times
//        known and equal (or both absent: a dated figure is never called different from an undated one), and
//        two independent pieces of evidence (shared nearby words, the same explicit time, the same compound
//        noun "two-day VISIT"), one of them a word close to both figures or that noun; and their reports not
//        of two events (their own magnitudes, if any, cannot be one event's: a 7.3 quake 17 days after a 7.8
//        one; otherEventReports); two physical quantities are not of one event when their sentences name their shocks
//        by magnitudes further apart than a revision, nor two lengths of one named dimension (a depth, an altitude)
//        more than DIMENSION_MAX_RATIO apart. A figure nearest another storm's name than the reports' own ("Eta
//        killed more than 130", in reports of Hurricane Iota: figureEvent) is that storm's, for context: it only
//        agrees, never updates or diverges.
// 4. Items are merged greedily, best link first, complete linkage: a group holds at most one item per report
//    and every pair of its items must be linked.
// 5. Status, from the open article's point of view (the open article is reportId null):
//      - diverging:    two or more reports and some pair of values differs beyond rounding and hedges
//                      (also when the open article is not among them: the reader should see it first),
//                      from reports of the same day or undated ones (`why` says which);
//      - updated:      values differ, and every differing pair comes from reports of different days: a
//                      later report revised the figure (mentions carry `published`, earliest first); or of one
//                      day when the words order the values ("rose to") or a floor stands well below the other
//                      count ("at least 40 injured", "more than 50 injured": readLowerBound's 'below'), the
//                      earlier count though the values overlap;
//      - corroborated: the open article and at least one related report, all agreeing;
//      - omitted:      related reports have it (one or more, agreeing), the open article does not;
//      - single:       only the open article has it.
//    Values that differ must also be of one scope (decide-disagreement.ts: "another $125bn" is a part, not
//    the whole; a rate on $200bn is not a rate on $300bn). Diverging and updated groups carry `why`.
//    Order: diverging, updated, corroborated, omitted, single; then by number of reports, then by position in the open
//    article.
import { compareValueIntervals, gapPercent, significantDigits, valueInterval } from './compare-figure-values.ts';
import { clipLabel, describeMeasure, figurePhrase, countSentenceTerms, type MeasureDescription } from './describe-measure.ts';
import { extractFigures } from './extract/extract-figures.ts';
import { isoDay } from '../text/calendar-day.ts';
import { decidePlaceAmong, decidePlaces, decideBothValues, decidePolarity, decideRevisionSpan, type BothValuesWitness, decideDifferingValues, decideDisagreement, decidePeopleNouns, decideReportEvents, decideScaleGap, decideStableMeasure, decideDimensionSpread, decideSubjects, figurePlace, readBareCount, readLowerBound, readTallyRaise, tallyMayFall, type LowerBoundReading, STABLE_MAX_GAP, REVISION_SPREAD, measureScope, ofAnotherEvent, revisionsHold, type MeasureScope } from './decide-disagreement.ts';
import { MEASURE_UNITS } from '../text/words/measure-units.ts';
import { DIMENSIONS } from '../text/words/dimension-words.ts';
import { decideReportCountries, reportCountries, type ReportCountries } from './report-countries.ts';
import { countryOf } from '../text/words/country-names.ts';
import { decideEventNames, figureEvent, namedEvent, type NamedEvent } from '../text/named-event.ts';
import { decideEventSequence, leadEvent, type LeadEvent } from '../matching/lead-event.ts';
import { PEOPLE_BASE, unitFamily } from './unit-families.ts';
import { SortedSpans, type Span } from '../text/sorted-spans.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { HEDGE_WORDS } from '../text/words/hedge-words.ts';
import { CASUALTY_LINKS, HEAD_LABELS } from '../text/words/casualty-words.ts';
import { ANY_PEOPLE_NOUNS } from '../text/words/people-nouns.ts';
import { singularNoun } from '../text/singular-noun.ts';
import { FIRST_EVENT_WORDS, FOLLOWING_EVENT_NOUNS, FURTHER_EVENT_WORDS } from '../text/words/event-sequence-words.ts';
import type { Figure, FigureGroup, FigureMention, FigureStatus } from '../types.ts';

/** Words that say which event of a series a figure is of ("aftershock", "initial", "second"). */
const SEQUENCE_WORDS: ReadonlySet<string> = new Set([...FOLLOWING_EVENT_NOUNS, ...FIRST_EVENT_WORDS, ...FURTHER_EVENT_WORDS]);

export interface FigureSource {
  /** Corpus id, or null for the open article. */
  reportId: string | null;
  text: string;
  published?: string;
  /** Figures already extracted from `text` (otherwise they are extracted here). */
  figures?: Figure[];
  /**
   * [start, end) sentence offsets of `text`, when already known (corpus articles carry them): they must be
   * splitSentences(text), which alignment then does not run again.
   */
  sentences?: Array<[number, number]>;
}

/**
 * Figures of one report that alignment considers: the first ones in reading order. A news report has a
 * few dozen; a page with thousands (a table, a CSV file opened in the browser) is not a report to compare
 * figure by figure, and the bound keeps the work (and the result) bounded whatever the page holds.
 */
export const MAX_FIGURES_PER_REPORT = 400;
/**
 * Figure items (a figure with its same-passage conversions) aligned in one call, over all the reports:
 * comparing them is quadratic, so thirteen data-heavy reports would take a minute. The open article keeps
 * all of its items (at most MAX_FIGURES_PER_REPORT); the related reports share the rest evenly, each
 * keeping its first ones, a report needing less leaving its share to the others. News reports hold a few
 * dozen figures: the bound is met only by pages that are tables or data.
 */
export const MAX_ITEMS_ALIGNED = 1000;
/** Longest mention text (characters): the figure as quoted ("nearly 8,000 people"). */
export const MAX_MENTION_TEXT = 100;
/**
 * Longest quote (characters): a mention quotes its whole sentence when the sentence is no longer, else a
 * window of it holding the figure, cut at word boundaries (from the sentence's start when the figure is
 * within reach of it, so the figure's offset in the sentence is its offset in the quote).
 */
export const MAX_QUOTE_TEXT = 400;
/** Score needed to align two figures whose values agree. */
export const LINK_AGREE = 0.2;
/**
 * Score needed to align two figures that state the very same precise value (three significant digits or
 * more: "$449,000", "$240.1bn"): such a value seldom recurs in one story for another measure, so any shared
 * context word will do.
 */
export const LINK_SAME_PRECISE = 0.05;
/** Score needed to align two figures whose values differ (and so flag them as diverging). */
export const LINK_DIVERGE = 0.35;
/** Added to the context similarity when both figures measure the same head noun ("visit", "trade"). */
export const HEAD_BONUS = 0.25;
/** A word weighing at least this much next to both figures must be shared for a divergence. */
export const ANCHOR = 0.3;
/** Weight on both sides for a shared word to count as evidence of a divergence. */
export const EVIDENCE_WORD = 0.2;
/** Pieces of evidence a divergence needs (see divergenceEvidence). */
export const DIVERGE_EVIDENCE = 2;

const STATUS_ORDER: Record<FigureStatus, number> = { diverging: 0, updated: 1, corroborated: 2, omitted: 3, single: 4 };

interface Member {
  figure: Figure;
  desc: MeasureDescription;
  sentence: [number, number];
  /** valueInterval(figure) and significantDigits(figure), worked out once. */
  interval: [number, number];
  digits: number;
  /** 'part' for "another $125bn", "a tranche of": not the same measure as a whole amount. */
  scope: MeasureScope;
  /** The place the figure is counted in ("45 dead in Oaxaca"), when the words say. */
  place: string | undefined;
}

interface Item {
  source: number;
  reportId: string | null;
  /** The figure as first written, then its conversions into other currencies. */
  members: Member[];
  /** The units of the members, each once, in order. */
  units: string[];
  kind: Figure['kind'];
  time: string | undefined;
  role: MeasureDescription['role'];
  qualifiers: string[];
  /** Terms a member's clause denies (describeMeasure's negated). */
  negated: string[];
  heads: string[];
  compounds: string[];
  complements: string[];
  /** Names close to the figure (describeMeasure's names). */
  names: string[];
  /** The name its first member is a value of (describeMeasure's subject). */
  subject: string | undefined;
  scope: MeasureScope;
  /** The place its first member is counted in (see figurePlace). */
  place: string | undefined;
  /** Its report's main tally of its head (see mainTallies, readTallyRaise). */
  mainTally: boolean;
  /** For a quantity, the value of a stable measure (a magnitude) in its sentence, other than itself: which shock it is of. */
  sentenceStable?: { unit: string; value: number };
  /** The day the item's report was published (its own date, never a borrowed reference date). */
  day?: string;
  /**
   * For a percentage: the amounts written in its sentence ("a 25% tariff on $200bn of goods"), as value
   * intervals by unit. Two rates applied to different amounts are rates of different things.
   */
  bases: Array<{ unit: string; interval: [number, number] }>;
  /** Shared with the prepared report (never written) until `ownTerms`: a twin merged in copies it first. */
  terms: Map<string, number>;
  ownTerms: boolean;
  /** Normalised terms weighted by idf, and its norm (filled once idf is known). */
  vector: Map<string, number>;
  norm: number;
}

type TimeRelation = 'same' | 'unknown' | 'different';

/**
 * Figures alignment can place: a finite value and a span inside the text, short enough to quote. Which
 * numbers are measurements at all (not "the two countries", "for the first time", "third countries") is the
 * extractor's decision (extract-figures.ts); figures handed in pre-extracted come from it too.
 */
function usable(text: string, f: Figure): boolean {
  return Number.isFinite(f.value) && f.start >= 0 && f.end > f.start && f.end <= text.length && f.end - f.start <= MAX_MENTION_TEXT;
}

/** The sentence holding a figure's start (sentences sorted and apart, so by binary search). */
function sentenceOf(sentences: ReadonlyArray<readonly [number, number]>, f: Figure, textLength: number): [number, number] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sentences[mid]![0] <= f.start) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo - 1];
  if (s && f.start < s[1]) return [s[0], Math.max(s[1], Math.min(f.end, textLength))];
  return [Math.max(0, f.start), Math.min(textLength, f.end)];
}

/** Conversion cue between two money figures of different currencies in the same passage. */
const CONVERSION_GAP_STRONG = /\b(equat\w*|equivalent|equal\w*|convert\w*|i\.?e|exchange rate)\b/i;
/** Words that may stand between a figure and its conversion: hedges and a few linking words ("or", "which is"). */
const CONVERSION_GAP_WORDS = new Set([...HEDGE_WORDS, 'or', 'worth', 'which', 'is', 'was', 'the', 'of', 'to']);

function isConversion(text: string, a: Figure, b: Figure): boolean {
  if (a.kind !== 'money' || b.kind !== 'money' || a.unit === b.unit) return false;
  const gap = text.slice(a.end, b.start);
  if (gap.length > 80 || /\d/.test(gap) || /[.!?]\s/.test(gap)) return false;
  const words: string[] = gap.toLowerCase().match(/[a-z]+/g) ?? [];
  const onlyHedges = words.every((w) => CONVERSION_GAP_WORDS.has(w));
  if (/^\s*[([]/.test(gap) && onlyHedges) return true; // "$18bn (£14bn)", "£14bn (about $18bn)"
  if (words.includes('or') && onlyHedges) return true; // "20 trillion rubles, or nearly 1.6 trillion yuan"
  return CONVERSION_GAP_STRONG.test(gap); // "... Putin noted, equating to approximately $219.6 billion"
}

function timeRelation(a: string | undefined, b: string | undefined): TimeRelation {
  if (a === undefined && b === undefined) return 'same';
  if (a === undefined || b === undefined) return 'unknown';
  if (a === b) return 'same';
  const ya = /^\d{4}$/.test(a);
  const yb = /^\d{4}$/.test(b);
  // A year and an unresolved relative phrase ("2023" vs "last year" of an undated report) may be one time.
  if (ya !== yb) return 'unknown';
  return 'different';
}

/** An item's time for comparison: its report's own year says no more than no time at all ("on 3 Aug 2014" in 2014). */
function ownTime(it: Item): string | undefined {
  return it.time !== undefined && it.day !== undefined && it.time === it.day.slice(0, 4) ? undefined : it.time;
}

function sharedUnits(a: Item, b: Item): string[] {
  if (a.units.length === 1 && b.units.length === 1) return a.units[0] === b.units[0] ? a.units : [];
  return a.units.filter((u) => b.units.includes(u));
}

function memberIn(item: Item, unit: string): Member {
  return item.members.find((m) => m.desc.unit === unit) ?? item.members[0]!;
}

function valuesAgree(a: Item, b: Item, units: string[]): boolean {
  return units.some((u) => compareValueIntervals(memberIn(a, u).interval, memberIn(b, u).interval) === 'same');
}

function similarity(a: Item, b: Item): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}

/**
 * Independent pieces of evidence that two figures with different values measure the same thing: each
 * word they share nearby (weight >= EVIDENCE_WORD on both sides), the same explicit time ("last year",
 * "2019"), and the same noun the figure is written into ("two-day VISIT", "43rd MEETING"). One shared
 * word is not enough: "killing 19 people" and "killed 346 people" share "killed" in any two stories.
 * At least one piece must be a word close to both figures (ANCHOR) or the compound noun itself.
 */
function divergenceEvidence(a: Item, b: Item): number {
  let words = 0;
  let anchor = false;
  for (const [t, w] of a.terms) {
    const v = b.terms.get(t) ?? 0;
    if (Math.min(w, v) >= EVIDENCE_WORD) words++;
    if (w >= ANCHOR && v >= ANCHOR) anchor = true;
  }
  const compound = a.compounds.some((c) => b.compounds.includes(c));
  if (!anchor && !compound) return 0;
  // "a $1 billion buyout of Instagram" and "a $3 billion buyout of existing shareholders": other buyouts.
  if (compound && a.complements.length && b.complements.length && !a.complements.some((c) => b.complements.includes(c))) return 0;
  return words + (a.time !== undefined && a.time === b.time ? 1 : 0) + (compound ? 1 : 0);
}

/** The amounts of money in a percentage's sentence: what the rate applies to. */
function basesOf(members: Member[], of: Member): Item['bases'] {
  return members
    .filter((m) => m !== of && m.figure.kind === 'money' && m.sentence[0] === of.sentence[0])
    .map((m) => ({ unit: m.desc.unit, interval: m.interval }));
}

/**
 * A count in one place is not a count in another, nor the whole event's ("15 dead" vs "45 dead in Oaxaca"):
 * two places must be the same, and a figure without one must have the other's place among its words ("114
 * died in the quake that hit Nepal" and "900 killed in Nepal" are one toll).
 */
function samePlace(a: Item, b: Item): boolean {
  if (a.place === b.place) return true;
  if (a.place !== undefined && b.place !== undefined) return decidePlaces(a.place, b.place) === 'same-place';
  const [placed, other] = a.place !== undefined ? [a, b] : [b, a];
  return decidePlaceAmong(placed.place!, other.terms) === 'same-place';
}

/**
 * Whether two differing values may be one measure by their scope: both a whole or both a part; and for
 * percentages, when both sentences name amounts in one currency, some amount is the same ("25% on $200bn"
 * and "15% on $300bn" are two tariffs, not a disagreement).
 */
function sameScope(a: Item, b: Item): boolean {
  // An earlier event quoted for context ("weeks after a quake killed 61") may be any earlier event: never a disagreement.
  if (a.scope !== b.scope || ofAnotherEvent(a.scope) || !samePlace(a, b)) return false;
  const shared = a.bases.filter((x) => b.bases.some((y) => y.unit === x.unit));
  if (shared.length === 0) return true;
  return shared.some((x) => b.bases.some((y) => y.unit === x.unit && compareValueIntervals(x.interval, y.interval) === 'same'));
}

/** Each item's qualifiers are among the other's words ("US customers" and "Americans": one country, see decidePlaceAmong). */
function qualifiersFit(a: Item, b: Item): boolean {
  const among = (q: string, other: Item) => other.terms.has(q) || (countryOf(q) !== undefined && decidePlaceAmong(q, other.terms) === 'same-place');
  return a.qualifiers.every((q) => among(q, b)) && b.qualifiers.every((q) => among(q, a));
}

interface Link {
  ok: boolean;
  sim: number;
  /** Both times known and equal, or both absent (not "2023" vs an unresolved "last year"). */
  certain: boolean;
  /** Diagnostics (explainAlignment): which test refused the link. */
  reason?: string;
}

/** A link refused before the words are compared. */
function refused(reason: string): Link {
  return { ok: false, sim: 0, certain: false, reason };
}

/** Items of reports of two different days (`day` is a calendar day): a tally may have been counted on between them. */
const ofDifferentDays = (a: Item, b: Item): boolean => Boolean(a.day && b.day && a.day !== b.day);

/**
 * Whether two items (of any reports) measure the same thing, and how alike their words are. `otherEvent`: their
 * reports tell of different events (otherEventReports), so values that differ are never one measure.
 */
function link(a: Item, b: Item, otherEvent = false): Link {
  if (a.kind !== b.kind) return refused('kind');
  const units = sharedUnits(a, b);
  if (units.length === 0 || !peopleMeet(a, b, units)) return refused('unit');
  const time = timeRelation(ownTime(a), ownTime(b));
  if (time === 'different') return refused('time');
  if (a.role !== b.role && !(time === 'same' && a.time !== undefined)) return refused('role');
  if (!qualifiersFit(a, b)) return refused('qualifiers');
  if (decidePolarity(a, b) === 'opposite') return refused('negated');
  const sameHead = a.heads.some((h) => b.heads.includes(h));
  const sim = similarity(a, b) + (sameHead ? HEAD_BONUS : 0);
  const certain = time === 'same';
  if (valuesAgree(a, b, units)) {
    const sameValue = units.filter((u) => memberIn(a, u).figure.value === memberIn(b, u).figure.value);
    // Floors of two events' tolls ("at least 14", "at least 20") agree as numbers, not as one measure.
    if (otherEvent && !sameValue.length) return { ok: false, sim, certain, reason: 'other-event' };
    // Another storm's figures, given for context, are nobody's revision of them ("more than 130", then "150").
    if ((a.scope === 'another-event' || b.scope === 'another-event') && !sameValue.length) return { ok: false, sim, certain, reason: 'another event' };
    const precise = sameValue.some((u) => memberIn(a, u).digits >= 3 && memberIn(b, u).digits >= 3);
    return { ok: sim >= (precise ? LINK_SAME_PRECISE : LINK_AGREE), sim, certain, reason: 'agree-sim' };
  }
  if (decideDifferingValues(a.kind) === 'related-only') return { ok: false, sim, certain, reason: 'related-only' };
  if (otherEvent) return { ok: false, sim, certain, reason: 'other-event' };
  if (decideRevisionSpan([a.day, b.day]) === 'other-period') return { ok: false, sim, certain, reason: 'months apart' };
  const u0 = units[0]!;
  if (floorUndercut(a, b, u0)) return { ok: false, sim, certain, reason: 'below an earlier floor' };
  if (decideScaleGap(a.kind, [memberIn(a, u0).figure.value, memberIn(b, u0).figure.value], ofDifferentDays(a, b)) === 'other-measure') return { ok: false, sim, certain, reason: 'scale' };
  // A bare number ("at least four" vs "two") has no unit family: what it counts is too uncertain to call a
  // disagreement. Only a later report's revision of it may be shown ("the death toll rose to 3,143").
  if (a.kind === 'number' && units.every((u) => u === '') && !ofDifferentDays(a, b)) return { ok: false, sim, certain, reason: 'bare' };
  // A physical quantity is fixed once the event happened: reports weeks apart, or magnitudes far apart, are of
  // other events.
  const stable = units.find((u) => MEASURE_UNITS.has(u));
  const otherEventQuantity = a.kind === 'quantity' ? quantitiesApart(a, b, stable ?? units[0]!, stable !== undefined) : undefined;
  if (otherEventQuantity) return { ok: false, sim, certain, reason: otherEventQuantity };
  // Different heads ("killed" vs "injured", "goods" vs "trade") are different measures, however alike the words.
  const clash = headsClash(a, b);
  // A unit that names its measure (a magnitude) says what is measured: the words need only be as alike as for agreeing values.
  const bar = stable !== undefined ? LINK_AGREE : LINK_DIVERGE;
  const reason = !certain ? 'uncertain' : clash ? `heads ${a.heads}/${b.heads}` : !sameScope(a, b) ? `scope ${a.scope}/${b.scope} place ${a.place}/${b.place}` : stable === undefined && twoSubjects(a, b) ? `subject ${a.subject}/${b.subject}` : sim < bar ? 'sim' : divergenceEvidence(a, b) < evidenceNeeded(a, b, u0) ? 'evidence' : '';
  return { ok: reason === '', sim, certain, reason };
}

/**
 * Why two differing physical quantities (in `unit`; `stable`: a unit naming its measure, a magnitude) are of two
 * events, or undefined: reports weeks apart, or magnitudes far apart (decideStableMeasure); sentences naming their
 * shocks by magnitudes further apart than a revision ("the 5.9 shock occurred at a depth of 7.7 km" and "the 6.3
 * quake ... at a depth of 9km"); two lengths of one dimension many times apart (decideDimensionSpread).
 */
function quantitiesApart(a: Item, b: Item, unit: string, stable: boolean): string | undefined {
  const values: [number, number] = [memberIn(a, unit).figure.value, memberIn(b, unit).figure.value];
  if (decideStableMeasure(values, [a.day, b.day], stable ? STABLE_MAX_GAP : Infinity) === 'other-event') return 'stable';
  const [sa, sb] = [a.sentenceStable, b.sentenceStable];
  if (sa && sb && sa.unit === sb.unit && decideStableMeasure([sa.value, sb.value], [undefined, undefined], REVISION_SPREAD) === 'other-event') return 'other shock';
  const dimension = a.compounds.some((c) => DIMENSIONS.has(c) && b.compounds.includes(c));
  return dimension && decideDimensionSpread(values) === 'other-event' ? 'dimension spread' : undefined;
}

/** Pieces of evidence two differing values need: one for a tally a later report raised (readTallyRaise), else DIVERGE_EVIDENCE. */
function evidenceNeeded(a: Item, b: Item, unit: string): number {
  const point = (it: Item) => { const f = memberIn(it, unit).figure; return { day: it.day, value: f.value, hedge: f.hedge, main: it.mainTally }; };
  const oneHead = a.kind === 'count' && b.kind === 'count' && a.heads.some((h) => b.heads.includes(h));
  const mayFall = tallyMayFall(a.heads.filter((h) => b.heads.includes(h)));
  return readTallyRaise(point(a), point(b), oneHead, mayFall) === 'raised-tally' ? 1 : DIVERGE_EVIDENCE;
}

/**
 * A tally of one report below another's earlier floor (readLowerBound's 'undercut'): counts of two scopes. Not for
 * a tally that falls as it is settled (tallyMayFall: "at least 120 missing", then 61 as bodies are found).
 */
function floorUndercut(a: Item, b: Item, unit: string): boolean {
  if ((a.kind !== 'count' && a.kind !== 'number') || tallyMayFall(a.heads.filter((h) => b.heads.includes(h)))) return false;
  const [fa, fb] = [memberIn(a, unit).figure, memberIn(b, unit).figure];
  return readLowerBound([a.day, fa.value], [b.day, fb.value], fa.hedge) === 'undercut' || readLowerBound([b.day, fb.value], [a.day, fa.value], fb.hedge) === 'undercut';
}

/** Both items name what they measure, and not the same thing ("killed" vs "injured"). */
function headsClash(a: Item, b: Item): boolean {
  return a.heads.length > 0 && b.heads.length > 0 && !a.heads.some((h) => b.heads.includes(h));
}

/** Whether two items are values of two named subjects (see decideSubjects). */
function twoSubjects(a: Item, b: Item): boolean {
  const measure = a.kind === 'quantity' || (a.units.includes(PEOPLE_BASE) && b.units.includes(PEOPLE_BASE)) ? 'event' : 'other';
  return decideSubjects({ name: a.subject, words: a.terms }, { name: b.subject, words: b.terms }, measure) === 'two-subjects';
}

/** Two counts that meet only as counts of people: their nouns must allow one count (see decidePeopleNouns). */
function peopleMeet(a: Item, b: Item, units: string[]): boolean {
  if (units.some((u) => u !== PEOPLE_BASE)) return true;
  return decidePeopleNouns(a.members[0]!.desc.unit, b.members[0]!.desc.unit) === 'one-count';
}

function mergeTerms(into: Map<string, number>, from: Map<string, number>): void {
  for (const [t, w] of from) if (w > (into.get(t) ?? 0)) into.set(t, w);
}

interface SentenceStats {
  /** Sentences holding figures, in all the reports. */
  n: number;
  /** Of those, the sentences holding each measure word. */
  df: Map<string, number>;
}

/** What alignment reads from one report, whoever opens it: its figure items and its sentence statistics. */
interface PreparedSource {
  sentences: number;
  df: Map<string, number>;
  /** The storm the report names as its own, and the countries its lead names: which event it tells of. */
  event: NamedEvent;
  countries: ReportCountries;
  /** What its lead says of its own happening: a further one of its kind ("another earthquake") days on is another event. */
  lead: LeadEvent;
  /** Items without their place in a call (source, reportId); never mutated once built. */
  items: ReadonlyArray<Omit<Item, 'source' | 'reportId' | 'vector' | 'norm' | 'ownTerms'>>;
}

/**
 * Reports recur across analyses (corpus articles are related to many pages): their preparation is
 * remembered, for up to PREPARED_LIMIT reports, when alignment extracts their figures itself. Only corpus
 * reports are remembered (the open article, reportId null, is new each time), by id, date, text length and
 * a hash of the text's start and end: a corpus article edited under the same id is prepared again, and
 * the key never holds the text itself. The cache never changes a result, only how fast it comes.
 */
const prepared = new Map<string, PreparedSource>();
const PREPARED_LIMIT = 64;
/** Characters of a text's start (and a quarter as many of its end) hashed into its cache key. */
const KEY_HASH_CHARS = 4096;

function preparedKey(src: FigureSource): string | undefined {
  if (src.reportId === null || src.figures) return undefined;
  const t = src.text;
  // FNV-1a over the first KEY_HASH_CHARS characters and the last quarter of that.
  let h = 0x811c9dc5;
  const mix = (from: number, to: number) => {
    for (let k = from; k < to; k++) h = Math.imul(h ^ t.charCodeAt(k), 0x01000193);
  };
  mix(0, Math.min(t.length, KEY_HASH_CHARS));
  mix(Math.max(KEY_HASH_CHARS, t.length - KEY_HASH_CHARS / 4), t.length);
  return `${src.reportId}\u0000${src.published ?? ''}\u0000${t.length}\u0000${(h >>> 0).toString(36)}`;
}

/** Forgets the remembered reports (benchmarks, tests). */
export function forgetPreparedReports(): void {
  prepared.clear();
}

function prepareSource(src: FigureSource): PreparedSource {
  const key = preparedKey(src);
  if (key !== undefined) {
    const hit = prepared.get(key);
    if (hit) {
      prepared.delete(key);
      prepared.set(key, hit);
      return hit;
    }
  }
  const out = buildSource(src);
  if (key !== undefined) {
    if (prepared.size >= PREPARED_LIMIT) prepared.delete(prepared.keys().next().value!);
    prepared.set(key, out);
  }
  return out;
}

/**
 * The place a count is counted in (figurePlace): places split counts ("45 dead in Oaxaca"), while a magnitude or
 * a distance is the event's, wherever felt. The country the report is about is no narrowing: "2 million
 * demonstrated in France" in a report about France is the whole count, as "1.12 million demonstrators" is.
 */
function countPlace(text: string, f: Figure, sentence: [number, number], home: number | undefined): string | undefined {
  if (f.kind !== 'count' && f.kind !== 'number') return undefined;
  const place = figurePlace(text, f, sentence);
  return place !== undefined && home !== undefined && countryOf(place) === home ? undefined : place;
}

/**
 * Conversion chains: a figure joins the chain of the figure just before it, in its sentence, when it converts
 * it into a unit the chain has not got ("$18bn (£14bn)"). chainOf[i] is the chain's first figure; chains maps
 * it to the chain's figures.
 */
function conversionChains(text: string, figures: Figure[], sentenceAt: Array<[number, number]>): { chainOf: number[]; chains: Map<number, number[]> } {
  const chainOf: number[] = figures.map((_, i) => i);
  const chainUnits = new Map<number, Set<string>>();
  if (figures.length) chainUnits.set(0, new Set([figures[0]!.unit]));
  for (let i = 1; i < figures.length; i++) {
    const a = figures[i - 1]!;
    const b = figures[i]!;
    const chain = chainOf[i - 1]!;
    const units = chainUnits.get(chain)!;
    if (sentenceAt[i - 1]![0] === sentenceAt[i]![0] && !units.has(b.unit) && isConversion(text, a, b)) {
      chainOf[i] = chain;
      units.add(b.unit);
    } else {
      chainUnits.set(i, new Set([b.unit]));
    }
  }
  const chains = new Map<number, number[]>();
  chainOf.forEach((c, i) => {
    const chain = chains.get(c);
    if (chain) chain.push(i);
    else chains.set(c, [i]);
  });
  return { chainOf, chains };
}

function buildSource(src: FigureSource): PreparedSource {
  const items: PreparedSource['items'][number][] = [];
  const sentences = src.sentences ?? splitSentences(src.text);
  const figures = (src.figures ?? extractFigures(src.text, src.published ? { published: src.published, sentences } : { sentences }))
    .filter((f) => usable(src.text, f))
    .sort((a, b) => a.start - b.start)
    .slice(0, MAX_FIGURES_PER_REPORT);
  const spans: Span[] = figures.map((f) => ({ start: f.start, end: f.end }));
  const sentenceAt = figures.map((f) => sentenceOf(sentences, f, src.text.length));
  const { chainOf, chains } = conversionChains(src.text, figures, sentenceAt);
  // Every figure is a barrier to the others' words (its own span and its chain's are read first, as itself
  // and as transparent).
  const others = new SortedSpans(spans);
  const countries = reportCountries(src.text);
  const home = countries.main;
  const members: Member[] = figures.map((f, i) => {
    const chain = chains.get(chainOf[i]!)!;
    const sentence = sentenceAt[i]!;
    const transparent = chain.length === 1 ? [] : chain.filter((k) => k !== i).map((k) => spans[k]!);
    const described = describeMeasure(src.text, f, { sentence, others, transparent });
    const people = readBareCount(f, described.heads, src.text.slice(f.end, f.end + 20)) === 'people';
    const figure: Figure = people ? { ...f, kind: 'count', unit: 'person' } : f;
    const desc = people ? { ...described, unit: 'person' } : described;
    return { figure, sentence, desc, interval: valueInterval(f), digits: significantDigits(f), scope: measureScope(src.text, f, sentence), place: countPlace(src.text, f, sentence, home) };
  });
  // The starting point of a change ("reached $227.8bn last year, up from $111bn in 2019") measures what
  // the figure it follows measures: it takes that figure's words and label.
  for (let i = 1; i < figures.length; i++) {
    const m = members[i]!;
    const p = members[i - 1]!;
    if (m.desc.role !== 'previous' || p.figure.unit !== m.figure.unit || p.sentence[0] !== m.sentence[0]) continue;
    if (m.figure.start - p.figure.end > 40) continue;
    mergeTerms(m.desc.terms, p.desc.terms);
    m.desc.label = p.desc.label;
    m.desc.heads = [...new Set([...p.desc.heads, ...m.desc.heads])];
  }
  for (const idx of chains.values()) {
    const chainMembers = withFamilyMember(idx.map((k) => members[k]!));
    const first = chainMembers[0]!;
    // One figure's words are its item's as they are (never written after this: a twin copies them first);
    // its family member shares the same map. A chain's are merged into a map of its own.
    const terms = idx.length === 1 ? first.desc.terms : new Map<string, number>();
    if (idx.length > 1) for (const m of chainMembers) mergeTerms(terms, m.desc.terms);
    items.push({
      members: chainMembers,
      units: [...new Set(chainMembers.map((m) => m.desc.unit))],
      kind: first.figure.kind,
      time: chainMembers.find((m) => m.desc.time)?.desc.time,
      role: first.desc.role,
      qualifiers: [...new Set(chainMembers.flatMap((m) => m.desc.qualifiers))],
      negated: [...new Set(chainMembers.flatMap((m) => m.desc.negated))],
      heads: [...new Set(chainMembers.flatMap((m) => m.desc.heads))],
      compounds: [...new Set(chainMembers.flatMap((m) => (m.desc.compound ? [m.desc.compound] : [])))],
      complements: [...new Set(chainMembers.flatMap((m) => (m.desc.complement ? [m.desc.complement] : [])))],
      names: [...new Set(chainMembers.flatMap((m) => m.desc.names ?? []))],
      subject: first.desc.subject,
      scope: chainMembers.find((m) => m.scope === 'part')?.scope ?? first.scope,
      place: first.place,
      mainTally: false,
      ...sentenceStableOf(members, first),
      bases: first.figure.kind === 'percent' ? basesOf(members, first) : [],
      terms,
    });
  }
  // Word rarity is judged over the sentences that hold figures: the words of the story ("Putin", "China",
  // "trade") are common there and weigh little; what sets one measure apart is rare.
  const withFigures: Array<[number, number]> = [];
  for (const m of members) if (withFigures[withFigures.length - 1]?.[0] !== m.sentence[0]) withFigures.push(m.sentence);
  return { sentences: withFigures.length, df: countSentenceTerms(src.text, withFigures), items: markMainTallies(items), event: namedEvent('', src.text), countries, lead: leadEvent('', src.text, src.published) };
}

/** A quantity's sentenceStable: the first stable measure (a magnitude) written in its sentence, when it is not one itself. */
function sentenceStableOf(members: readonly Member[], of: Member): Pick<Item, 'sentenceStable'> {
  if (of.figure.kind !== 'quantity' || MEASURE_UNITS.has(of.desc.unit)) return {};
  const m = members.find((x) => x !== of && x.sentence[0] === of.sentence[0] && MEASURE_UNITS.has(x.desc.unit));
  return m ? { sentenceStable: { unit: m.desc.unit, value: m.figure.value } } : {};
}

type PreparedItem = PreparedSource['items'][number];

/**
 * Marks each report's main tallies: a current count of the whole event (no place, subject or time of its own, not
 * denied) that no other current count of one of its heads in the report exceeds, placed or not ("18 died on
 * Everest" beside "the toll reached 2,500" is a part). Reports give their running tally so; a part rarely stands alone.
 */
function markMainTallies(items: PreparedItem[]): PreparedItem[] {
  const current = (it: PreparedItem) => it.kind === 'count' && it.heads.length > 0 && it.role === 'current' && it.negated.length === 0 && it.time === undefined && !ofAnotherEvent(it.scope);
  const value = (it: PreparedItem) => it.members[0]!.figure.value;
  for (const it of items) {
    if (!current(it) || it.scope !== 'whole' || it.place !== undefined || it.subject !== undefined) continue;
    it.mainTally = !items.some((o) => o !== it && current(o) && value(o) > value(it) && o.heads.some((h) => it.heads.includes(h)));
  }
  return items;
}

/**
 * A length, a mass or a count of people also stands in its family's base unit ("40 miles" as about 64,374 m), as one more member
 * of its item: two items in different units of one family then share that unit, and their values are
 * compared there. The member is never shown (displayUnit skips base units).
 */
function withFamilyMember(chain: Member[]): Member[] {
  const first = chain[0]!;
  // The unit as written ("km"), else as normalised: "30 fatalities" counts deaths, people like "15 killed".
  const family = first.figure.kind === 'quantity' || first.figure.kind === 'count' ? unitFamily(first.figure.unit) ?? unitFamily(first.desc.unit) : undefined;
  if (!family) return chain;
  const f = first.figure;
  const figure: Figure = { ...f, value: f.value * family.factor, ...(f.max !== undefined ? { max: f.max * family.factor } : {}) };
  const interval: [number, number] = [first.interval[0] * family.factor, first.interval[1] * family.factor];
  return [...chain, { ...first, figure, desc: { ...first.desc, unit: family.base }, interval }];
}

/** How many items each source keeps under MAX_ITEMS_ALIGNED (see there): the first source all of its own. */
function itemShares(counts: number[]): number[] {
  const out = counts.map(() => 0);
  if (!counts.length) return out;
  out[0] = counts[0]!;
  let left = Math.max(0, MAX_ITEMS_ALIGNED - out[0]);
  // The others fill evenly: the smallest first, each taking at most an equal share of what is left.
  const rest = counts.map((n, i) => ({ n, i })).slice(1).sort((a, b) => a.n - b.n || a.i - b.i);
  rest.forEach(({ n, i }, k) => {
    const take = Math.min(n, Math.floor(left / (rest.length - k)));
    out[i] = take;
    left -= take;
  });
  return out;
}

/** The storm most of the reports call their own (the first such report's on a tie), if any names one. */
function sharedOwnEvent(preps: readonly PreparedSource[]): string | undefined {
  const counts = new Map<string, number>();
  for (const p of preps) if (p.event.own !== undefined) counts.set(p.event.own, (counts.get(p.event.own) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, n] of counts) if (best === undefined || n > counts.get(best)!) best = name;
  return best;
}

function buildItems(sources: FigureSource[], dates: ReadonlyArray<string | undefined>): { items: Item[]; stats: SentenceStats; preps: PreparedSource[] } {
  const items: Item[] = [];
  const stats: SentenceStats = { n: 0, df: new Map() };
  const preps = sources.map(prepareSource);
  const shares = itemShares(preps.map((p) => p.items.length));
  const storms = new Set(preps.flatMap((p) => [...(p.event.named ?? [])]));
  const own = sharedOwnEvent(preps);
  sources.forEach((src, si) => {
    const prep = preps[si]!;
    const share = shares[si]!;
    // Storms any of the reports names (one writes "Hurricane Eta" where another writes only "Eta"), and the storm
    // most of them tell of: a figure nearest another storm's name is that storm's ("Eta killed more than 130").
    const event = { ...prep.event, named: storms, ...(own ? { own } : {}) };
    const scopeOf = (it: PreparedItem): MeasureScope => {
      const m = it.members[0]!;
      const at = [m.figure.start - m.sentence[0], m.figure.end - m.sentence[0]] as const;
      return it.scope !== 'another-event' && figureEvent(event, src.text.slice(...m.sentence), at) === 'another-event' ? 'another-event' : it.scope;
    };
    // The report's day, read once for all its items.
    const day = isoDay(dates[si]);
    for (let k = 0; k < share; k++) {
      const it = prep.items[k]!;
      // Field by field: a spread of the prepared item costs more than the rest of this loop.
      items.push({
        source: si,
        ...(day ? { day } : {}),
        reportId: src.reportId,
        members: it.members,
        units: it.units,
        kind: it.kind,
        time: it.time,
        role: it.role,
        qualifiers: it.qualifiers,
        negated: it.negated,
        heads: it.heads,
        compounds: it.compounds,
        complements: it.complements,
        names: it.names,
        subject: it.subject,
        scope: scopeOf(it),
        place: it.place,
        mainTally: it.mainTally,
        ...(it.sentenceStable ? { sentenceStable: it.sentenceStable } : {}),
        bases: it.bases,
        terms: it.terms,
        ownTerms: false,
        vector: new Map(),
        norm: 0,
      });
    }
    for (const [t, n] of prep.df) stats.df.set(t, (stats.df.get(t) ?? 0) + n);
    stats.n += prep.sentences;
  });
  return { items, stats, preps };
}

function weigh(items: Item[], stats: SentenceStats): void {
  const n = Math.max(1, stats.n);
  for (const item of items) {
    let sq = 0;
    for (const [t, w] of item.terms) {
      const v = w * Math.log(1 + n / (stats.df.get(t) ?? 1));
      item.vector.set(t, v);
      sq += v * v;
    }
    item.norm = Math.sqrt(sq);
  }
}

/**
 * Same report, same measure, same value: one item (the first mention stays). An item's twin is the first
 * kept item of the same report and time sharing a unit with it, looked for among those only (kept items
 * are filed by report, time and unit).
 */
function dedupeWithinReports(items: Item[]): Item[] {
  const out: Item[] = [];
  const filed = new Map<string, number[]>();
  const fileKey = (it: Item, unit: string) => `${it.source}\u0000${it.time === undefined ? '\u0001' : it.time}\u0000${unit}`;
  for (const item of items) {
    const lists = item.units.map((u) => filed.get(fileKey(item, u))).filter((l): l is number[] => l !== undefined);
    const candidates = lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort((a, b) => a - b);
    let twin: Item | undefined;
    for (const k of candidates) {
      const o = out[k]!;
      const units = sharedUnits(o, item);
      if (units.length > 0 && valuesAgree(o, item, units) && link(o, item).ok) {
        twin = o;
        break;
      }
    }
    if (twin) {
      if (!twin.ownTerms) {
        twin.terms = new Map(twin.terms);
        twin.ownTerms = true;
      }
      mergeTerms(twin.terms, item.terms);
      for (const [t, v] of item.vector) if (v > (twin.vector.get(t) ?? 0)) twin.vector.set(t, v);
      twin.norm = Math.sqrt([...twin.vector.values()].reduce((s, v) => s + v * v, 0));
    } else {
      for (const u of item.units) {
        const key = fileKey(item, u);
        const list = filed.get(key);
        if (list) list.push(out.length);
        else filed.set(key, [out.length]);
      }
      out.push(item);
    }
  }
  return out;
}

/** An item's value of a stable measure of its own event (a magnitude), if it is one: not an earlier event's. */
function ownStableMember(it: Item): Member | undefined {
  if (it.kind !== 'quantity' || ofAnotherEvent(it.scope)) return undefined;
  return it.members.find((m) => MEASURE_UNITS.has(m.desc.unit));
}

/** Whether two items may be of one time: no two explicit times differ, and an explicit year is the other report's. */
function timesFit(a: Item, b: Item): boolean {
  const yearOf = (it: Item, other: Item) => { const t = ownTime(it); return t === undefined || !/^\d{4}$/.test(t) || other.day === undefined || other.day.startsWith(t); };
  return timeRelation(ownTime(a), ownTime(b)) !== 'different' && yearOf(a, b) && yearOf(b, a);
}

const sourcePair = (a: number, b: number) => (a < b ? `${a},${b}` : `${b},${a}`);

/**
 * Pairs of sources (sourcePair) whose reports tell of different events: by their stable measures
 * (decideReportEvents), by the storms they name (decideEventNames: Hurricane Eta is not Hurricane Iota), by
 * the countries their leads are about (decideReportCountries), or by a lead that calls its happening a further
 * one days after the other's (decideEventSequence, as matching reads it: "another earthquake" four days on).
 */
function otherEventReports(items: Item[], preps: readonly PreparedSource[]): Set<string> {
  const out = otherEventByMeasures(items);
  for (let s = 0; s < preps.length; s++) {
    for (let t = s + 1; t < preps.length; t++) {
      const [a, b] = [preps[s]!, preps[t]!];
      if (decideEventNames(a.event, b.event) === 'other-event' || decideReportCountries(a.countries, b.countries) === 'other-country') out.add(sourcePair(s, t));
      else if (decideEventSequence(a.lead, b.lead) === 'further-event') out.add(sourcePair(s, t));
    }
  }
  return out;
}

/** Pairs of sources (sourcePair) whose reports tell of different events, by their stable measures (decideReportEvents). */
function otherEventByMeasures(items: Item[]): Set<string> {
  const stable = new Map<number, Array<{ m: Member; it: Item }>>();
  for (const it of items) {
    const m = ownStableMember(it);
    if (m) stable.set(it.source, [...(stable.get(it.source) ?? []), { m, it }]);
  }
  const out = new Set<string>();
  const sources = [...stable.keys()];
  for (const [k, s] of sources.entries()) {
    for (const t of sources.slice(k + 1)) {
      const fits = stable.get(s)!.flatMap((a) => stable.get(t)!.filter((b) => b.m.desc.unit === a.m.desc.unit && timesFit(a.it, b.it)).map((b) =>
        compareValueIntervals(a.m.interval, b.m.interval) === 'same' ? 'agree' as const
          : decideStableMeasure([a.m.figure.value, b.m.figure.value], [a.it.day, b.it.day], STABLE_MAX_GAP, REVISION_SPREAD)));
      if (decideReportEvents(fits) === 'other-event') out.add(sourcePair(s, t));
    }
  }
  return out;
}

/**
 * link() of two items, and for two values that differ one more test: a report that gives both values, each as
 * this measure, shows they are two measures (a report does not disagree with itself): a deal's total and its
 * cash part, a game's passing yards and one pass's. See decideBothValues for what counts as such a report.
 */
function linkAmong(items: Item[], i: number, j: number, otherEvent: Set<string>): Link {
  const [a, b] = [items[i]!, items[j]!];
  const l = link(a, b, otherEvent.has(sourcePair(a.source, b.source)));
  if (!l.ok || pairValues(a, b)?.[2] !== 'different') return l;
  const units = sharedUnits(a, b);
  const measure = units.some((u) => MEASURE_UNITS.has(u)) ? 'stable' : units.every((u) => u === PEOPLE_BASE) ? 'people-nouns' : 'other';
  if (measure === 'stable') return l;
  const [witness, report] = measure === 'people-nouns' ? anyReportGivesBoth(items, a, b) : bothValuesWitness(items, a, b);
  return decideBothValues(measure, witness) === 'two-measures' ? { ...l, ok: false, reason: `both values in ${report ?? 'open'}` } : l;
}

/** Whether any report gives both values of a pair of counts of people, whatever their words ('value'), and which. */
function anyReportGivesBoth(items: Item[], a: Item, b: Item): [BothValuesWitness, string | null | undefined] {
  // The very value: a hedged one ("more than 60 injured") agrees with too many counts to witness anything.
  const agrees = (x: Item, y: Item) => {
    if (x === y) return true;
    const pv = x.kind === y.kind ? pairValues(x, y) : undefined;
    return pv !== undefined && pv[2] === 'same' && pv[0] === pv[1];
  };
  const witness = items.find((x) => agrees(x, a) && items.some((y) => y !== x && y.source === x.source && agrees(y, b)));
  return witness ? ['value', witness.reportId] : ['none', undefined];
}

/** Each items array's items by source, and per item the items of each source agreeing with it (linkAmong's witnesses). */
const witnessMemo = new WeakMap<Item[], { bySource: Map<number, Item[]>; agreeing: Map<Item, Map<number, Array<{ y: Item; words: boolean }>>> }>();

/**
 * The items of report `source` whose value agrees with `other`'s, each with whether it reads as the same measure,
 * as its current value (link, not "up from 45"). Remembered per items array: a data-heavy page asks the same
 * report about the same value for each of its own figures.
 */
function agreeingIn(items: Item[], source: number, other: Item): Array<{ y: Item; words: boolean }> {
  let memo = witnessMemo.get(items);
  if (!memo) {
    const bySource = new Map<number, Item[]>();
    for (const it of items) {
      const list = bySource.get(it.source);
      if (list) list.push(it);
      else bySource.set(it.source, [it]);
    }
    memo = { bySource, agreeing: new Map() };
    witnessMemo.set(items, memo);
  }
  let ofOther = memo.agreeing.get(other);
  if (!ofOther) memo.agreeing.set(other, (ofOther = new Map()));
  let out = ofOther.get(source);
  if (!out) {
    out = (memo.bySource.get(source) ?? [])
      // A value of another head ("over 30 fatalities" for "40 injured") is another measure's, no witness.
      .filter((y) => y.kind === other.kind && !headsClash(y, other) && pairValues(y, other)?.[2] === 'same')
      .map((y) => ({ y, words: y.role === 'current' && link(y, other).ok }));
    ofOther.set(source, out);
  }
  return out;
}

/**
 * How strongly one of the pair's own reports gives both values, and which: 'value-and-words' when its other item
 * agrees with the other value and reads as the same measure, as its current value (not "up from 45");
 * 'one-sentence' when the values alone agree but both stand in one sentence (a value and its parts: "$12bn in
 * cash and stock, plus $2bn in restricted stock, or $14bn in all"); 'value' when the values alone agree; else 'none'.
 */
function bothValuesWitness(items: Item[], a: Item, b: Item): [BothValuesWitness, string | null | undefined] {
  let best = 0;
  let report: string | null | undefined;
  for (const [own, other] of [[a, b], [b, a]] as const) {
    for (const { y, words } of agreeingIn(items, own.source, other)) {
      if (y === own) continue;
      const s = words ? 3 : y.members[0]!.sentence[0] === own.members[0]!.sentence[0] ? 2 : 1;
      if (s > best) [best, report] = [s, own.reportId];
      if (best === 3) return ['value-and-words', report];
    }
  }
  return [(['none', 'value', 'one-sentence'] as const)[best]!, report];
}

function cluster(items: Item[], otherEvent: Set<string>): Item[][] {
  const n = items.length;
  /** Pairs that are linked (only items of one kind sharing a unit can be: the others are never compared). */
  const linked = new Set<number>();
  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  const candidates: Array<{ i: number; j: number; sim: number; certain: boolean }> = [];
  const byKindUnit = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const u of it.units) {
      const k = `${it.kind}\u0000${u}`;
      const list = byKindUnit.get(k);
      if (list) list.push(i);
      else byKindUnit.set(k, [i]);
    }
  });
  const seen = new Set<number>();
  for (const list of byKindUnit.values()) {
    for (let a = 0; a < list.length; a++) {
      const i = list[a]!;
      for (let b = a + 1; b < list.length; b++) {
        const j = list[b]!;
        if (items[i]!.source === items[j]!.source) continue;
        // A pair of items carrying several units each may meet in several lists: compared once.
        if (items[i]!.units.length > 1 && items[j]!.units.length > 1) {
          if (seen.has(key(i, j))) continue;
          seen.add(key(i, j));
        }
        const l = linkAmong(items, i, j, otherEvent);
        if (l.ok) {
          linked.add(key(i, j));
          candidates.push({ i, j, sim: l.sim, certain: l.certain });
        }
      }
    }
  }
  // Links between figures of certainly the same time go first, then the best scores.
  candidates.sort((a, b) => Number(b.certain) - Number(a.certain) || b.sim - a.sim || a.i - b.i || a.j - b.j);
  const groupOf = items.map((_, i) => i);
  const groups = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  const groupSources = new Map<number, Set<number>>(items.map((it, i) => [i, new Set([it.source])]));
  // Complete linkage over comparable pairs: items sharing a unit must be linked; items in different
  // currencies join through an item that carries both (a same-passage conversion).
  const fits = (x: number, y: number) => linked.has(key(x, y)) || sharedUnits(items[x]!, items[y]!).length === 0;
  for (const { i, j } of candidates) {
    const gi = groupOf[i]!;
    const gj = groupOf[j]!;
    if (gi === gj) continue;
    const a = groups.get(gi)!;
    const b = groups.get(gj)!;
    const sourcesA = groupSources.get(gi)!;
    const sourcesB = groupSources.get(gj)!;
    let shared = false;
    for (const x of sourcesB) if (sourcesA.has(x)) shared = true;
    if (shared) continue;
    if (!a.every((x) => b.every((y) => fits(x, y)))) continue;
    for (const k of b) groupOf[k] = gi;
    a.push(...b);
    for (const x of sourcesB) sourcesA.add(x);
    groups.delete(gj);
    groupSources.delete(gj);
  }
  return [...groups.values()].map((g) => g.map((k) => items[k]!).sort((x, y) => x.source - y.source || x.members[0]!.figure.start - y.members[0]!.figure.start));
}

/** The unit a group is shown in: the one most of its items are written in (first written unit on a tie). */
function displayUnit(items: Item[]): string {
  const counts = new Map<string, number>();
  for (const it of items) for (const u of new Set(it.members.map((m) => m.desc.unit))) if (!isBaseUnit(u)) counts.set(u, (counts.get(u) ?? 0) + 1);
  let best = items[0]!.members[0]!.desc.unit;
  for (const [u, n] of counts) if (n > counts.get(best)!) best = u;
  return best;
}

/** A family's base unit ("=m"): how alignment compares, never how a figure is written or shown. */
const isBaseUnit = (unit: string) => unit.startsWith('=');

/** Values of two linked items in a unit both are written in (an item carries its same-passage conversions). */
function pairValues(a: Item, b: Item): [number, number, 'same' | 'different'] | undefined {
  const units = sharedUnits(a, b);
  if (units.length === 0) return undefined;
  let worst: [number, number, 'same' | 'different'] | undefined;
  for (const u of units) {
    const ma = memberIn(a, u);
    const mb = memberIn(b, u);
    const rel = compareValueIntervals(ma.interval, mb.interval);
    if (rel === 'same') return [ma.figure.value, mb.figure.value, 'same'];
    worst ??= [ma.figure.value, mb.figure.value, rel];
  }
  return worst;
}

/** [start, end) of a mention's quote: its sentence, or a window of a long one holding the figure's phrase. */
function quoteWindow(text: string, sentence: [number, number], phrase: Span): [number, number] {
  const [s, e] = sentence;
  if (e - s <= MAX_QUOTE_TEXT || phrase.start < s || phrase.end > e) return [s, e];
  let qs: number;
  if (phrase.end - s <= MAX_QUOTE_TEXT) {
    qs = s;
  } else {
    const room = Math.max(0, MAX_QUOTE_TEXT - (phrase.end - phrase.start));
    qs = Math.max(s, Math.min(phrase.start - Math.floor(room / 2), e - MAX_QUOTE_TEXT));
  }
  let qe = Math.max(phrase.end, Math.min(e, qs + MAX_QUOTE_TEXT));
  // Whole words only: a cut word is left out, then the spaces at either end.
  const space = (k: number) => /\s/.test(text[k]!);
  if (qs > s) while (qs < phrase.start && !space(qs - 1)) qs++;
  if (qe < e) while (qe > phrase.end && !space(qe)) qe--;
  while (qs < phrase.start && space(qs)) qs++;
  while (qe > phrase.end && space(qe - 1)) qe--;
  return [qs, qe];
}

function mention(src: FigureSource, m: Member): FigureMention {
  const f = m.figure;
  const phrase = figurePhrase(src.text, f, m.sentence[1]);
  // usable() keeps figures of at most MAX_MENTION_TEXT characters: their phrase is cut back to them if need be.
  const span = phrase.end - phrase.start <= MAX_MENTION_TEXT ? phrase : { start: f.start, end: f.end };
  const [qs, qe] = quoteWindow(src.text, m.sentence, span);
  return {
    reportId: src.reportId,
    text: src.text.slice(span.start, span.end),
    value: f.value,
    unit: f.unit,
    start: span.start,
    end: span.end,
    sentence: [m.sentence[0], m.sentence[1]],
    quote: src.text.slice(qs, qe),
  };
}

function groupLabel(members: Member[], items: Item[]): string {
  // Labels read from a pattern ("trade hit $X", "tariffs on $X of goods") carry heads; the others are the
  // nearest words only. Prefer: the label most reports share, then the open article's, then the fullest.
  const words = (l: string) => l.split(/\s+/).length;
  const read = members.filter((m) => m.desc.label && m.desc.heads.length > 0).map((m) => m.desc.label);
  const labels = read.length ? read : members.map((m) => m.desc.label).filter(Boolean);
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l.toLowerCase(), (counts.get(l.toLowerCase()) ?? 0) + 1);
  let label = labels.find((l) => counts.get(l.toLowerCase())! > 1 && words(l) >= 2);
  const openMember = items[0]!.source === 0 ? members[0]! : undefined;
  if (!label && openMember && labels.includes(openMember.desc.label) && words(openMember.desc.label) >= 2) label = openMember.desc.label;
  if (!label) label = [...labels].sort((a, b) => Math.min(words(b), 7) - Math.min(words(a), 7) || a.length - b.length)[0] ?? '';
  const time = items.find((it) => it.source === 0 && it.time)?.time ?? items.find((it) => it.time)?.time;
  const base = clipLabel(measureUnitLabel(label, members) ?? headLabel(label, items) ?? (label || members[0]!.figure.unit));
  return time ? `${base}, ${time}` : base;
}

/** Whether a label says no more than "people": people nouns and the words that link a count to its casualty word. */
function barePeopleLabel(label: string): boolean {
  const words = label.toLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((w) => ANY_PEOPLE_NOUNS.has(singularNoun(w)) || CASUALTY_LINKS.has(w));
}

/**
 * "people: 54 vs 10" tells a reader nothing the figures do not: a bare people label gives way to the head every
 * count of the group shares, by name ("deaths"). Any other label is kept: its words are the reports' own.
 */
function headLabel(label: string, items: Item[]): string | undefined {
  if (!barePeopleLabel(label)) return undefined;
  const shared = items[0]!.heads.filter((h) => items.every((it) => it.heads.includes(h)));
  return shared.map((h) => HEAD_LABELS.get(h)).find((l) => l !== undefined);
}

/**
 * A unit that names its measure (MEASURE_UNITS: "magnitude") is the group's label when its words do not name it:
 * the words around a magnitude
 * name the event ("earthquake shook Nepal's capital") or the scale ("on the Richter scale"), not what is measured.
 */
function measureUnitLabel(label: string, members: Member[]): string | undefined {
  const unit = members[0]!.desc.unit;
  // A label that names the unit, or which shock of a series, says more ("magnitude of the second shock",
  // "aftershock"): kept.
  const words = label.toLowerCase().split(/\s+/);
  if (!MEASURE_UNITS.has(unit) || words.some((w) => w === unit || SEQUENCE_WORDS.has(w))) return undefined;
  return members.every((m) => m.desc.unit === unit) ? unit : undefined;
}

/** The direction the words say a figure moved to its value ("rose to 6"), if they say so. */
function movedTo(it: Item): 'rose' | 'fell' | undefined {
  const change = it.members[0]!.figure.change;
  return change?.marks === 'to' ? change.direction : undefined;
}

/** Whether the words order two values as a revision: the larger one "rose to", or the smaller one "fell to". */
function saysRevised(a: Item, va: number, b: Item, vb: number): boolean {
  const [low, high] = va < vb ? [a, b] : [b, a];
  return movedTo(high) === 'rose' || movedTo(low) === 'fell';
}

/** How a floor among two values reads against the other value (see readLowerBound); counts only. */
function floorReading(a: Item, va: number, b: Item, vb: number): LowerBoundReading {
  // Counts grow as they are tallied; a physical quantity ("above magnitude 5") is not raised by a later report.
  if (a.kind !== 'count' && a.kind !== 'number') return 'consistent';
  const ab = readLowerBound([a.day, va], [b.day, vb], a.members[0]!.figure.hedge);
  return ab !== 'consistent' ? ab : readLowerBound([b.day, vb], [a.day, va], b.members[0]!.figure.hedge);
}

/**
 * Whether an item is a floor well below a count of its day in its group (readLowerBound's 'below', one scope):
 * that day's earlier count.
 */
function earlierFloor(it: Item, group: Item[]): boolean {
  if (it.kind !== 'count' && it.kind !== 'number') return false;
  return group.some((o) => {
    const pv = o === it || o.day !== it.day ? undefined : pairValues(it, o);
    return pv !== undefined && readLowerBound([it.day, pv[0]], [o.day, pv[1]], it.members[0]!.figure.hedge) === 'below' && sameScope(it, o);
  });
}

/**
 * A time-ordered key for an item of a group: its report's day, after the day's other values when its words say it
 * moved to it, before them when it is a floor below one of them (earlierFloor).
 */
function orderKey(it: Item, group: Item[]): string | undefined {
  return it.day === undefined ? undefined : `${it.day}#${movedTo(it) ? 2 : earlierFloor(it, group) ? 0 : 1}`;
}

/** One class per value of a group: items whose values agree with an earlier item's share its class. */
function valueClasses(items: Item[]): number[] {
  const out: number[] = [];
  items.forEach((it, i) => {
    const k = items.findIndex((o, j) => j < i && pairValues(o, it)?.[2] === 'same');
    out.push(k < 0 ? i : out[k]!);
  });
  return out;
}

/**
 * The [order key, value class] points revisionsHold reads. An undated item keeps its value's class only when it gives
 * the very value of a latest dated item: a floor that merely overlaps the later count ("more than 50" beside 59)
 * may be the replaced value quoted again, so it is a class of its own (and the update does not hold).
 */
function revisionPoints(items: Item[]): Array<readonly [string | undefined, number]> {
  const keys = items.map((it) => orderKey(it, items));
  const latest = keys.reduce<string | undefined>((a, k) => (k !== undefined && (a === undefined || k > a) ? k : a), undefined);
  const exact = (it: Item, o: Item) => { const pv = pairValues(it, o); return pv !== undefined && pv[0] === pv[1]; };
  return valueClasses(items).map((c, i) => {
    const it = items[i]!;
    // A dated item keeps its value class; an undated one only when it repeats the latest dated value.
    const keepsClass = keys[i] !== undefined || items.some((o, j) => keys[j] === latest && latest !== undefined && exact(it, o) && it.members[0]!.figure.hedge === o.members[0]!.figure.hedge);
    return [keys[i], keepsClass ? c : -1 - i] as const;
  });
}

/**
 * The group's status. Values that differ beyond rounding and hedges make it 'updated' when every differing
 * pair comes from reports of different days (a later report revised the figure), else 'diverging' (see
 * decide-disagreement.ts), from the items' own report days (Item.day; undefined when unknown).
 */
function statusOf(items: Item[]): { status: FigureStatus; gap?: number } {
  let gap = 0;
  const differing: Array<[string | undefined, string | undefined, boolean]> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const pv = pairValues(items[i]!, items[j]!);
      if (!pv) continue;
      const revised = pv[0] !== pv[1] && saysRevised(items[i]!, pv[0], items[j]!, pv[1]);
      // Hedged values that overlap agree ("at least four", "at least six"), unless the words say the count moved
      // from one to the other ("the toll rose to at least six") and both reports are dated: a revision to show.
      const dated = items[i]!.day !== undefined && items[j]!.day !== undefined;
      const floor = floorReading(items[i]!, pv[0], items[j]!, pv[1]);
      // A floor well below a count of its day is the earlier count of it (tolls are first given as floors), when
      // both are of one scope: "over 2,400" lives an earlier quake claimed is no floor of this one's toll.
      const below = floor === 'below' && sameScope(items[i]!, items[j]!);
      if (floor === 'stale' || (pv[2] !== 'different' && !(revised && dated) && floor !== 'raised' && !below)) continue;
      gap = Math.max(gap, gapPercent([pv[0], pv[1]]));
      differing.push([items[i]!.day, items[j]!.day, revised || below]);
    }
  }
  if (gap > 0) {
    const status = decideDisagreement(differing);
    const points = revisionPoints(items);
    return { status: status === 'updated' && !revisionsHold(points) ? 'diverging' : status, gap };
  }
  const hasOpen = items.some((it) => it.source === 0);
  if (hasOpen) return { status: items.length > 1 ? 'corroborated' : 'single' };
  return { status: 'omitted' };
}

/** Words every item of a group holds near its figure (weight >= EVIDENCE_WORD), most telling first. */
function sharedWords(items: Item[]): string[] {
  const [first, ...rest] = items;
  if (!first) return [];
  return [...first.terms]
    .filter(([t, w]) => w >= EVIDENCE_WORD && rest.every((it) => (it.terms.get(t) ?? 0) >= EVIDENCE_WORD))
    .sort((x, y) => y[1] - x[1])
    .slice(0, 4)
    .map(([t]) => t);
}

/** When a group's counts are written with different nouns of people ("climbers", "people"): says so. */
function peopleNounsNote(items: Item[]): string {
  const nouns = [...new Set(items.map((it) => it.members[0]!.desc.unit))];
  return nouns.length > 1 && items.every((it) => it.units.includes(PEOPLE_BASE)) ? ` (counts of people written as ${nouns.join(', ')})` : '';
}

/**
 * Why the mentions of a diverging or updated group were taken for one measure: the words they share, the
 * noun they are written into and its subject, the unit, the time, and what the report dates say.
 */
function whyGrouped(items: Item[], unit: string, status: FigureStatus): string {
  const common = <T>(pick: (it: Item) => T[]) => pick(items[0]!).filter((x) => items.every((it) => pick(it).includes(x)));
  const parts: string[] = [];
  const heads = common((it) => it.heads);
  if (heads.length) parts.push(`measure: ${heads.join(', ')}`);
  const words = sharedWords(items).filter((w) => !heads.includes(w));
  if (words.length) parts.push(`shared words: ${words.join(', ')}`);
  const compounds = common((it) => it.compounds);
  if (compounds.length) parts.push(`written into: ${compounds.join(', ')}`);
  const subjects = common((it) => it.complements);
  if (subjects.length) parts.push(`subject: ${subjects.join(', ')}`);
  parts.push(`unit: ${unit || items[0]!.kind}${peopleNounsNote(items)}`);
  const time = items.find((it) => it.time)?.time;
  parts.push(time ? `time: ${time}` : 'no explicit time');
  const days = items.map((it) => it.day);
  const dated = [...new Set(days.filter((d) => d !== undefined))].sort();
  const undated = days.some((d) => d === undefined) ? '; undated reports give the latest value' : '';
  const moved = items.some((it) => movedTo(it) !== undefined);
  if (status === 'updated' && dated.length === 1 && moved) parts.push(`reports of the same day (${dated[0]}); the words say it moved: a revision${undated}`);
  else if (status === 'updated' && dated.length === 1) parts.push(`reports of the same day (${dated[0]}); a floor well below a count of that day is the earlier count${undated}`);
  else if (status === 'updated') parts.push(`reports of ${dated.join(' and ')}: a later report revised it${undated}`);
  else if (days.some((d) => d === undefined)) parts.push('some reports undated: they may be of different times');
  else if (new Set(days).size === 1) parts.push(`reports of the same day (${days[0]})`);
  else parts.push(`reports of ${[...new Set(days)].sort().join(', ')}: reports of one day disagree, or an older value comes back later`);
  return parts.join('; ');
}

/** The items of all reports, weighed and deduplicated, and the pairs of reports that tell of different events. */
function prepare(sources: FigureSource[], dates: ReadonlyArray<string | undefined>): { items: Item[]; otherEvent: Set<string> } {
  const { items: raw, stats, preps } = buildItems(sources, dates);
  weigh(raw, stats);
  const items = dedupeWithinReports(raw);
  return { items, otherEvent: otherEventReports(items, preps) };
}

/** Diagnostics for tuning: every figure item with its label and heads, and every cross-report link considered. */
export function explainAlignment(
  open: FigureSource,
  related: FigureSource[],
): { items: Array<{ reportId: string | null; text: string; label: string; heads: string[]; time?: string; subject?: string; scope: MeasureScope; terms: string[] }>; links: Array<{ a: string; b: string; score: number; linked: boolean; reason?: string }> } {
  const { items, otherEvent } = prepare(withReferenceDates(open, related), [open, ...related].map((s) => s.published));
  const name = (it: Item) => `${it.reportId ?? 'open'}: ${it.members.map((m) => m.figure.text).join(' = ')}`;
  const links: Array<{ a: string; b: string; score: number; linked: boolean; reason?: string }> = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (items[i]!.source === items[j]!.source) continue;
      const l = linkAmong(items, i, j, otherEvent);
      links.push({ a: name(items[i]!), b: name(items[j]!), score: Math.round(l.sim * 1000) / 1000, linked: l.ok, ...(l.reason ? { reason: l.reason } : {}) });
    }
  }
  return {
    items: items.map((it) => ({
      reportId: it.reportId,
      text: it.members.map((m) => m.figure.text).join(' = '),
      label: it.members[0]!.desc.label,
      heads: it.heads,
      ...(it.time ? { time: it.time } : {}),
      ...(it.subject ? { subject: it.subject } : {}),
      scope: it.scope,
      terms: [...it.terms].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([t, w]) => `${t}:${w.toFixed(2)}`),
    })),
    links: links.sort((x, y) => y.score - x.score),
  };
}

/**
 * Reports of one story are published within days of each other: a report without a date reads its relative
 * times ("last year") from the open article's date, or else from the first dated related report, so an
 * undated seed's "last year" and a dated page's "2023" are one time.
 */
function withReferenceDates(open: FigureSource, related: FigureSource[]): FigureSource[] {
  const reference = open.published ?? related.find((r) => r.published)?.published;
  return [open, ...related].map((s) => (s.published || !reference || s.figures ? s : { ...s, published: reference }));
}

/** Lines up the figures of the open article and its related reports; see the rules above. */
export function alignFigures(open: FigureSource, related: FigureSource[]): FigureGroup[] {
  // The reports' own dates: an undated report borrows a reference date to read "last year", never to order updates.
  const dates = [open, ...related].map((s) => s.published);
  const sources = withReferenceDates(open, related);
  const { items, otherEvent } = prepare(sources, dates);
  const groups = cluster(items, otherEvent).map((g) => {
    const unit = displayUnit(g);
    const members = g.map((it) => memberIn(it, unit));
    const { status, gap } = statusOf(g);
    const keys = new Map<FigureMention, string>();
    const mentions = g.map((it, k) => {
      const m = mention(sources[it.source]!, members[k]!);
      const published = dates[it.source];
      const out = published ? { ...m, published } : m;
      // An undated report in an update gives the latest value (revisionsHold): it is shown last.
      keys.set(out, orderKey(it, g) ?? '\uffff');
      return out;
    });
    // An update reads from the earliest report to the latest (within a day, the value the words say came last).
    if (status === 'updated') mentions.sort((x, y) => keys.get(x)!.localeCompare(keys.get(y)!));
    const out: FigureGroup = { measure: groupLabel(members, g), status, mentions };
    if (status === 'diverging' || status === 'updated') {
      out.gapPercent = gap!;
      out.why = whyGrouped(g, unit, status);
    }
    const openItem = g.find((it) => it.source === 0);
    return { out, reports: g.length, first: openItem ? openItem.members[0]!.figure.start : Infinity, source: g[0]!.source, at: g[0]!.members[0]!.figure.start };
  });
  groups.sort(
    (a, b) =>
      STATUS_ORDER[a.out.status] - STATUS_ORDER[b.out.status] ||
      b.reports - a.reports ||
      a.first - b.first ||
      a.source - b.source ||
      a.at - b.at,
  );
  return groups.map((g) => g.out);
}
