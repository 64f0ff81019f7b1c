// @vitest-environment jsdom
// One article or a list of them: the decision from a table, then on real pages (every real article of
// the fixtures stays an article) and on the listing fixtures (search results, a section front, a home page).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { decidePageKind, type PageKind, type PageSignals } from '../../src/extraction/decide-page-kind.ts';
import { extractArticle } from '../../src/extraction/extract-article.ts';
import { measurePageSignals } from '../../src/extraction/measure-page-signals.ts';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const linkedom = (html: string) => parseHTML(html).document as unknown as Document;
const jsdom = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const sig = (s: Partial<PageSignals>): PageSignals => ({ articleType: false, listingType: false, headlineLinks: 0, longestProseRun: 0, ...s });

describe('decidePageKind', () => {
  test.each<[string, Partial<PageSignals>, PageKind]>([
    ['a search results page type', { listingType: true, headlineLinks: 20, longestProseRun: 1 }, 'listing'],
    ['a listing type but also an article type: the article wins', { listingType: true, articleType: true }, 'article'],
    ['an article type with many links and no run (markup outside p)', { articleType: true, headlineLinks: 80, longestProseRun: 0 }, 'article'],
    ['no metadata, many headline links, teasers one at a time', { headlineLinks: 40, longestProseRun: 1 }, 'listing'],
    ['no metadata, many headline links, two paragraphs in a row (a paywalled article)', { headlineLinks: 40, longestProseRun: 2 }, 'article'],
    ['no metadata, few headline links, no run (a short note)', { headlineLinks: 9, longestProseRun: 0 }, 'article'],
    ['no metadata, exactly the link threshold', { headlineLinks: 10, longestProseRun: 1 }, 'listing'],
    ['no metadata, one link short of it', { headlineLinks: 9, longestProseRun: 1 }, 'article'],
  ])('%s', (_, s, kind) => {
    expect(decidePageKind(sig(s))).toBe(kind);
  });
});

const realPages = ['readability-news', 'zyte-dev'].flatMap((set) =>
  readdirSync(join(PAGES, set), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${set}/${d.name}`),
);

describe('on real pages', () => {
  test('there are real pages to check', () => {
    expect(realPages.length).toBeGreaterThanOrEqual(57);
  });
  test.each(realPages)('%s stays an article', (name) => {
    const html = readFileSync(join(PAGES, name, 'source.html'), 'utf8');
    expect(decidePageKind(measurePageSignals(linkedom(html)))).toBe('article');
    // With the page's own metadata taken away, its shape alone still reads as an article.
    const bare = html.replace(/<script[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<meta[^>]*(og:type|article:)[^>]*>/gi, '').replace(/itemtype="[^"]*"/gi, '');
    expect(decidePageKind({ ...measurePageSignals(linkedom(bare)), articleType: false })).toBe('article');
  });
});

describe('on listing pages', () => {
  test.each(['search', 'section', 'home'])('%s is a listing, and extraction says so', (name) => {
    const html = readFileSync(join(PAGES, 'listing', name, 'source.html'), 'utf8');
    expect(extractArticle(linkedom(html))).toEqual({ ok: false, reason: 'listing' });
    expect(extractArticle(jsdom(html))).toEqual({ ok: false, reason: 'listing' });
    // Its shape alone tells, without a SearchResultsPage type.
    const bare = html.replace(/<script[^>]*application\/ld\+json[^>]*>[\s\S]*?<\/script>/gi, '');
    expect(decidePageKind(measurePageSignals(linkedom(bare)))).toBe('listing');
  });
});
