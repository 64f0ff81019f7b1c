import { describe, expect, it } from 'vitest';
import { backgroundIdf, backgroundRank, termIdf } from '../../src/core/text/background-idf.ts';
import {
  buildSearchIndex,
  decodeVarints,
  documentTermCounts,
  encodeVarints,
  loadSearchIndex,
  queryVector,
  searchIndex,
  serializeSearchIndex,
  TOP_K,
} from '../../src/core/corpus/search-index.ts';

const DOCS = [
  { title: 'Putin arrives in Beijing for talks with Xi', text: 'Vladimir Putin arrived in Beijing on Thursday for a state visit. Putin and Xi Jinping discussed trade, energy and the war in Ukraine. The visit to Harbin follows.' },
  { title: 'Xi and Putin pledge deeper ties in Beijing', text: 'Xi Jinping welcomed Vladimir Putin to Beijing. The two leaders pledged to deepen ties and signed a statement on energy and trade. Putin then travelled to Harbin.' },
  { title: 'Man develops feather duvet lung after new bedding', text: 'A man developed feather duvet lung, a rare allergic reaction, after switching to feather bedding, doctors wrote in BMJ Case Reports.' },
  { title: 'South Dakota anti-meth campaign draws ridicule', text: 'South Dakota launched a campaign against methamphetamine with the slogan "Meth. We are on it." Governor Kristi Noem defended the ads.' },
];

function query(index: ReturnType<typeof buildSearchIndex>, doc: { title: string; text: string }) {
  return searchIndex(index, queryVector(index, documentTermCounts(doc)), 10);
}

describe('varints', () => {
  it.each([[[0]], [[31]], [[32]], [[1023, 1024, 0, 5]], [[2 ** 31 + 7, 1, 2 ** 40]]])('round-trips %j', (values) => {
    const s = encodeVarints(values);
    expect(/^[0-9A-Za-z_-]*$/.test(s)).toBe(true);
    const out: number[] = [];
    expect(decodeVarints(s, out)).toBe(values.length);
    expect(out).toEqual(values);
  });
  it('rejects malformed strings', () => {
    expect(() => decodeVarints('a*', [])).toThrow(/malformed/);
    expect(() => decodeVarints('Z', [])).toThrow(/truncated/); // 'Z' = 35: a continuation digit with nothing after
    expect(() => encodeVarints([-1])).toThrow();
  });
});

describe('background idf', () => {
  it('ranks common words above rare names', () => {
    expect(backgroundRank('government')).toBeLessThan(backgroundRank('sanction'));
    expect(backgroundIdf('harbin')).toBeGreaterThan(backgroundIdf('visit'));
    expect(backgroundIdf('zzqxv')).toBeGreaterThan(7);
  });
  it('keeps a story word telling in a tiny corpus where every document holds it', () => {
    // 5 documents, all mention Putin: corpus idf alone would be ~0.
    expect(termIdf('putin', 5, 5)).toBeGreaterThan(3);
    expect(termIdf('putin', 5, 5)).toBeGreaterThan(termIdf('visit', 5, 5) + 1);
  });
  it('lets a large corpus overrule the background', () => {
    expect(termIdf('putin', 20_000, 50_000)).toBeLessThan(1.5);
  });
});

describe('search index', () => {
  const index = buildSearchIndex(DOCS);

  it('finds the other report of the same story first, and itself with similarity ~1', () => {
    const hits = query(index, DOCS[0]!);
    expect(hits[0]!.doc).toBe(0);
    expect(hits[0]!.score).toBeGreaterThan(0.99);
    expect(hits[1]!.doc).toBe(1);
    expect(hits[1]!.score).toBeGreaterThan(0.3);
    expect(hits.find((h) => h.doc === 2)?.score ?? 0).toBeLessThan(0.05);
  });

  it('keeps at most TOP_K terms per document', () => {
    const long = { title: 'x', text: Array.from({ length: 300 }, (_, i) => `word${i}x`).join(' ') };
    const idx = buildSearchIndex([long]);
    expect(idx.postDocs.length).toBeLessThanOrEqual(TOP_K);
  });

  it('survives serialisation unchanged', () => {
    const json = JSON.parse(JSON.stringify(serializeSearchIndex(index)));
    const loaded = loadSearchIndex(json);
    for (const d of DOCS) expect(query(loaded, d)).toEqual(query(index, d));
    expect(loaded.names).toEqual(index.names);
    expect(Array.from(loaded.docNorms)).toEqual(Array.from(index.docNorms));
  });

  it('stores each document’s main names', () => {
    expect(index.names.at(0)!.split('|')).toContain('Putin');
    expect(index.names.at(3)!.split('|')).toContain('Kristi Noem');
  });

  it('rejects malformed indexes', () => {
    const good = serializeSearchIndex(index);
    expect(() => loadSearchIndex({ ...good, format: 'bm25' })).toThrow(/not a Parallax search index/);
    expect(() => loadSearchIndex({ ...good, names: good.names.slice(1) })).toThrow(/names/);
    expect(() => loadSearchIndex({ ...good, df: good.df.slice(2) })).toThrow(/df/);
    expect(() => loadSearchIndex({ ...good, postings: good.postings.map(() => 'zz') })).toThrow();
    expect(() => loadSearchIndex({ ...good, docCount: 1, names: good.names.slice(0, 1) })).toThrow(/outside/);
    expect(() => loadSearchIndex(null)).toThrow();
  });

  it('handles an empty corpus', () => {
    const empty = loadSearchIndex(JSON.parse(JSON.stringify(serializeSearchIndex(buildSearchIndex([])))));
    expect(query(empty, DOCS[0]!)).toEqual([]);
  });
});
