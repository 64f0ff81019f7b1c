// Same topic, another event: listed apart in alsoOnTopic, never aligned as figures of the same story.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFolder } from '../../src/cli/read-article-files.ts';
import { analyze } from '../../src/core/analyze.ts';
import { buildCorpus } from '../../src/core/corpus/corpus-file.ts';

const seeds = readArticleFolder(join(resolve(import.meta.dirname, '../..'), 'seeds'), { strict: true }).articles;

describe('alsoOnTopic', { timeout: 60_000 }, () => {
  it('the same story two years later is another event of the topic: listed apart, its figures not aligned', () => {
    const corpus = buildCorpus(seeds.slice(1).map((a) => ({ ...a, published: '2024-05-16' })));
    const open = seeds[0]!;
    const text = open.paragraphs.join('\n\n');
    const now = analyze({ title: open.title, text, published: '2024-05-17' }, [corpus]);
    expect(now.related.map((r) => r.id).sort()).toEqual(corpus.articles.map((a) => a.id).sort());
    expect(now.alsoOnTopic).toEqual([]);

    const later = analyze({ title: open.title, text, published: '2026-05-17' }, [corpus]);
    expect(later.related).toEqual([]);
    expect(later.alsoOnTopic.map((r) => r.id).sort()).toEqual(corpus.articles.map((a) => a.id).sort());
    for (const r of later.alsoOnTopic) expect(r).toMatchObject({ title: expect.any(String), score: expect.any(Number), sharedTerms: expect.any(Array) });
    for (const g of later.figures) for (const m of g.mentions) expect(m.reportId).toBeNull();
  });

  it('an unrelated page is on no topic of the corpus', () => {
    const corpus = buildCorpus(seeds);
    const result = analyze({ title: 'Local bakery wins bread award', text: 'The bakery on Main Street won the regional bread award for its sourdough, judges said on Saturday.' }, [corpus]);
    expect(result.related).toEqual([]);
    expect(result.alsoOnTopic).toEqual([]);
  });
});
