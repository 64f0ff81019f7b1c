// The same-story decision: a pure function of a candidate's features, so it can be tested from a table.
//
// Same event vs same topic. Reports of one event share the event's own words (body and title), its who and
// where (names of people, places and organisations), its figures (two reports quoting "$12.9bn" or "2,400
// employees") and its when (report dates days apart at most). Reports of another event of the same topic
// share the topic's words and often its names (the same team, the same company, the same country) but
// not its when nor its figures. So:
// - the score weighs body words, title words, shared names, shared figures and a shared day (both name the
//   calendar day of the event, or one is dated the day the other names: event-days.ts); distance in time
//   then discounts it (a week apart counts fully: stories evolve; after that the weight halves every five
//   days), and reports of the same day count a little more (the same moment is part of "the same event");
// - a late report that names the event's day and stands where the event's reports stand among the others
//   (cohesion LATE_REPORT_COHESION or more) is of the event however late: a death toll revised three weeks
//   after an attack. A later development of the topic may name the earlier event's day too, but it
//   resembles its own reports more than the event's (decideWhen);
// - cohesion then moves it: reports of one event resemble the same other reports, while a report of
//   another event of the topic resembles its own event's reports (candidate-cohesion.ts). Pairwise overlap
//   cannot tell two earthquakes or two boxing title defences apart; where the other reports stand can.
//   Cohesion only lowers a pair with little body in common, never lifts it, and its lift is discounted by
//   time apart like the rest;
// - a score at or above SAME_STORY_THRESHOLD is the same story;
// - below it, a candidate whose score before the time discount is at or above RELATED_TOPIC_THRESHOLD is on
//   the same topic: another event of it (shown apart as "also on this topic", never aligned as figures);
// - reports naming two different events of a kind that names each (two storms) are never the same story,
//   only on the same topic; nor are reports dated days apart that, over the open article's topic alone,
//   each stand with other reports (two strike days of one week: twoDevelopments).
//
// How the numbers were chosen (npm run eval:matching): on the development parts only (ecbplus-dev, 496
// reports of 21 topics with two events each, and the dev part of tests/fixtures/stories; never the stories'
// held-out part nor the seeds alone), by a coarse grid over the weights, the time discount and the threshold
// that maximises the lower of the two sets' F1, rounded; the seeds and fixture pages were checked after.
// The cohesion weights were added the same way with the threshold kept, so a corpus too small for cohesion
// is decided as before. The half-life was re-gridded (2-7 days at full weight, halving every 5 or 10) on
// 2026-12-03 when the stories' dev part grew to 168 reports with many same-kind events weeks apart: a week at
// full weight halving every 5 days has the best lower F1 (0.875 vs 0.871 with 10; ECB+ dev unchanged).

import type { EventNames } from '../text/named-event.ts';
import type { EventSequence } from './lead-event.ts';

export interface StoryFeatures {
  /** Cosine similarity of the two reports' top-term TF-IDF vectors, 0..1. */
  bodySimilarity: number;
  /** Weighted overlap (Dice) of the title terms, 0..1. */
  titleSimilarity: number;
  /** Weighted overlap (Dice) of the two reports' main names, 0..1. */
  sharedNames: number;
  /** Number of distinct telling figures (value + unit) both reports state. */
  sharedFigures: number;
  /** Days between the reports' own dates (stated, dateline, or address), when both are known. */
  daysApart?: number;
  /** Whether the two name one calendar day (a date one states or is dated, the other names: see event-days.ts). */
  sharesEventDay?: boolean;
  /**
   * -1..1: how alike the two reports' similarities to the other candidates are (candidate-cohesion.ts);
   * undefined when there are too few other candidates to tell.
   */
  cohesion?: number;
  /**
   * -1..1: the same over the open article's topic only (candidates of TOPIC_COSINE or more, at least
   * MIN_PROFILE of them): whether the candidate stands with the open article's event or with another of the
   * topic. Read for figures (decide-figure-partner.ts) and, for reports dated days apart, for the decision
   * (twoDevelopments); undefined when too few to tell.
   */
  topicCohesion?: number;
  /**
   * What the two reports' event names say (named-event.ts): 'other-event' when one names its own storm and
   * the other, of a storm too, never names it; undefined when nothing is named.
   */
  eventNames?: EventNames;
  /**
   * What the two leads say of their happenings (lead-event.ts): 'further-event' when one calls its happening a
   * further one of its kind, on a day days after the other's lead starts, and the other's lead never names that
   * day; undefined when nothing is said.
   */
  eventSequence?: EventSequence;
}

export type StoryDecision = 'same-story' | 'related-topic' | 'unrelated';

/** Score at or above which a candidate is listed as related coverage (same story). */
export const SAME_STORY_THRESHOLD = 0.25;
/** Score before the time discount at or above which a candidate that is not the same story is on the same topic. */
export const RELATED_TOPIC_THRESHOLD = 0.16;

export const WEIGHTS = { body: 0.7, title: 0.1, names: 0.25, perFigure: 0.08, maxFigures: 3, eventDay: 0.05 } as const;

/**
 * Cohesion above COHESION_NEUTRAL adds to the score, below it takes away, COHESION_WEIGHT per unit: it is
 * what tells two events of one kind apart when their reports share the topic's words, names and figures.
 * Unknown cohesion (a corpus with few candidates) leaves the score as it is.
 */
export const COHESION_WEIGHT = 0.4;
export const COHESION_NEUTRAL = 0.5;
/**
 * Cohesion lifts only a pair with at least this much body in common: below it, two reports near the same
 * others (one city, one company) share a topic, and nothing says they share the event.
 */
export const COHESION_LIFT_MIN_BODY = 0.15;

/** Reports dated this close (a day) are of the same moment: what they share weighs more. */
export const SAME_DAY = 1;
export const SAME_DAY_BONUS = 1.3;
/** Days apart that still count as the same time: an evolving story's reports come days apart. */
export const SAME_TIME_DAYS = 7;
/** After SAME_TIME_DAYS, the score halves every this many days... */
export const HALF_LIFE_DAYS = 5;
/** ...down to this floor (a strong match months apart is still not the same story, but stays on topic). */
export const TIME_FLOOR = 0.2;

/** SAME_DAY_BONUS within a day; 1 within a week (or undated); then halving every five days, down to TIME_FLOOR. */
export function timeFactor(daysApart: number | undefined): number {
  if (daysApart === undefined || !Number.isFinite(daysApart)) return 1;
  if (daysApart <= SAME_DAY) return SAME_DAY_BONUS;
  if (daysApart <= SAME_TIME_DAYS) return 1;
  return Math.max(TIME_FLOOR, 0.5 ** ((daysApart - SAME_TIME_DAYS) / HALF_LIFE_DAYS));
}

/**
 * Cohesion at or above which a report that names the other's event day is of that event however far apart.
 * On the development sets, same-topic pairs naming one day weeks apart reach 0.72 (a retrospective on an
 * air crash vs the crash's reports); 0.8 keeps them apart.
 */
export const LATE_REPORT_COHESION = 0.8;

/**
 * When, for the decision: 'within-time' (a week apart, or undated), 'late-report-of-the-event' (further
 * apart, but naming the event's day and cohesive with its reports: no time discount), or 'apart'.
 */
export type WhenDecision = 'within-time' | 'late-report-of-the-event' | 'apart';

export function decideWhen(f: Pick<StoryFeatures, 'daysApart' | 'sharesEventDay' | 'cohesion'>): WhenDecision {
  if (timeFactor(f.daysApart) >= 1) return 'within-time';
  const cohesive = f.cohesion !== undefined && Number.isFinite(f.cohesion) && f.cohesion >= LATE_REPORT_COHESION;
  return f.sharesEventDay && cohesive ? 'late-report-of-the-event' : 'apart';
}

/** The time discount of the pair: timeFactor, lifted to 1 for a late report of the event (decideWhen). */
export function storyTimeFactor(f: Pick<StoryFeatures, 'daysApart' | 'sharesEventDay' | 'cohesion'>): number {
  return decideWhen(f) === 'late-report-of-the-event' ? 1 : timeFactor(f.daysApart);
}

const clamp = (x: number): number => (Number.isFinite(x) ? Math.max(0, Math.min(1, x)) : 0);

/** Combined 0..1 score before the time discount: how much the two reports have in common. */
export function contentScore(f: StoryFeatures): number {
  const figures = Math.min(WEIGHTS.maxFigures, Math.max(0, Math.floor(f.sharedFigures || 0)));
  return clamp(
    WEIGHTS.body * clamp(f.bodySimilarity) +
      WEIGHTS.title * clamp(f.titleSimilarity) +
      WEIGHTS.names * clamp(f.sharedNames) +
      WEIGHTS.perFigure * figures +
      (f.sharesEventDay ? WEIGHTS.eventDay : 0),
  );
}

/**
 * How much cohesion moves the score: 0 when unknown; never up for a pair with too little body in common;
 * a lift is discounted by time apart like all other evidence (reports months apart near the same others
 * are one topic, not one event).
 */
export function cohesionShift(f: Pick<StoryFeatures, 'cohesion' | 'bodySimilarity' | 'daysApart' | 'sharesEventDay'>): number {
  if (f.cohesion === undefined || !Number.isFinite(f.cohesion)) return 0;
  const shift = COHESION_WEIGHT * (Math.max(-1, Math.min(1, f.cohesion)) - COHESION_NEUTRAL);
  if (shift <= 0) return shift;
  return f.bodySimilarity >= COHESION_LIFT_MIN_BODY ? shift * Math.min(1, storyTimeFactor(f)) : 0;
}

/** Combined 0..1 score. */
export function storyScore(f: StoryFeatures): number {
  return clamp(contentScore(f) * storyTimeFactor(f) + cohesionShift(f));
}

/**
 * Whether the two reports say they tell of two happenings: two named storms, or a further happening of the
 * kind days after the other's (a second earthquake).
 */
export function twoHappenings(f: Pick<StoryFeatures, 'eventNames' | 'eventSequence'>): boolean {
  return f.eventNames === 'other-event' || f.eventSequence === 'further-event';
}

/**
 * Topic cohesion under which two reports dated days apart are two developments of the topic. Chosen on the
 * development parts from -0.5, -0.3, -0.1 and 0: on stories dev, dated pairs days apart listed as one story
 * held 26 of another event, of which -0.3 and -0.1 take 22 away and no report of the story; on ecbplus-dev
 * they take 6 and 10 of 133 reports of the story days apart (-0.5: 14 taken away, 5 lost).
 */
export const APART_TOPIC_COHESION = -0.3;

/**
 * Whether the two reports are of two developments of one topic: dated two days apart or more and,
 * among the open article's topic, the candidate stands with other reports than the open article
 * (topicCohesion under APART_TOPIC_COHESION). Two strike days of one week, two protest Sundays, a quake and
 * its larger successor: over all candidates they look alike, over the topic each stands with its own day's
 * reports. Reports of one day, or undated, are never split this way: nothing says they are apart in time.
 */
export function twoDevelopments(f: Pick<StoryFeatures, 'daysApart' | 'topicCohesion'>): boolean {
  const c = f.topicCohesion;
  // Two days or more: reports dated with a time of day a night apart (00:30 and 01:00 the next day) are of one moment.
  const apart = f.daysApart !== undefined && Number.isFinite(f.daysApart) && f.daysApart >= SAME_DAY + 1;
  return apart && c !== undefined && Number.isFinite(c) && c < APART_TOPIC_COHESION;
}

/** Whether the two reports are of two events whatever else they share: two happenings, or two developments. */
export function twoEvents(f: StoryFeatures): boolean {
  return twoHappenings(f) || twoDevelopments(f);
}

/**
 * Reports of two happenings are two events however much else they share (two hurricanes of one fortnight,
 * a second earthquake in one valley: same kind, same place words, same death-toll words): at most on the
 * same topic. So are two developments of one topic days apart (twoDevelopments).
 */
export function decideSameStory(f: StoryFeatures): StoryDecision {
  if (storyScore(f) >= SAME_STORY_THRESHOLD) return twoEvents(f) ? 'related-topic' : 'same-story';
  if (contentScore(f) >= RELATED_TOPIC_THRESHOLD) return 'related-topic';
  return 'unrelated';
}
