// Who may call what on the background: extension pages anything, content scripts (in web pages)
// only pageNavigated and openReport, anyone else nothing.
import { describe, expect, test } from 'vitest';
import { acceptSender, CONTENT_SCRIPT_MESSAGES, isContentScript, isExtensionPage, type SenderLike } from '../../src/shared/accept-sender.ts';
import { backgroundValidators } from '../../src/shared/message-validators.ts';

const chromeSelf = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const firefoxSelf = { id: 'parallax@example.org', origin: 'moz-extension://1b2c3d4e-0000-4000-8000-123456789abc/' };
const ALL_TYPES = Object.keys(backgroundValidators);
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

describe.each([
  ['Chrome', chromeSelf],
  ['Firefox', firefoxSelf],
])('%s', (_name, self) => {
  const popup: SenderLike = { id: self.id, url: `${self.origin}src/popup/index.html?tab=7` };
  const optionsInTab: SenderLike = { id: self.id, url: `${self.origin}src/options/index.html`, tab };
  const readerInTab: SenderLike = { id: self.id, url: `${self.origin}src/reader/index.html?id=000_x`, tab };
  const contentScript: SenderLike = { id: self.id, url: 'https://news.example/story', tab };
  const contentScriptFile: SenderLike = { id: self.id, url: 'file:///home/me/story.html', tab };

  test('every background message is covered by the content-script list or refused to content scripts', () => {
    expect([...CONTENT_SCRIPT_MESSAGES].sort()).toEqual(['openReport', 'pageNavigated']);
    for (const t of CONTENT_SCRIPT_MESSAGES) expect(ALL_TYPES).toContain(t);
  });

  test.each(ALL_TYPES)('extension pages may send %s (popup, options and reader in a tab)', (type) => {
    expect(acceptSender(type, popup, self)).toBe(true);
    expect(acceptSender(type, optionsInTab, self)).toBe(true);
    expect(acceptSender(type, readerInTab, self)).toBe(true);
  });

  test.each(ALL_TYPES)('a content script may send %s only if it is pageNavigated or openReport', (type) => {
    const allowed = type === 'pageNavigated' || type === 'openReport';
    expect(acceptSender(type, contentScript, self)).toBe(allowed);
    expect(acceptSender(type, contentScriptFile, self)).toBe(allowed);
  });

  test.each([
    'exportUserCorpus',
    'removeUserArticles',
    'importArticles',
    'listUserArticles',
    'addTabToCorpus',
    'analyzeTab',
    'setHighlights',
    'getReport',
  ])('a content script in a web page is refused %s', (type) => {
    expect(acceptSender(type, contentScript, self)).toBe(false);
  });

  test.each<[string, SenderLike]>([
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }],
    ['another extension claiming our origin', { id: 'someone-else', url: `${self.origin}src/popup/index.html` }],
    ['a web page (externally_connectable)', { url: 'https://evil.example/', tab }],
    ['no id', { url: `${self.origin}src/popup/index.html` }],
    ['no url and no tab', { id: self.id }],
    ['a content script whose page merely looks like our origin', { id: self.id, url: `https://evil.example/${self.origin}`, tab }],
    ['an origin without the slash as a prefix of a longer host', { id: self.id, url: `${self.origin.slice(0, -1)}x/page.html`, tab }],
  ])('refuses %s for everything except what it may send as a content script', (_what, sender) => {
    for (const type of ALL_TYPES) {
      const asContent = CONTENT_SCRIPT_MESSAGES.has(type) && isContentScript(sender, self);
      expect(acceptSender(type, sender, self)).toBe(asContent);
    }
    expect(isExtensionPage(sender, self)).toBe(false);
  });

  test('a sender without a tab and off the extension origin is neither page nor content script', () => {
    const s: SenderLike = { id: self.id, url: 'https://news.example/story' };
    expect(isExtensionPage(s, self)).toBe(false);
    expect(isContentScript(s, self)).toBe(false);
    for (const type of ALL_TYPES) expect(acceptSender(type, s, self)).toBe(false);
  });

  test('unknown message types are refused to content scripts and allowed to extension pages only', () => {
    expect(acceptSender('somethingNew', contentScript, self)).toBe(false);
    expect(acceptSender('somethingNew', popup, self)).toBe(true);
  });
});

test('an origin given without its trailing slash still needs the slash', () => {
  const self = { id: 'x', origin: 'chrome-extension://abc' };
  expect(isExtensionPage({ id: 'x', url: 'chrome-extension://abc/src/popup/index.html' }, self)).toBe(true);
  expect(isExtensionPage({ id: 'x', url: 'chrome-extension://abcd/src/popup/index.html' }, self)).toBe(false);
});

test('an empty origin accepts no page', () => {
  expect(isExtensionPage({ id: 'x', url: 'https://news.example/' }, { id: 'x', origin: '' })).toBe(false);
});
