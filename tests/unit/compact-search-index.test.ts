// The compact stored form of the search index: read back by structured clone (as IndexedDB does), it
// answers every lookup and query as the index it was made from, and refuses what does not fit together.
import { describe, expect, it } from 'vitest';
import { compactSearchIndex, loadCompactSearchIndex } from '../../src/core/corpus/compact-search-index.ts';
import { invertPostings } from '../../src/core/corpus/doc-terms.ts';
import { PackedStringList, packStrings } from '../../src/core/corpus/packed-strings.ts';
import { docCosine } from '../../src/core/matching/candidate-cohesion.ts';
import { buildSearchIndex, documentTermCounts, queryVector, searchIndex, termIdfIn } from '../../src/core/corpus/search-index.ts';

const DOCS = [
  { title: 'Putin arrives in Beijing for talks with Xi', text: 'Vladimir Putin arrived in Beijing on Thursday for a state visit. Putin and Xi Jinping discussed trade, energy and the war in Ukraine. The visit to Harbin follows.' },
  { title: 'Xi and Putin pledge deeper ties in Beijing', text: 'Xi Jinping welcomed Vladimir Putin to Beijing. The two leaders pledged to deepen ties and signed a statement on energy and trade. Putin then travelled to Harbin.' },
  { title: 'Man develops feather duvet lung after new bedding', text: 'A man developed feather duvet lung, a rare allergic reaction, after switching to feather bedding, doctors wrote in BMJ Case Reports.' },
  { title: 'South Dakota anti-meth campaign draws ridicule', text: 'South Dakota launched a campaign against methamphetamine with the slogan "Meth. We are on it." Governor Kristi Noem defended the ads. Noem said the campaign worked in Dakota.' },
  { title: 'Ukraine energy talks in Harbin', text: 'Energy ministers met in Harbin. The talks on energy and trade went on; Ukraine was discussed.' },
];
// Few terms per document, so the dictionary has df-only terms too (its second sorted run).
const index = buildSearchIndex(DOCS, { topK: 4 });
const stored = () => structuredClone(compactSearchIndex(index));
const query = (ix: typeof index, doc: { title: string; text: string }) => searchIndex(ix, queryVector(ix, documentTermCounts(doc)), 10);

describe('packed strings', () => {
  it('read back each string, an empty one included, and compare in place as < does', () => {
    const list = ['b', '', 'ab', 'abc', 'é', 'Z'];
    const packed = new PackedStringList(structuredClone(packStrings(list)));
    expect(Array.from({ length: packed.length }, (_, i) => packed.at(i))).toEqual(list);
    expect(packed.at(-1)).toBe('Z');
    expect(packed.at(6)).toBeUndefined();
    for (const s of ['', 'a', 'ab', 'abd', 'b', 'z', 'é']) {
      list.forEach((x, i) => expect(Math.sign(packed.compareAt(s, i))).toBe(s < x ? -1 : s > x ? 1 : 0));
    }
    list.forEach((x, i) => list.forEach((y, j) => expect(Math.sign(packed.compareEntries(i, j))).toBe(x < y ? -1 : x > y ? 1 : 0)));
  });
  it('refuses offsets that do not fit the text', () => {
    expect(() => new PackedStringList({ text: 'abc', ends: Uint32Array.of(2, 1, 3) })).toThrow(/order/);
    expect(() => new PackedStringList({ text: 'abc', ends: Uint32Array.of(1, 2) })).toThrow(/match/);
    expect(() => new PackedStringList({ text: 'abc', ends: [3] as unknown as Uint32Array })).toThrow();
  });
});

describe('the compact search index', () => {
  it('finds every term at the id the built index gives it, and no other term', () => {
    const loaded = loadCompactSearchIndex(stored());
    for (let t = 0; t < index.termList.length; t++) expect(loaded.termIds.get(index.termList.at(t)!)).toBe(t);
    for (const absent of ['', 'aaaa', 'zzzz', 'putins', 'harbi']) expect(loaded.termIds.get(absent)).toBe(index.termIds.get(absent));
    expect(index.termList.length).toBeGreaterThan(index.postingTerms); // both runs of the dictionary are searched
  });

  it('answers every query, idf and name as the built index', () => {
    const loaded = loadCompactSearchIndex(stored());
    for (const d of DOCS) expect(query(loaded, d)).toEqual(query(index, d));
    for (const term of ['putin', 'energy', 'noem', 'unheard']) expect(termIdfIn(loaded, term)).toBe(termIdfIn(index, term));
    for (let d = 0; d < DOCS.length; d++) expect(loaded.names.at(d)).toBe(index.names.at(d));
    expect(Array.from(loaded.docNorms)).toEqual(Array.from(index.docNorms));
  });

  it('stores postings and document terms at the narrowest width that holds them, and reads either width back to the same values', () => {
    const narrow = stored();
    expect(narrow.postDocs).toBeInstanceOf(Uint16Array);
    expect(narrow.postTfs).toBeInstanceOf(Uint8Array);
    expect(narrow.docTerms.terms).toBeInstanceOf(Uint16Array);
    expect(narrow.docTerms.tfs).toBeInstanceOf(Uint8Array);
    const wideTerms = { ...narrow.docTerms, terms: Uint32Array.from(narrow.docTerms.terms), tfs: Uint16Array.from(narrow.docTerms.tfs) };
    const wide = { ...narrow, postDocs: Uint32Array.from(narrow.postDocs), postTfs: Uint16Array.from(narrow.postTfs), docTerms: wideTerms };
    for (const loaded of [loadCompactSearchIndex(narrow), loadCompactSearchIndex(wide)]) {
      expect(Array.from(loaded.postDocs)).toEqual(Array.from(index.postDocs));
      expect(Array.from(loaded.postTfs)).toEqual(Array.from(index.postTfs));
      const inverted = invertPostings(index);
      expect(Array.from(loaded.docTerms!.terms)).toEqual(Array.from(inverted.terms));
      expect(Array.from(loaded.docTerms!.tfs)).toEqual(Array.from(inverted.tfs));
      for (const d of DOCS) expect(query(loaded, d)).toEqual(query(index, d));
    }
  });

  it('carries each document’s top terms, so two documents compare as in the built index without turning the postings around', () => {
    const loaded = loadCompactSearchIndex(stored());
    const inverted = invertPostings(index);
    expect(Array.from(loaded.docTerms!.start)).toEqual(Array.from(inverted.start));
    expect(Array.from(loaded.docTerms!.terms)).toEqual(Array.from(inverted.terms));
    for (let a = 0; a < DOCS.length; a++) for (let b = 0; b < DOCS.length; b++) expect(docCosine(loaded, a, b)).toBe(docCosine(index, a, b));
    expect(docCosine(index, 0, 1)).toBeGreaterThan(0);
  });

  it('refuses what does not fit together', () => {
    const good = stored();
    expect(() => loadCompactSearchIndex({ ...good, format: 'parallax-tfidf' })).toThrow(/compact/);
    expect(() => loadCompactSearchIndex({ ...good, postDocs: Array.from(good.postDocs) })).toThrow(/type/);
    expect(() => loadCompactSearchIndex({ ...good, postDocs: Float64Array.from(good.postDocs) })).toThrow(/type/);
    expect(() => loadCompactSearchIndex({ ...good, docCount: 2 })).toThrow(/documents/);
    expect(() => loadCompactSearchIndex({ ...good, idf: good.idf.slice(1) })).toThrow(/idf/);
    expect(() => loadCompactSearchIndex({ ...good, postStart: good.postStart.slice(1) })).toThrow(/ranges/);
    const outside = good.postDocs.slice();
    outside[0] = 99;
    expect(() => loadCompactSearchIndex({ ...good, postDocs: outside })).toThrow(/outside/);
    const reversed = [...Array.from({ length: index.postingTerms }, (_, t) => index.termList.at(t)!)].reverse();
    const rest = Array.from({ length: index.termList.length - index.postingTerms }, (_, t) => index.termList.at(index.postingTerms + t)!);
    expect(() => loadCompactSearchIndex({ ...good, terms: packStrings([...reversed, ...rest]) })).toThrow(/sorted/);
    const dt = good.docTerms;
    expect(() => loadCompactSearchIndex({ ...good, docTerms: { ...dt, terms: dt.terms.slice(1) } })).toThrow(/document terms/);
    const swapped = dt.terms.slice();
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    expect(() => loadCompactSearchIndex({ ...good, docTerms: { ...dt, terms: swapped } })).toThrow(/order/);
    expect(() => loadCompactSearchIndex({ ...good, docTerms: undefined })).toThrow(/document terms/);
    expect(() => loadCompactSearchIndex({ ...good, docTerms: { ...dt, tfs: Float32Array.from(dt.tfs) } })).toThrow(/document terms/);
    expect(() => loadCompactSearchIndex(null)).toThrow();
  });
});
