// A related report's headline is read with its text: headlines often state the latest figure.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFolder } from '../../src/cli/read-article-files.ts';
import { analyze } from '../../src/core/analyze.ts';
import { buildCorpus } from '../../src/core/corpus/corpus-file.ts';

const seeds = readArticleFolder(join(resolve(import.meta.dirname, '../..'), 'seeds'), { strict: true }).articles;

describe('analyze: figures of a related report include its headline', { timeout: 60_000 }, () => {
  it('a figure only the headline states is aligned; the open article is read without its title', () => {
    const [open, first, ...rest] = seeds;
    const headline = 'Bilateral trade between China and Russia hit $251bn last year';
    const corpus = buildCorpus([{ ...first!, title: headline }, ...rest]);
    const text = open!.paragraphs.join('\n\n');
    expect(corpus.articles[0]!.text).not.toContain('$251bn');
    const result = analyze({ title: 'China and Russia trade hit $999bn', text }, [corpus]);
    const mentions = result.figures.flatMap((g) => g.mentions);
    const inHeadline = mentions.find((m) => m.reportId === corpus.articles[0]!.id && m.text.includes('$251bn'));
    expect(inHeadline).toMatchObject({ inTitle: true });
    expect(headline.slice(inHeadline!.start, inHeadline!.end)).toBe(inHeadline!.text);
    // Every other mention of a related report points into that report's text, where the reader opens it.
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    for (const m of mentions.filter((x) => x.reportId !== null && !x.inTitle)) expect(byId.get(m.reportId!)!.text.slice(m.start, m.end)).toBe(m.text);
    // The open article's own title is not among its figures: they are highlighted in the page's text.
    expect(mentions.some((m) => m.reportId === null && m.text.includes('$999bn'))).toBe(false);
  });
});
