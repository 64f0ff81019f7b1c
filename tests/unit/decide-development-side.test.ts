import { describe, expect, it } from 'vitest';
import {
  decideDevelopmentSide,
  decideFartherGroup,
  decideFigureSide,
  FIGURE_SIDE_APART,
  OPEN_SIDE_MARGIN,
  SIDE_SHARED_FIGURES,
  type DevelopmentSide,
  type DevelopmentStanding,
  type FigureStanding,
  type OpenArticleStanding,
} from '../../src/core/matching/decide-development-side.ts';

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
