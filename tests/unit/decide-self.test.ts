import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticleFolder } from '../../src/cli/read-article-files.ts';
import { analyze } from '../../src/core/analyze.ts';
import { buildCorpus } from '../../src/core/corpus/corpus-file.ts';
import { matchRelated } from '../../src/core/matching/match-related.ts';
import { decideSelf, type SelfDecision, type SelfEvidence } from '../../src/core/matching/decide-self.ts';
import { normalizeArticleUrl } from '../../src/core/matching/normalize-article-url.ts';
import { titleKey } from '../../src/core/matching/prepare-article.ts';

// [what the row stands for, evidence, expected decision]
const TABLE: Array<[string, SelfEvidence, SelfDecision]> = [
  ['same address, text read differently', { url: 'same', sameTitle: false, containment: 0.2, bodySimilarity: 0.5 }, 'self'],
  ['same site, same headline (a feed summary of the page)', { url: 'same-site', sameTitle: true, containment: 0, bodySimilarity: 0.5 }, 'self'],
  ['same site, another headline, little text in common', { url: 'same-site', sameTitle: false, containment: 0.3, bodySimilarity: 0.5 }, 'other'],
  ['no addresses, one text holds the other (a headline line added)', { url: 'unknown', sameTitle: false, containment: 0.93, bodySimilarity: 0.5 }, 'self'],
  ['no addresses, same headline, most of the text', { url: 'unknown', sameTitle: true, containment: 0.6, bodySimilarity: 0.5 }, 'self'],
  ['no addresses, same headline, little text in common (a recurring column title)', { url: 'unknown', sameTitle: true, containment: 0.2, bodySimilarity: 0.5 }, 'other'],
  ['the same text on another site: a syndicated copy', { url: 'different', sameTitle: true, containment: 0.97, bodySimilarity: 0.5 }, 'copy'],
  ['another report of the same story', { url: 'unknown', sameTitle: false, containment: 0.35, bodySimilarity: 0.5 }, 'other'],
  ['a one-line text, identical terms (too short for containment)', { url: 'unknown', sameTitle: true, containment: 0, bodySimilarity: 1 }, 'self'],
  ['garbage containment', { url: 'unknown', sameTitle: false, containment: Number.NaN, bodySimilarity: 0.5 }, 'other'],
];

describe('decideSelf', () => {
  it.each(TABLE)('%s', (_what, evidence, expected) => {
    expect(decideSelf(evidence)).toBe(expected);
  });
});

describe('normalizeArticleUrl', () => {
  it.each([
    ['https://www.Example.com/news/story/#part-2', 'example.com/news/story'],
    ['http://example.com/news/story?utm_source=x&fbclid=y', 'example.com/news/story'],
    ['https://m.example.com/news/story/amp/', 'example.com/news/story'],
    ['https://example.com/article?id=7&utm_medium=feed', 'example.com/article?id=7'],
    ['javascript:alert(1)', undefined],
    ['not a url', undefined],
    ['', undefined],
  ])('%s -> %s', (url, key) => {
    expect(normalizeArticleUrl(url)).toBe(key);
  });
});

describe('titleKey', () => {
  it.each([
    ['Putin Arrives in China - Latest Global News', 'putin arrives in china'],
    ['Putin arrives in China | Reuters', 'putin arrives in china'],
    ["Putin's China visit: \u201cties deepen\u201d", 'putin s china visit ties deepen'],
    ['Q&A - Part 2', 'q a part 2'],
  ])('%s', (title, key) => {
    expect(titleKey(title)).toBe(key);
  });
});

describe('the open article is recognised as its corpus entry, never listed as related to itself', { timeout: 60_000 }, () => {
  const corpus = buildCorpus(readArticleFolder(join(resolve(import.meta.dirname, '../..'), 'seeds'), { strict: true }).articles);
  const seed = (prefix: string) => corpus.articles.find((a) => a.id.startsWith(prefix))!;
  const others = (id: string) => corpus.articles.map((a) => a.id).filter((x) => x !== id).sort();

  it('seed 003 rendered as a news page: a headline line, a caption and page furniture around its text', () => {
    const s = seed('003');
    const text = [
      'Russia, China pledge closer military ties as Putin visits Beijing',
      'Moscow and Beijing say their partnership has no limits, as Western governments watch the summit closely.',
      s.text,
      'Photo: Russian President Vladimir Putin and Chinese President Xi Jinping review an honour guard in Beijing.',
      'More from World News: Election results explained. Storm season forecast. Markets close higher. Football transfer news.',
      'Sign up for the morning briefing, delivered to your inbox every weekday.',
    ].join('\n\n');
    const input = { title: 'Russia, China pledge closer military ties | World News', text, url: 'https://news.example/world/russia-china' };
    // The page's text is no longer near-identical to the stored one: only containment recognises it.
    const stored = matchRelated(input, [corpus]).find((c) => c.article.id === s.id)!;
    expect(stored.features.bodySimilarity).toBeLessThan(0.9);
    const result = analyze(input, [corpus]);
    expect(result.article.inCorpus).toBe(s.id);
    expect(result.related.map((r) => r.id)).not.toContain(s.id);
    expect(result.related.map((r) => r.id).sort()).toEqual(others(s.id));
  });

  it('by address: the stored entry has the page address, the page text was read quite differently', () => {
    const s = seed('002');
    const withUrl = buildCorpus(corpus.articles.map((a) => ({ id: a.id, title: a.title, paragraphs: a.text.split('\n\n'), ...(a.id === s.id ? { url: 'https://www.example.org/2024/05/putin-china/' } : {}) })));
    const firstHalf = s.text.slice(0, Math.floor(s.text.length / 3));
    const result = analyze({ title: 'Elsewhere', text: firstHalf, url: 'http://example.org/2024/05/putin-china?utm_source=feed', canonicalUrl: 'https://example.org/2024/05/putin-china' }, [withUrl]);
    expect(result.article.inCorpus).toBe(s.id);
    expect([...result.related, ...result.alsoOnTopic].map((r) => r.id)).not.toContain(s.id);
  });

  it('each seed opened as it is stored is itself, and lists the four others', () => {
    for (const s of corpus.articles) {
      const result = analyze({ title: s.title, text: s.text }, [corpus]);
      expect(result.article.inCorpus).toBe(s.id);
      expect(result.related.map((r) => r.id).sort()).toEqual(others(s.id));
    }
  });
});
