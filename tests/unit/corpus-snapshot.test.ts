// The compiled parts stored beside a corpus's texts: sentence offsets at 16 bits while every article
// fits, 32 when one does not, and either read back to the same sentences.
import { describe, expect, it } from 'vitest';
import { compiledPartsOf, corpusOfView, readCompiledParts } from '../../src/background/corpus-snapshot.ts';
import { buildCorpus } from '../../src/core/corpus/corpus-file.ts';
import type { Corpus } from '../../src/core/types.ts';

const para = (k: number) => `Ferry services resumed on route ${k} after the storm. Harbour officials said repairs would take a week.`;
const short = { id: 'short', title: 'Ferries resume after storm', paragraphs: [para(1), para(2)] };
// Over 64k characters: its later sentence offsets do not fit 16 bits.
const long = { id: 'long', title: 'A long harbour report', paragraphs: Array.from({ length: 700 }, (_, k) => para(k)) };

function roundTrip(corpus: Corpus) {
  const parts = structuredClone(compiledPartsOf(corpus));
  const view = readCompiledParts(parts)!;
  const back = corpusOfView(view, (id) => corpus.articles.find((a) => a.id === id));
  return { parts, back: back! };
}

describe('compiled parts', () => {
  it.each([
    ['articles under 64k characters', [short], Uint16Array],
    ['an article over 64k characters', [short, long], Uint32Array],
  ])('%s: sentence offsets stored as %s... and read back unchanged', (_, fields, type) => {
    const corpus = buildCorpus(fields);
    const { parts, back } = roundTrip(corpus);
    expect(parts.sentences).toBeInstanceOf(type);
    expect(back.articles.map((a) => a.sentences)).toEqual(corpus.articles.map((a) => a.sentences));
    expect(corpus.articles.at(-1)!.sentences.length).toBeGreaterThan(1);
  });

  it('refuses offsets of another type', () => {
    const parts = compiledPartsOf(buildCorpus([short]));
    expect(() => readCompiledParts({ ...parts, sentences: Float64Array.from(parts.sentences) as unknown as Uint32Array })).toThrow(/malformed/);
  });
});
