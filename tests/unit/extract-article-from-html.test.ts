// @vitest-environment jsdom
// Extraction from an HTML string in an inert document: jsdom's DOMParser (as in the browser) and
// linkedom's parser (as the command line passes it) give the same article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { canonicalUrlOf, extractArticleFromHtml, parseHtmlInert } from '../../src/extraction/extract-article-from-html.ts';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const linkedom = (html: string) => parseHTML(html).document as unknown as Document;

describe('extractArticleFromHtml', () => {
  const html = readFileSync(join(PAGES, 'readability-news/bbc-1/source.html'), 'utf8');

  test('DOMParser and linkedom read the same article', () => {
    const a = extractArticleFromHtml(html, 'https://www.bbc.com/news/x');
    const b = extractArticleFromHtml(html, 'https://www.bbc.com/news/x', linkedom);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.article.url).toBe('https://www.bbc.com/news/x');
    expect(a.article.title).toBe(b.article.title);
    expect(a.article.text.length).toBeGreaterThan(1000);
  });

  test('without a url, the canonical address; a javascript: url is never the article address', () => {
    const page = (head: string) =>
      `<!doctype html><html><head>${head}<title>T</title></head><body><article><h1>T</h1><p>${'Officials said trade reached $227.8 billion last year. '.repeat(20)}</p></article></body></html>`;
    const out = extractArticleFromHtml(page('<link rel="canonical" href="https://example.org/story">'), undefined);
    expect(out.ok && out.article.url).toBe('https://example.org/story');
    const bad = extractArticleFromHtml(page('<link rel="canonical" href="javascript:alert(1)">'), 'javascript:alert(2)');
    expect(bad.ok && bad.article.url).toBeUndefined();
  });

  // That nothing runs or loads is checked in a real browser (tests/e2e/options.chromium.test.ts).
  test('a page without an address of its own has none', () => {
    expect(canonicalUrlOf(parseHtmlInert('<p>x</p>'))).toBeUndefined();
    expect(canonicalUrlOf(parseHtmlInert('<meta property="og:url" content="data:text/html,x"><p>x</p>'))).toBeUndefined();
  });
});
