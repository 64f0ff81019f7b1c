import { describe, expect, it } from 'vitest';
import { cohesion, cosine, MIN_PROFILE, profileSimilarity, PROFILE_DAY, termVector } from '../../src/core/matching/candidate-cohesion.ts';

describe('cohesion: do two reports resemble the same other reports?', () => {
  it.each<[string, number[], number[], number | undefined]>([
    ['the same event: close to the same others', [0.6, 0.5, 0.1, 0.05, 0.02], [0.7, 0.4, 0.12, 0.04, 0.03], 0.9],
    ['another event of the topic: close to the others', [0.6, 0.5, 0.1, 0.05], [0.1, 0.05, 0.6, 0.5], -0.9],
    ['unrelated profiles', [0.3, 0.1, 0.3, 0.1], [0.2, 0.2, 0.1, 0.1], 0],
    ['too few other candidates to tell', [0.6, 0.1, 0.2], [0.6, 0.1, 0.2], undefined],
    ['a flat profile tells nothing', [0.2, 0.2, 0.2, 0.2], [0.6, 0.1, 0.2, 0.3], undefined],
  ])('%s', (_what, open, candidate, expected) => {
    const c = cohesion(open, candidate);
    if (expected === undefined) expect(c).toBeUndefined();
    else if (expected === 0) expect(Math.abs(c!)).toBeLessThan(0.2);
    else if (expected > 0) expect(c!).toBeGreaterThan(expected);
    else expect(c!).toBeLessThan(expected);
  });

  it('needs MIN_PROFILE others', () => {
    expect(MIN_PROFILE).toBe(4);
    expect(cohesion([1, 2, 3, 4], [2, 4, 6, 8])).toBeCloseTo(1, 9);
  });

  it('profile similarity: a shared day counts, time apart discounts', () => {
    expect(profileSimilarity(0.2, false, 1)).toBeCloseTo(0.2);
    expect(profileSimilarity(0.2, true, 1)).toBeCloseTo(0.2 + PROFILE_DAY);
    expect(profileSimilarity(0.2, true, 0.5)).toBeCloseTo((0.2 + PROFILE_DAY) / 2);
  });

  it('cosine of term vectors', () => {
    const a = termVector({ terms: [{ term: 'quake', weight: 3, id: 0 }, { term: 'toll', weight: 4, id: 1 }], norm: 5 });
    const b = termVector({ terms: [{ term: 'quake', weight: 3, id: 0 }, { term: 'toll', weight: 4, id: 1 }], norm: 5 });
    const c = termVector({ terms: [{ term: 'rehab', weight: 2, id: 2 }], norm: 2 });
    expect(cosine(a, b)).toBeCloseTo(1);
    expect(cosine(a, c)).toBe(0);
    expect(cosine(a, termVector({ terms: [], norm: 0 }))).toBe(0);
  });
});
