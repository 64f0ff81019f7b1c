import { expect, test } from 'vitest';
import { articleUrl, sameArticleUrl } from '../../src/core/page/same-article-url.ts';

test.each<[string | undefined | null, string | undefined | null, boolean]>([
  ['https://news.example/story', 'https://news.example/story', true],
  ['https://news.example/story', 'https://news.example/story#section-2', true],
  ['https://news.example/story#top', 'https://news.example/story#section-2', true],
  ['https://news.example/story#', 'https://news.example/story', true],
  ['http://127.0.0.1:8080/seed/004.html', 'http://127.0.0.1:8080/seed/004.html#a#b', true],
  ['https://news.example/story?page=2', 'https://news.example/story#x', false],
  ['https://news.example/story', 'https://news.example/story/', false],
  ['https://news.example/story', 'https://news.example/another-story', false],
  ['https://news.example/story', 'http://news.example/story', false],
  ['https://news.example/story?a=1', 'https://news.example/story?a=2', false],
  ['https://news.example/story?q=#x', 'https://news.example/story?q=', true],
  [undefined, 'https://news.example/story', false],
  ['https://news.example/story', undefined, false],
  [undefined, undefined, false],
  [null, null, false],
  ['', '', false],
])('sameArticleUrl(%j, %j) = %s', (a, b, same) => {
  expect(sameArticleUrl(a, b)).toBe(same);
  expect(sameArticleUrl(b, a)).toBe(same);
});

test.each([
  ['https://news.example/story#section-2', 'https://news.example/story'],
  ['https://news.example/story', 'https://news.example/story'],
  ['https://news.example/a?b=c#d#e', 'https://news.example/a?b=c'],
  ['#only', ''],
])('articleUrl(%j) = %j', (href, want) => {
  expect(articleUrl(href)).toBe(want);
});
