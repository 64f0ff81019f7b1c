import { describe, expect, it } from 'vitest';
import {
  decideDevelopmentSide,
  decideFartherGroup,
  decideFigureSide,
  decideUndatedSide,
  decideWeekdaySide,
  FIGURE_SIDE_APART,
  weekdayFit,
  OPEN_SIDE_MARGIN,
  SIDE_SHARED_FIGURES,
  type DevelopmentSide,
  type DevelopmentStanding,
  type FigureStanding,
  type OpenArticleStanding,
  type UndatedStanding,
  type WeekdayFit,
  type WeekdayStanding,
} from '../../src/core/matching/decide-development-side.ts';
import { weekdayOf } from '../../src/core/text/calendar-day.ts';

describe('decideDevelopmentSide: an undated report between two developments of a topic', () => {
  it.each<[string, DevelopmentStanding, DevelopmentSide]>([
    ['nearer the other development\'s reports than the story\'s', { toStory: [0.4, 0.3], toOtherDevelopment: [0.6, 0.5] }, 'another-development'],
    ['nearer the story\'s reports', { toStory: [0.6, 0.5], toOtherDevelopment: [0.4, 0.3] }, 'the-story'],
    ['as near both: left with the story (the safe way to err)', { toStory: [0.5], toOtherDevelopment: [0.5] }, 'the-story'],
    ['means, not the nearest one: one close report of the other development is not enough', { toStory: [0.5, 0.5, 0.5], toOtherDevelopment: [0.9, 0.1] }, 'the-story'],
    ['no other development among the candidates', { toStory: [0.4], toOtherDevelopment: [] }, 'unknown'],
    ['nothing of the story to compare with', { toStory: [], toOtherDevelopment: [0.5] }, 'unknown'],
    ['a similarity that is not a number', { toStory: [Number.NaN], toOtherDevelopment: [0.5] }, 'unknown'],
  ])('%s', (_why, standing, expected) => {
    expect(decideDevelopmentSide(standing)).toBe(expected);
  });
});

describe('decideFartherGroup: an undated open article between two groups of its dated candidates', () => {
  it.each<[string, OpenArticleStanding, DevelopmentSide]>([
    ['clearly nearer its group than even the closest of the other, the groups apart', { toNearer: [0.7, 0.6], toFarther: [0.4, 0.3], groupsCohesion: -0.6 }, 'another-development'],
    ['nearer its group on average, but one report of the other as near: no clear side', { toNearer: [0.7, 0.6], toFarther: [0.6, 0.2, 0.2], groupsCohesion: -0.6 }, 'unknown'],
    ['just within the margin', { toNearer: [0.5], toFarther: [0.5 / OPEN_SIDE_MARGIN + 0.01], groupsCohesion: -0.6 }, 'unknown'],
    ['the groups stand together over the topic: one development reported days on', { toNearer: [0.7], toFarther: [0.3], groupsCohesion: 0.4 }, 'the-story'],
    ['cohesion unknown (too few reports on the topic)', { toNearer: [0.7], toFarther: [0.3], groupsCohesion: undefined }, 'unknown'],
    ['no other group', { toNearer: [0.7], toFarther: [], groupsCohesion: -0.6 }, 'unknown'],
    ['a similarity that is not a number', { toNearer: [Number.NaN], toFarther: [0.3], groupsCohesion: -0.6 }, 'unknown'],
  ])('%s', (_why, standing, expected) => {
    expect(decideFartherGroup(standing)).toBe(expected);
  });
});

describe('decideFigureSide: an undated open article sharing its figures with one group of its dated candidates', () => {
  it.each<[string, FigureStanding, DevelopmentSide]>([
    ['shares two figures with its group, none with this one, the groups apart', { sharedWithOwn: 2, sharedWithThis: 0, groupsCohesion: -0.4 }, 'another-development'],
    ['shares one figure only: too little to choose', { sharedWithOwn: SIDE_SHARED_FIGURES - 1, sharedWithThis: 0, groupsCohesion: -0.4 }, 'unknown'],
    ['shares a figure with this group too', { sharedWithOwn: 3, sharedWithThis: 1, groupsCohesion: -0.4 }, 'unknown'],
    ['the groups stand together: an evolving story whose later reports give new figures', { sharedWithOwn: 3, sharedWithThis: 0, groupsCohesion: 0.3 }, 'unknown'],
    ['at the apartness bar', { sharedWithOwn: 3, sharedWithThis: 0, groupsCohesion: FIGURE_SIDE_APART }, 'unknown'],
    ['just under it', { sharedWithOwn: 3, sharedWithThis: 0, groupsCohesion: FIGURE_SIDE_APART - 0.01 }, 'another-development'],
    ['cohesion unknown (too few reports on the topic)', { sharedWithOwn: 3, sharedWithThis: 0, groupsCohesion: undefined }, 'unknown'],
  ])('%s', (_why, standing, expected) => {
    expect(decideFigureSide(standing)).toBe(expected);
  });
});

// Day numbers (days since 1970-01-01): 2023-01-19 was a Thursday, 2023-01-31 a Tuesday.
const JAN19 = Date.UTC(2023, 0, 19) / 86_400_000;
const JAN31 = Date.UTC(2023, 0, 31) / 86_400_000;
const [TUE, WED, THU, SUN] = [1, 2, 3, 6];

describe('weekdayFit: whether a lead weekday can be a group\'s day', () => {
  it('reads weekdays Monday 0', () => {
    expect(weekdayOf(JAN19)).toBe(THU);
    expect(weekdayOf(JAN31)).toBe(TUE);
  });
  it.each<[string, number[], number[], WeekdayFit]>([
    ['the group\'s first day', [THU], [JAN19], 'fits'],
    ['the day before it (a night\'s event reported the next day)', [WED], [JAN19], 'fits'],
    ['the day after it is not: news tells of what happened', [TUE], [JAN31 - 1], 'does-not-fit'],
    ['another weekday', [THU], [JAN31], 'does-not-fit'],
    ['any of the lead\'s weekdays may fit ("shot Saturday ... a riot Monday")', [SUN, TUE], [JAN31], 'fits'],
    ['any of the days', [THU], [JAN31, JAN19], 'fits'],
    ['no weekday in the lead', [], [JAN19], 'unknown'],
    ['no day', [THU], [], 'unknown'],
  ])('%s', (_why, weekdays, days, expected) => {
    expect(weekdayFit(weekdays, days)).toBe(expected);
  });
});

describe('decideWeekdaySide: an undated open article whose lead weekday fits one group of its dated candidates', () => {
  it.each<[string, WeekdayStanding, DevelopmentSide]>([
    ['fits its group, not this one, the groups apart', { own: 'fits', other: 'does-not-fit', groupsCohesion: -0.4 }, 'another-development'],
    ['fits both: nothing to choose', { own: 'fits', other: 'fits', groupsCohesion: -0.4 }, 'unknown'],
    ['fits neither', { own: 'does-not-fit', other: 'does-not-fit', groupsCohesion: -0.4 }, 'unknown'],
    ['no weekday', { own: 'unknown', other: 'unknown', groupsCohesion: -0.4 }, 'unknown'],
    ['the groups stand together: a toll revised days on', { own: 'fits', other: 'does-not-fit', groupsCohesion: 0.2 }, 'unknown'],
    ['at the apartness bar', { own: 'fits', other: 'does-not-fit', groupsCohesion: FIGURE_SIDE_APART }, 'unknown'],
    ['cohesion unknown', { own: 'fits', other: 'does-not-fit', groupsCohesion: undefined }, 'unknown'],
  ])('%s', (_why, standing, expected) => {
    expect(decideWeekdaySide(standing)).toBe(expected);
  });
});

describe('decideUndatedSide: an undated candidate between the open article\'s group and another development', () => {
  const near = { toStory: [0.2, 0.2], toOtherDevelopment: [0.5] };
  const far = { toStory: [0.5, 0.5], toOtherDevelopment: [0.2] };
  it.each<[string, UndatedStanding, DevelopmentSide]>([
    ['its weekday fits the other development only', { ...far, fitsOther: 'fits', fitsStory: 'does-not-fit', groupsCohesion: -0.4 }, 'another-development'],
    ['its weekday fits the story: it stays, however near the other', { ...near, fitsOther: 'does-not-fit', fitsStory: 'fits', groupsCohesion: -0.4 }, 'the-story'],
    ['no weekday, nearer the other development', { ...near, fitsOther: 'unknown', fitsStory: 'unknown', groupsCohesion: -0.4 }, 'another-development'],
    ['no weekday, nearer the story', { ...far, fitsOther: 'unknown', fitsStory: 'unknown', groupsCohesion: -0.4 }, 'the-story'],
    ['its weekday fits both: it stays', { ...near, fitsOther: 'fits', fitsStory: 'fits', groupsCohesion: -0.4 }, 'the-story'],
  ])('%s', (_why, standing, expected) => {
    expect(decideUndatedSide(standing)).toBe(expected);
  });
});
