import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { buildCorpus, parseCorpusFile, serializeCorpus } from '../../src/core/corpus/corpus-file.ts';
import { matchRelated } from '../../src/core/matching/match-related.ts';
import { readArticleFolder } from '../../src/cli/read-article-files.ts';

const seeds = readArticleFolder(resolve(import.meta.dirname, '../../seeds'), { strict: true }).articles;

describe('corpus file', () => {
  const corpus = buildCorpus(seeds);
  const file = JSON.parse(JSON.stringify(serializeCorpus(corpus)));

  it('round-trips through JSON with the same matches', () => {
    const loaded = parseCorpusFile(file);
    expect(loaded.articles.map((a) => a.id)).toEqual(corpus.articles.map((a) => a.id));
    const a = corpus.articles[0]!;
    const strip = (cs: ReturnType<typeof matchRelated>) => cs.map((c) => [c.article.id, c.score, c.decision, c.sharedTerms]);
    expect(strip(matchRelated(a, [loaded]))).toEqual(strip(matchRelated(a, [corpus])));
  });

  it('keeps the seed corpus index small', () => {
    expect(JSON.stringify(file.index).length).toBeLessThan(8_000);
  });

  it('rejects a duplicate id', () => {
    expect(() => buildCorpus([seeds[0]!, seeds[0]!])).toThrow(/duplicate article id/);
  });

  it('rejects an index that does not match the articles', () => {
    const other = JSON.parse(JSON.stringify(serializeCorpus(buildCorpus(seeds.slice(0, 2)))));
    expect(() => parseCorpusFile({ ...file, index: other.index })).toThrow(/index/);
    expect(() => parseCorpusFile({ ...file, index: { format: 'bm25', version: 1 } })).toThrow(/not a valid Parallax corpus file/);
  });

  it('keeps a feed report marked summary-only, and rejects a malformed mark', () => {
    const marked = serializeCorpus(buildCorpus([{ ...seeds[0]!, summaryOnly: true }, seeds[1]!]));
    const loaded = parseCorpusFile(JSON.parse(JSON.stringify(marked)));
    expect(loaded.articles.map((a) => a.summaryOnly ?? false)).toEqual([true, false]);
    const bad = JSON.parse(JSON.stringify(marked));
    bad.articles[0].summaryOnly = 'yes';
    expect(() => parseCorpusFile(bad)).toThrow(/summaryOnly/);
  });

  it('reports progress while building', () => {
    const seen: number[] = [];
    buildCorpus(seeds, { onProgress: (done, total) => seen.push(done / total) });
    expect(seen.at(-1)).toBe(1);
  });
});
