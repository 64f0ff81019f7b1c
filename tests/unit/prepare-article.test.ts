import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFolder } from '../../src/cli/read-article-files.ts';
import { buildCorpus } from '../../src/core/corpus/corpus-file.ts';
import { documentTermCounts } from '../../src/core/corpus/search-index.ts';
import { extractFigures } from '../../src/core/figures/extract/extract-figures.ts';
import { matchRelated } from '../../src/core/matching/match-related.ts';
import { prepareArticle, preparedOf } from '../../src/core/matching/prepare-article.ts';
import { extractNameMentions } from '../../src/core/text/extract-names.ts';
import { splitSentences } from '../../src/core/text/split-sentences.ts';

const corpus = buildCorpus(readArticleFolder(join(resolve(import.meta.dirname, '../..'), 'seeds'), { strict: true }).articles);

describe('the prepared form of an article', () => {
  const seed = corpus.articles[0]!;

  it('holds what the stages would compute themselves', () => {
    const p = prepareArticle({ title: seed.title, text: seed.text, published: '2024-05-16' });
    expect(p.sentences).toEqual(splitSentences(seed.text));
    expect(p.names).toEqual(extractNameMentions(seed.text));
    expect(p.termCounts).toEqual(documentTermCounts(seed));
    expect(p.figures).toEqual(extractFigures(seed.text, { published: '2024-05-16' }));
  });

  it('computes each piece once and keeps it', () => {
    const p = prepareArticle({ title: seed.title, text: seed.text });
    expect(p.figures).toBe(p.figures);
    expect(p.textTokens).toBe(p.textTokens);
  });

  it('is memoized per corpus article, and reuses the sentences the corpus stored', () => {
    expect(preparedOf(seed)).toBe(preparedOf(seed));
    expect(preparedOf(seed).sentences).toBe(seed.sentences);
    expect(preparedOf({ ...seed })).not.toBe(preparedOf(seed));
  });

  it('matches the same whether the matcher gets the article or its prepared form', () => {
    const input = { title: seed.title, text: seed.text };
    const plain = matchRelated(input, [corpus]).map((c) => [c.article.id, c.score, c.decision]);
    expect(matchRelated(prepareArticle(input), [corpus]).map((c) => [c.article.id, c.score, c.decision])).toEqual(plain);
  });
});
