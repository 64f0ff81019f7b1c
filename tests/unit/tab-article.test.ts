// "Add this page to my corpus": what is stored for a tab, refused early with a plain reason, and the
// id the store really gives it.
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { isWebAddress, NOT_A_WEB_PAGE, tabArticle } from '../../src/background/tab-article.ts';
import { UserCorpusStore } from '../../src/background/user-corpus-store.ts';
import { MAX_FIELD_CHARS, MAX_TITLE_CHARS } from '../../src/core/corpus/parse-import-file.ts';
import { MAX_ARTICLE_CHARS, MAX_IMPORT_ARTICLES } from '../../src/shared/message-validators.ts';

const TEXT = 'The city council voted 31 to 12 on Tuesday to build protected cycle lanes.\n\nWork starts in spring.';
const page = { title: 'Council approves cycle lanes', text: TEXT, url: 'https://gazette.example/cycle-lanes#comments', siteName: 'Test Gazette', published: '2024-03-05' };
const tab = { url: 'https://gazette.example/cycle-lanes#comments', title: 'Council approves cycle lanes | Test Gazette' };

test.each<[string | undefined, boolean]>([
  ['https://news.example/a', true],
  ['http://127.0.0.1:8080/seed/000.html', true],
  ['file:///home/me/story.html', false],
  ['chrome://version/', false],
  ['about:blank', false],
  ['ftp://files.example/a', false],
  ['not a url', false],
  ['', false],
  [undefined, false],
])('isWebAddress(%j) = %s', (url, want) => {
  expect(isWebAddress(url)).toBe(want);
});

describe('tabArticle', () => {
  test('a file: page is refused with a plain message', () => {
    expect(tabArticle(page, { url: 'file:///home/me/story.html' })).toEqual({ reason: NOT_A_WEB_PAGE });
    expect(tabArticle(page, {})).toEqual({ reason: NOT_A_WEB_PAGE });
  });

  test('a web page is stored with its outlet and date', () => {
    const out = tabArticle(page, tab);
    expect(out).toMatchObject({ article: { title: page.title, text: TEXT, url: page.url, source: 'Test Gazette', published: '2024-03-05' } });
  });

  test('a title over the limit is shortened, not refused; an outlet too', () => {
    const out = tabArticle({ ...page, title: `${'Long headline '.repeat(200)}end`, siteName: 's'.repeat(MAX_FIELD_CHARS + 10) }, tab);
    if (!('article' in out)) throw new Error(out.reason);
    expect(out.article.title.length).toBe(MAX_TITLE_CHARS);
    expect(out.article.title.endsWith('…')).toBe(true);
    expect(out.article.source!.length).toBe(MAX_FIELD_CHARS);
  });

  test('no title falls back to the tab title, then to "Untitled article"', () => {
    expect(tabArticle({ ...page, title: '' }, tab)).toMatchObject({ article: { title: tab.title } });
    expect(tabArticle({ ...page, title: '  ' }, { url: tab.url })).toMatchObject({ article: { title: 'Untitled article' } });
  });

  test('an extracted address that is not a web address gives way to the tab address', () => {
    expect(tabArticle({ ...page, url: 'about:srcdoc' }, tab)).toMatchObject({ article: { url: tab.url } });
  });

  test('a text the store would refuse gives its plain reason', () => {
    const out = tabArticle({ ...page, text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) }, tab);
    expect(out).toEqual({ reason: expect.stringMatching(/^This page cannot be stored: "text" is longer than/) });
  });

  test('the id is the one the store gives the stored article (#fragment and utm_* aside)', async () => {
    const store = new UserCorpusStore(new IDBFactory(), { limits: { maxArticles: MAX_IMPORT_ARTICLES, maxArticleChars: MAX_ARTICLE_CHARS } });
    const out = tabArticle({ ...page, title: 'T'.repeat(MAX_TITLE_CHARS + 5) }, tab);
    if (!('article' in out)) throw new Error(out.reason);
    await store.importArticles(out.article.url!, [out.article]);
    const listing = await store.list();
    expect(listing.articles.map((a) => a.id)).toEqual([out.id]);
    const again = tabArticle({ ...page, url: 'https://gazette.example/cycle-lanes?utm_source=x' }, tab);
    if (!('article' in again)) throw new Error(again.reason);
    expect(again.id).toBe(out.id);
  });
});
