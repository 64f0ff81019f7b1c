import { describe, expect, it } from 'vitest';
import { sameNameWord } from '../../src/core/text/same-name-word.ts';

describe('sameNameWord', () => {
  it.each([
    ['the same word', 'harbin', 'harbin', true],
    ['a country and its people', 'nepal', 'nepalese', true],
    ['the other way round', 'indonesian', 'indonesia', true],
    ['a final y', 'italy', 'italian', true],
    ['a final letter kept', 'israel', 'israeli', true],
    ['short names stay apart', 'iran', 'iraq', false],
    ['a short word is no stem', 'mali', 'malian', false],
    ['too many letters added', 'afghan', 'afghanistan', false],
    ['another word', 'kenya', 'kent', false],
    ['same start, other ending', 'jackson', 'jacksonville', false],
  ] as const)('%s: %s / %s', (_what, a, b, expected) => {
    expect(sameNameWord(a, b)).toBe(expected);
  });
});
