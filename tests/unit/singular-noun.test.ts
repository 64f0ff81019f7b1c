import { describe, expect, test } from 'vitest';
import { singularNoun } from '../../src/core/text/singular-noun.ts';

describe('singularNoun', () => {
  test.each([
    ['people', 'person'], ['seats', 'seat'], ['jets', 'jet'], ['countries', 'country'], ['Americans', 'american'],
    ['children', 'child'], ['police', 'police'], ['boxes', 'box'], ['churches', 'church'], ['houses', 'house'],
    ['crises', 'crisis'], ['series', 'series'], ['analysis', 'analysis'], ['status', 'status'], ['SUVs', 'suv'],
    ['FPS', 'fps'], ['days', 'day'], ['meeting', 'meeting'], ['businesses', 'business'], ['heroes', 'hero'],
  ])('%s -> %s', (word, singular) => {
    expect(singularNoun(word)).toBe(singular);
  });
});
