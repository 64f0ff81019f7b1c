// Which listed reports' figures analyze() lines up (decide-figure-partner.ts), with matching's verdicts given.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Candidate } from '../../src/core/matching/match-related.ts';

vi.mock('../../src/core/matching/match-related.ts', async (original) => ({ ...(await original<object>()), matchRelated: vi.fn() }));

const { analyze } = await import('../../src/core/analyze.ts');
const { matchRelated } = await import('../../src/core/matching/match-related.ts');
const { buildCorpus } = await import('../../src/core/corpus/corpus-file.ts');

/** Two listed reports of a bombing's toll: one standing with the open article on the topic, one well below it. */
function corpusOf(dated: boolean) {
  const date = dated ? { published: '2016-02-18' } : {};
  return buildCorpus([
    { id: 'near', title: 'Blast in the capital', paragraphs: ['The car bomb blast in the capital killed 28 people, officials said.'], ...date },
    { id: 'far', title: 'Blast in the capital', paragraphs: ['The car bomb blast in the capital killed 37 people, officials said.'], ...date },
  ]);
}

function listed(corpus: ReturnType<typeof buildCorpus>, order: string[]): Candidate[] {
  const cohesion: Record<string, number> = { near: 0.6, far: 0.1 };
  return order.map((id) => ({
    article: corpus.articles.find((a) => a.id === id)!,
    features: { bodySimilarity: 0.5, titleSimilarity: 1, sharedNames: 0, sharedFigures: 0, sharesEventDay: false, topicCohesion: cohesion[id]! },
    decision: 'same-story',
    score: 0.6,
    sharedTerms: [],
  }));
}

const aligned = (result: ReturnType<typeof analyze>): string[] =>
  [...new Set(result.figures.flatMap((g) => g.mentions.map((m) => m.reportId)).filter((id): id is string => id !== null))].sort();

describe('analyze: figures of listed reports by where they stand on the topic', () => {
  beforeEach(() => vi.mocked(matchRelated).mockReset());
  const open = { title: 'Blast in the capital', text: 'The car bomb blast in the capital killed 30 people, officials said.' };

  it('undated: the report well below the nearest listed one is listed, its figures not lined up', () => {
    const corpus = corpusOf(false);
    vi.mocked(matchRelated).mockReturnValue(listed(corpus, ['near', 'far']));
    const result = analyze(open, [corpus]);
    expect(result.related.map((r) => r.id)).toEqual(['near', 'far']);
    expect(aligned(result)).toEqual(['near']);
  });

  it('dated on both sides: an evolving story\'s later report is lined up whatever its cohesion', () => {
    const corpus = corpusOf(true);
    vi.mocked(matchRelated).mockReturnValue(listed(corpus, ['near', 'far']));
    expect(aligned(analyze({ ...open, published: '2016-02-18' }, [corpus]))).toEqual(['far', 'near']);
  });

  it('the nearest is read over every same-story report, not only those shown', () => {
    const corpus = corpusOf(false);
    vi.mocked(matchRelated).mockReturnValue(listed(corpus, ['far', 'near']));
    const result = analyze(open, [corpus], { maxRelated: 1 });
    expect(result.related.map((r) => r.id)).toEqual(['far']);
    expect(aligned(result)).toEqual([]);
  });
});
