import { describe, expect, it } from 'vitest';
import {
  decideFigurePartner,
  FIGURE_COHESION_GAP,
  FIGURE_TOPIC_COHESION,
  nearestTopicCohesion,
  type FigurePartner,
} from '../../src/core/matching/decide-figure-partner.ts';

describe('decideFigurePartner: figures only with listed reports that stand with the open article on its topic', () => {
  it.each<[string, number | undefined, number | undefined, boolean, FigurePartner]>([
    ['stands with the open article', 0.8, 0.8, true, 'aligned'],
    ['at the bar', FIGURE_TOPIC_COHESION, FIGURE_TOPIC_COHESION, true, 'aligned'],
    ['stands with another event of the topic', -0.4, 0.6, true, 'listed-only'],
    ['just under the bar', FIGURE_TOPIC_COHESION - 0.01, 0.5, false, 'listed-only'],
    ['too few reports on the topic to tell', undefined, undefined, false, 'aligned'],
    ['not a number', Number.NaN, 0.6, false, 'aligned'],
    // An undated pair: the time rules could not keep another development apart, so stand near the nearest.
    ['undated, far below the nearest listed report', 0.1, 0.6, false, 'listed-only'],
    ['undated, just within the gap', 0.6 - FIGURE_COHESION_GAP + 0.01, 0.6, false, 'aligned'],
    ['undated, just beyond the gap', 0.6 - FIGURE_COHESION_GAP - 0.01, 0.6, false, 'listed-only'],
    ['undated, itself the nearest', 0.3, 0.3, false, 'aligned'],
    ['undated, the nearest unknown', 0.1, undefined, false, 'aligned'],
    // A dated pair: an evolving story's later reports drift on the topic and are still its updates.
    ['dated, far below the nearest listed report', 0.1, 0.6, true, 'aligned'],
  ])('%s (%s of %s, both dated %s) -> %s', (_name, topicCohesion, nearestListed, bothDated, expected) => {
    const f = { ...(topicCohesion === undefined ? {} : { topicCohesion }), ...(nearestListed === undefined ? {} : { nearestListed }), bothDated };
    expect(decideFigurePartner(f)).toBe(expected);
  });
});

describe('nearestTopicCohesion', () => {
  it.each<[string, Array<number | undefined>, number | undefined]>([
    ['the highest', [0.2, 0.6, -0.1], 0.6],
    ['unknown ones left out', [undefined, 0.1, Number.NaN], 0.1],
    ['none known', [undefined, Number.NaN], undefined],
    ['an empty list', [], undefined],
  ])('%s', (_name, values, expected) => {
    expect(nearestTopicCohesion(values.map((c) => (c === undefined ? {} : { topicCohesion: c })))).toBe(expected);
  });
});
