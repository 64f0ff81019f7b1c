import { describe, expect, it } from 'vitest';
import { cohesion, docCosine, MIN_PROFILE, profileSimilarity, PROFILE_DAY, PROFILE_NAMES, weighNamesByShortlist } from '../../src/core/matching/candidate-cohesion.ts';
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

  // Four reports of two arrests of one team's players: the team is in every report, each player in two.
  const n = (key: string, weight = 1): { key: string; weight: number } => ({ key, weight });
  const lists = [
    [n('chargers'), n('vincent jackson', 2)],
    [n('chargers'), n('vincent jackson', 2), n('vincent jackson', 2)],
    [n('chargers'), n('jamal williams')],
    [n('chargers'), n('jamal williams'), n('qualcomm stadium')],
  ];
  it.each([
    { list: 0, name: 0, weight: 0, why: 'a name every report holds says nothing of the event' },
    { list: 0, name: 1, weight: 1, why: 'held by half the reports: half its weight (2 * 1/2)' },
    { list: 1, name: 2, weight: 1, why: 'a name twice in one list counts one report' },
    { list: 2, name: 1, weight: 0.5, why: 'half the reports, weight 1' },
    { list: 3, name: 2, weight: 0.75, why: 'one report of four' },
  ])('weighNamesByShortlist: $why', ({ list, name, weight }) => {
    expect(weighNamesByShortlist(lists)[list]![name]!.weight).toBeCloseTo(weight);
  });

  it('weighNamesByShortlist keeps each list and its names in order, and leaves the input as it was', () => {
    const out = weighNamesByShortlist(lists);
    expect(out.map((l) => l.map((x) => x.key))).toEqual(lists.map((l) => l.map((x) => x.key)));
    expect(lists[0]![0]!.weight).toBe(1);
  });

  it('profile similarity: shared names count as PROFILE_NAMES of cosine, discounted by time apart like the rest', () => {
    expect(profileSimilarity(0.2, false, 1, 0)).toBeCloseTo(0.2);
    expect(profileSimilarity(0.2, false, 1, 0.8)).toBeCloseTo(0.2 + PROFILE_NAMES * 0.8);
    expect(profileSimilarity(0.2, true, 0.5, 0.8)).toBeCloseTo((0.2 + PROFILE_DAY + PROFILE_NAMES * 0.8) / 2);
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
