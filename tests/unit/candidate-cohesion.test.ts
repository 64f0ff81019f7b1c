import { describe, expect, it } from 'vitest';
import { cohesion, docCosine, MIN_PROFILE, profileSimilarity, PROFILE_DAY } from '../../src/core/matching/candidate-cohesion.ts';
import { buildSearchIndex, documentTermCounts, queryVector, searchIndex } from '../../src/core/corpus/search-index.ts';

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

  it('docCosine: two corpus documents compared as the search index compares a query with a document', () => {
    const docs = [
      { title: 'Earthquake strikes Mexico', text: 'A magnitude 7.1 earthquake struck central Mexico, killing hundreds in Mexico City and Puebla.' },
      { title: 'Mexico quake kills hundreds', text: 'The earthquake in central Mexico killed hundreds; rescuers searched collapsed buildings in Mexico City.' },
      { title: 'Rehab again', text: 'The actress checked into a rehabilitation centre in Malibu on Thursday, her lawyer said.' },
    ];
    const index = buildSearchIndex(docs);
    const hits = searchIndex(index, queryVector(index, documentTermCounts(docs[0]!)), 10);
    for (const d of [1, 2]) {
      const viaSearch = hits.find((h) => h.doc === d)?.score ?? 0;
      expect(docCosine(index, 0, d)).toBeCloseTo(viaSearch, 4);
      expect(docCosine(index, d, 0)).toBeCloseTo(docCosine(index, 0, d), 9);
    }
    expect(docCosine(index, 0, 1)).toBeGreaterThan(docCosine(index, 0, 2));
    expect(docCosine(index, 1, 1)).toBeCloseTo(1, 5);
  });
});
