import { describe, expect, it } from 'vitest';
import { decideDevelopmentSide, type DevelopmentSide, type DevelopmentStanding } from '../../src/core/matching/decide-development-side.ts';

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
