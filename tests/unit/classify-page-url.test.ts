import { expect, test } from 'vitest';
import { classifyPageUrl, type PageKind } from '../../src/core/page/classify-page-url.ts';

test.each<[string | undefined, PageKind]>([
  ['https://www.theguardian.com/world/2024/may/16/putin-xi', 'web'],
  ['http://127.0.0.1:8080/seed/000.html', 'web'],
  ['file:///home/me/article.html', 'web'],
  ['https://example.org/report.PDF', 'pdf'],
  ['chrome://extensions/', 'browser-page'],
  ['about:blank', 'browser-page'],
  ['moz-extension://abc/popup.html', 'browser-page'],
  ['view-source:https://example.org/', 'browser-page'],
  ['https://chromewebstore.google.com/detail/x', 'browser-page'],
  ['https://addons.mozilla.org/en-US/firefox/', 'browser-page'],
  [undefined, 'browser-page'],
  ['not a url', 'browser-page'],
])('%s -> %s', (url, kind) => {
  expect(classifyPageUrl(url)).toBe(kind);
});
