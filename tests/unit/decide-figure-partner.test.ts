import { describe, expect, it } from 'vitest';
import { decideFigurePartner, FIGURE_TOPIC_COHESION, type FigurePartner } from '../../src/core/matching/decide-figure-partner.ts';

describe('decideFigurePartner: figures only with listed reports that stand with the open article on its topic', () => {
  it.each<[string, number | undefined, FigurePartner]>([
    ['stands with the open article', 0.8, 'aligned'],
    ['at the bar', FIGURE_TOPIC_COHESION, 'aligned'],
    ['stands with another event of the topic', -0.4, 'listed-only'],
    ['just under the bar', FIGURE_TOPIC_COHESION - 0.01, 'listed-only'],
    ['too few reports on the topic to tell', undefined, 'aligned'],
    ['not a number', Number.NaN, 'aligned'],
  ])('%s (%s) -> %s', (_name, topicCohesion, expected) => {
    expect(decideFigurePartner(topicCohesion === undefined ? {} : { topicCohesion })).toBe(expected);
  });
});
