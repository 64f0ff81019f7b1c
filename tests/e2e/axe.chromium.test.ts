// Accessibility in real Chromium: axe-core (WCAG 2.x A/AA and best practices) finds no violation on
// the popup in each of its states, the options page (empty and after an import), the welcome page
// and the reader, in light and dark colour schemes.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './axe.ts';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { ROOT, seedIds, startFixtureServer, type FixtureServer } from './fixture-server.ts';

let server: FixtureServer;
let browser: ExtensionBrowser;
const seed = (prefix: string) => seedIds().find((s) => s.startsWith(prefix))!;
const extensionPage = (path: string) => `chrome-extension://${browser.extensionId}/${path}`;

before(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** No violation in light and in dark colours. */
async function assertAccessible(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const vs = await axeViolations(page);
    assert.equal(vs.length, 0, `${what} (${colorScheme}):\n${describeViolations(vs)}`);
  }
}

async function popupFor(url: string | null, expected: string): Promise<{ popup: Page; close: () => Promise<void> }> {
  if (url === null) {
    const { popup, state } = await browser.openPopup(999999);
    assert.equal(state, expected);
    return { popup, close: () => popup.close() };
  }
  const { page, tabId } = await browser.openTab(url);
  const { popup, state } = await browser.openPopup(tabId);
  assert.equal(state, expected);
  await popup.setViewportSize({ width: 380, height: 600 });
  return {
    popup,
    close: async () => {
      await popup.close();
      await page.close();
    },
  };
}

describe('axe on the popup', () => {
  const cases: Array<[string, () => string | null, string]> = [
    ['ready (seed 004)', () => `${server.origin}/seed/${seed('004')}.html`, 'ready'],
    ['empty (a news page of another story)', () => `${server.origin}/fixtures/readability-news/bbc-1/`, 'empty'],
    ['unsupported (not an article)', () => `${server.origin}/non-article.html`, 'unsupported'],
    ['error (a tab that is gone)', () => null, 'error'],
  ];
  for (const [name, url, state] of cases) {
    test(name, async () => {
      const { popup, close } = await popupFor(url(), state);
      // Folded sections are opened so their content is checked too.
      await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      await assertAccessible(popup, `popup ${name}`);
      await close();
    });
  }

  test('ready, with updated figures, why, feed and summary-only reports, also on this topic', async () => {
    const url = `${server.origin}/non-article.html?planted`;
    const { page, tabId } = await browser.openTab(url);
    await browser.worker.evaluate(([t, a]) => chrome.storage.session.set({ [`tab:${t}`]: a }), [tabId, plantedResult(url)] as const);
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'ready');
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await assertAccessible(popup, 'popup with every kind of report and figure');
    await popup.close();
    await page.close();
  });
});

function plantedResult(url: string): unknown {
  const later = { id: 'feed-later', title: 'Quake toll rises to 1,200', source: 'Example Wire', url: 'https://news.example.com/q', published: '2024-05-17T10:00:00Z', score: 0.7, sharedTerms: ['quake'], origin: 'feed', summaryOnly: true };
  const earlier = { id: 'feed-earlier', title: 'Quake kills at least 900', source: 'Daily Example', url: 'https://daily.example.org/q', published: '2024-05-16T08:00:00Z', score: 0.6, sharedTerms: [], origin: 'feed' };
  const mention = (reportId: string | null, text: string, value: number, published?: string) => ({ reportId, text, value, unit: 'people', start: 0, end: text.length, ...(published ? { published } : {}) });
  return {
    state: 'ready',
    method: 'readability',
    url,
    highlights: false,
    result: {
      article: { title: 'Quake toll climbs', inCorpus: null },
      related: [later, earlier],
      alsoOnTopic: [{ ...earlier, id: 'feed-other', title: 'One year on' }],
      figures: [
        { measure: 'death toll', status: 'updated', mentions: [mention('feed-earlier', '900', 900, earlier.published), mention('feed-later', '1,200', 1200, later.published)] },
        { measure: 'injured', status: 'diverging', gapPercent: 20, why: 'Both count the injured of the same day.', mentions: [mention(null, '100', 100), mention('feed-later', '120', 120)] },
        { measure: 'rescuers', status: 'corroborated', mentions: [mention(null, '300', 300), mention('feed-earlier', '300', 300)] },
        { measure: 'villages cut off', status: 'omitted', mentions: [mention('feed-later', '12', 12)] },
      ],
    },
  };
}

describe('axe on the extension pages', () => {
  test('welcome page', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage('src/welcome/index.html'));
    await assertAccessible(page, 'welcome page');
    await page.close();
  });

  test('reader, at a marked figure', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage(`src/reader/index.html?id=${seed('000')}&start=100&end=110`));
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await assertAccessible(page, 'reader');
    await page.close();
  });

  test('reader, for a report that is not there', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage('src/reader/index.html?id=no-such-report'));
    await page.waitForFunction(() => document.body.dataset.state === 'error');
    await assertAccessible(page, 'reader error');
    await page.close();
  });

  test('options page, empty and after an import', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPage('src/options/index.html'));
    await page.waitForFunction(() => document.body.dataset.state === 'ready');
    await assertAccessible(page, 'options page, empty');
    const dir = join(ROOT, 'tests/fixtures/import/articles');
    const files = readdirSync(dir)
      .filter((f) => /\.(html|txt)$/.test(f))
      .map((f) => join(dir, f));
    await page.setInputFiles('[data-testid="import-files"]', files);
    await page.waitForFunction(() => ['imported', 'refused'].includes(document.body.dataset.state ?? ''), null, { timeout: 60_000 });
    assert.equal(await page.evaluate(() => document.body.dataset.state), 'imported');
    await assertAccessible(page, 'options page, import banner and list');
    await page.close();
  });
});
