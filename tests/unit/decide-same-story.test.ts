import { describe, expect, it } from 'vitest';
import {
  decideSameStory,
  SAME_STORY_THRESHOLD,
  storyScore,
  decideWhen,
  timeFactor,
  type StoryDecision,
  type StoryFeatures,
} from '../../src/core/matching/decide-same-story.ts';

// [what the row stands for, features, expected decision]
const TABLE: Array<[string, StoryFeatures, StoryDecision]> = [
  // Whether a near-identical text is the open page itself is decideSelf's question; here it is the same story.
  ['a near-identical text', { bodySimilarity: 1, titleSimilarity: 1, sharedNames: 1, sharedFigures: 0 }, 'same-story'],
  ['a syndicated copy', { bodySimilarity: 0.93, titleSimilarity: 0.6, sharedNames: 0.9, sharedFigures: 4 }, 'same-story'],
  ['two wire rewrites of one event', { bodySimilarity: 0.5, titleSimilarity: 0.6, sharedNames: 0.7, sharedFigures: 2 }, 'same-story'],
  ['same event, different headline angle', { bodySimilarity: 0.36, titleSimilarity: 0.1, sharedNames: 0.2, sharedFigures: 0 }, 'same-story'],
  ['same event, thin body overlap, close headlines', { bodySimilarity: 0.2, titleSimilarity: 0.45, sharedNames: 0.3, sharedFigures: 0 }, 'same-story'],
  ['thin overlap rescued by two shared figures', { bodySimilarity: 0.2, titleSimilarity: 0.2, sharedNames: 0.3, sharedFigures: 2 }, 'same-story'],
  ['same topic: shared place names only', { bodySimilarity: 0.13, titleSimilarity: 0.28, sharedNames: 0.3, sharedFigures: 0 }, 'related-topic'],
  ['same topic: some shared entities, no shared event words', { bodySimilarity: 0.1, titleSimilarity: 0.2, sharedNames: 0.3, sharedFigures: 0 }, 'related-topic'],
  ['same topic, undated: vocabulary and names, no shared figure', { bodySimilarity: 0.24, titleSimilarity: 0.2, sharedNames: 0.1, sharedFigures: 0 }, 'related-topic'],
  ['the same, lifted by two shared figures (the event\'s own numbers)', { bodySimilarity: 0.24, titleSimilarity: 0.2, sharedNames: 0.1, sharedFigures: 2 }, 'same-story'],
  ['unrelated', { bodySimilarity: 0.05, titleSimilarity: 0, sharedNames: 0, sharedFigures: 0 }, 'unrelated'],
  ['unrelated with one coincidental figure', { bodySimilarity: 0.06, titleSimilarity: 0, sharedNames: 0.1, sharedFigures: 1 }, 'unrelated'],
  ['strong overlap but two years apart: another event of the topic', { bodySimilarity: 0.4, titleSimilarity: 0.3, sharedNames: 0.5, sharedFigures: 0, daysApart: 700 }, 'related-topic'],
  ['moderate overlap, undated', { bodySimilarity: 0.25, titleSimilarity: 0.1, sharedNames: 0.1, sharedFigures: 0 }, 'related-topic'],
  ['the same overlap, both reports of the same day', { bodySimilarity: 0.25, titleSimilarity: 0.1, sharedNames: 0.1, sharedFigures: 0, daysApart: 0.5 }, 'same-story'],
  ['strong overlap five days apart: an evolving story', { bodySimilarity: 0.4, titleSimilarity: 0.3, sharedNames: 0.5, sharedFigures: 0, daysApart: 5 }, 'same-story'],
  ['good overlap three weeks apart: another development', { bodySimilarity: 0.3, titleSimilarity: 0.3, sharedNames: 0.3, sharedFigures: 0, daysApart: 21 }, 'related-topic'],
  ['strong overlap a day apart', { bodySimilarity: 0.4, titleSimilarity: 0.3, sharedNames: 0.5, sharedFigures: 0, daysApart: 1 }, 'same-story'],
  ['moderate overlap a month apart', { bodySimilarity: 0.25, titleSimilarity: 0.3, sharedNames: 0.3, sharedFigures: 0, daysApart: 30 }, 'related-topic'],
  ['thin overlap a month apart', { bodySimilarity: 0.12, titleSimilarity: 0.1, sharedNames: 0.1, sharedFigures: 0, daysApart: 30 }, 'unrelated'],
  // Cohesion: whether the two resemble the same other reports (one event) or each its own (one topic).
  ['good overlap, but each near its own other reports: another event of the topic', { bodySimilarity: 0.4, titleSimilarity: 0.3, sharedNames: 0.4, sharedFigures: 0, cohesion: -0.3 }, 'related-topic'],
  ['the same overlap, near the same other reports', { bodySimilarity: 0.4, titleSimilarity: 0.3, sharedNames: 0.4, sharedFigures: 0, cohesion: 0.8 }, 'same-story'],
  ['thin overlap lifted by cohesion', { bodySimilarity: 0.22, titleSimilarity: 0.1, sharedNames: 0.1, sharedFigures: 0, cohesion: 0.9 }, 'same-story'],
  ['too little body in common: cohesion does not lift it', { bodySimilarity: 0.13, titleSimilarity: 0.28, sharedNames: 0.3, sharedFigures: 0, cohesion: 0.99 }, 'related-topic'],
  ['strong overlap and cohesion, but seven months apart: the topic, not the event', { bodySimilarity: 0.5, titleSimilarity: 0.4, sharedNames: 0.5, sharedFigures: 0, daysApart: 208, cohesion: 0.95 }, 'related-topic'],
  ['unknown cohesion leaves the score as it is', { bodySimilarity: 0.36, titleSimilarity: 0.1, sharedNames: 0.2, sharedFigures: 0, cohesion: Number.NaN }, 'same-story'],
  // A late report naming the event's day: of the event when it stands where the event's reports stand.
  ['a toll revised three weeks later, naming the event day, cohesive with its reports', { bodySimilarity: 0.25, titleSimilarity: 0.3, sharedNames: 0.3, sharedFigures: 0, daysApart: 21, sharesEventDay: true, cohesion: 0.99 }, 'same-story'],
  ['the same three weeks later naming the day, but near other reports: a later development', { bodySimilarity: 0.25, titleSimilarity: 0.3, sharedNames: 0.3, sharedFigures: 0, daysApart: 21, sharesEventDay: true, cohesion: 0.7 }, 'related-topic'],
  ['the same three weeks later, cohesive, but naming no common day', { bodySimilarity: 0.25, titleSimilarity: 0.3, sharedNames: 0.3, sharedFigures: 0, daysApart: 21, cohesion: 0.99 }, 'related-topic'],
  ['moderate overlap naming the same day', { bodySimilarity: 0.25, titleSimilarity: 0.2, sharedNames: 0.1, sharedFigures: 0, sharesEventDay: true }, 'same-story'],
  // Event names: two storms of one fortnight share the kind's words, the coast and the toll's words.
  ['strong overlap, but each names another storm', { bodySimilarity: 0.4, titleSimilarity: 0.3, sharedNames: 0.4, sharedFigures: 0, cohesion: 0.95, eventNames: 'other-event' }, 'related-topic'],
  ['strong overlap, but one is a further happening days after the other', { bodySimilarity: 0.45, titleSimilarity: 0.3, sharedNames: 0.5, sharedFigures: 1, cohesion: 0.9, eventSequence: 'further-event' }, 'related-topic'],
  ['the same overlap, one storm named by both', { bodySimilarity: 0.4, titleSimilarity: 0.3, sharedNames: 0.4, sharedFigures: 0, cohesion: 0.95, eventNames: 'one-event' }, 'same-story'],
  ['another storm and little in common: unrelated, not on the topic', { bodySimilarity: 0.05, titleSimilarity: 0, sharedNames: 0, sharedFigures: 0, eventNames: 'other-event' }, 'unrelated'],
  // Two developments of one topic: dated days apart, and over the topic each stands with its own reports.
  ['strong overlap two days apart, standing with other reports of the topic: another development', { bodySimilarity: 0.44, titleSimilarity: 0.4, sharedNames: 0.37, sharedFigures: 0, daysApart: 2, cohesion: 0.74, topicCohesion: -0.39 }, 'related-topic'],
  ['the same two days apart, standing with the open article on the topic', { bodySimilarity: 0.44, titleSimilarity: 0.4, sharedNames: 0.37, sharedFigures: 0, daysApart: 2, cohesion: 0.74, topicCohesion: 0.2 }, 'same-story'],
  ['the same with topic cohesion just at the bar', { bodySimilarity: 0.44, titleSimilarity: 0.4, sharedNames: 0.37, sharedFigures: 0, daysApart: 2, cohesion: 0.74, topicCohesion: -0.3 }, 'same-story'],
  ['the same a night apart, with times of day (1.02 days): one moment', { bodySimilarity: 0.44, titleSimilarity: 0.4, sharedNames: 0.37, sharedFigures: 0, daysApart: 1.02, cohesion: 0.74, topicCohesion: -0.39 }, 'same-story'],
  ['the same on one day: nothing says they are apart in time', { bodySimilarity: 0.44, titleSimilarity: 0.4, sharedNames: 0.37, sharedFigures: 0, daysApart: 1, cohesion: 0.74, topicCohesion: -0.39 }, 'same-story'],
  ['the same undated: nothing says they are apart in time', { bodySimilarity: 0.44, titleSimilarity: 0.4, sharedNames: 0.37, sharedFigures: 0, cohesion: 0.74, topicCohesion: -0.39 }, 'same-story'],
  ['the same two days apart, topic cohesion not a number', { bodySimilarity: 0.44, titleSimilarity: 0.4, sharedNames: 0.37, sharedFigures: 0, daysApart: 2, cohesion: 0.74, topicCohesion: Number.NaN }, 'same-story'],
  ['garbage features do not throw or pass', { bodySimilarity: Number.NaN, titleSimilarity: -1, sharedNames: Number.NaN, sharedFigures: -3 }, 'unrelated'],
];

describe('decideSameStory', () => {
  it.each(TABLE)('%s', (_what, features, expected) => {
    expect(decideSameStory(features)).toBe(expected);
  });

  it('scores stay within 0..1 and grow with each kind of evidence', () => {
    const base: StoryFeatures = { bodySimilarity: 0.2, titleSimilarity: 0.2, sharedNames: 0.2, sharedFigures: 0 };
    const s = storyScore(base);
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(1);
    expect(storyScore({ ...base, bodySimilarity: 0.3 })).toBeGreaterThan(s);
    expect(storyScore({ ...base, titleSimilarity: 0.3 })).toBeGreaterThan(s);
    expect(storyScore({ ...base, sharedNames: 0.3 })).toBeGreaterThan(s);
    expect(storyScore({ ...base, sharedFigures: 1 })).toBeGreaterThan(s);
    expect(storyScore({ ...base, daysApart: 20 })).toBeLessThan(s);
    expect(storyScore({ ...base, sharesEventDay: true })).toBeGreaterThan(s);
    expect(storyScore({ ...base, cohesion: 0.9 })).toBeGreaterThan(s);
    expect(storyScore({ ...base, cohesion: 0 })).toBeLessThan(s);
    expect(storyScore({ bodySimilarity: 5, titleSimilarity: 5, sharedNames: 5, sharedFigures: 50 })).toBe(1);
  });

  it('the threshold is the documented one', () => {
    expect(SAME_STORY_THRESHOLD).toBe(0.25);
    expect(decideSameStory({ bodySimilarity: SAME_STORY_THRESHOLD / 0.7, titleSimilarity: 0, sharedNames: 0, sharedFigures: 0 })).toBe('same-story');
  });

  // [what the row stands for, features, expected]
  it.each<[string, Parameters<typeof decideWhen>[0], ReturnType<typeof decideWhen>]>([
    ['undated', {}, 'within-time'],
    ['five days apart', { daysApart: 5 }, 'within-time'],
    ['three weeks apart', { daysApart: 21 }, 'apart'],
    ['three weeks apart naming one day, cohesive', { daysApart: 21, sharesEventDay: true, cohesion: 0.85 }, 'late-report-of-the-event'],
    ['three weeks apart naming one day, cohesion unknown', { daysApart: 21, sharesEventDay: true }, 'apart'],
    ['three weeks apart naming one day, cohesion not a number', { daysApart: 21, sharesEventDay: true, cohesion: Number.NaN }, 'apart'],
    ['three weeks apart naming one day, weakly cohesive', { daysApart: 21, sharesEventDay: true, cohesion: 0.72 }, 'apart'],
    ['three weeks apart, cohesive, no common day', { daysApart: 21, cohesion: 0.99 }, 'apart'],
  ])('decideWhen: %s', (_what, features, expected) => {
    expect(decideWhen(features)).toBe(expected);
  });

  it.each([
    [undefined, 1],
    [0, 1.3],
    [1, 1.3],
    [2, 1],
    [7, 1],
    [12, 0.5],
    [17, 0.25],
    [22, 0.2],
    [3650, 0.2],
  ])('timeFactor(%s) = %s', (days, factor) => {
    expect(timeFactor(days)).toBeCloseTo(factor, 5);
  });
});
