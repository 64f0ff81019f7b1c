// Chrome only: the offscreen document (reason DOM_PARSER) that reads fetched article pages for the
// service worker. It answers only its own extension's background, and only this one message.
import { readHtmlDocument } from './read-html-document.ts';

export const OFFSCREEN_MESSAGE = 'parallax-read-html';

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  const m = message as { type?: unknown; html?: unknown; url?: unknown } | null;
  if (!m || m.type !== OFFSCREEN_MESSAGE || sender.id !== chrome.runtime.id || sender.tab) return undefined;
  if (typeof m.html !== 'string' || typeof m.url !== 'string') {
    sendResponse({ error: 'bad request' });
    return undefined;
  }
  try {
    sendResponse({ value: readHtmlDocument(m.html, m.url) });
  } catch (e) {
    sendResponse({ error: (e as Error).message });
  }
  return undefined;
});
