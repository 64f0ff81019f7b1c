// End to end in real Chromium: the test build is loaded, pages are served on 127.0.0.1, and the
// popup is opened for each tab as the toolbar button would open it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { seedIds, startFixtureServer, type FixtureServer } from './fixture-server.ts';

let server: FixtureServer;
let browser: ExtensionBrowser;
const readyTimes: number[] = [];

before(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
});

after(async () => {
  if (readyTimes.length) {
    const sorted = [...readyTimes].sort((a, b) => a - b);
    console.log(`popup open -> ready, over ${sorted.length} seeds: median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms (${sorted.map((t) => t.toFixed(0)).join(', ')} ms)`);
  }
  await browser?.close();
  await server?.close();
});

describe('popup on the seed pages', () => {
  for (const id of seedIds()) {
    test(`seed ${id.slice(0, 3)} lists the other four seeds and is marked as in the corpus`, async () => {
      const { page, tabId } = await browser.openTab(`${server.origin}/seed/${id}.html`);
      const { popup, state, ms } = await browser.openPopup(tabId);
      readyTimes.push(ms);
      assert.equal(state, 'ready');
      const listed = await popup.$$eval('[data-testid="related-report"]', (els) => els.map((e) => e.getAttribute('data-report-id')));
      assert.deepEqual(
        [...listed].sort(),
        seedIds().filter((s) => s !== id),
      );
      assert.equal(await popup.locator('[data-testid="in-corpus"]').count(), 1);
      const badge = await browser.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
      assert.equal(badge, '4');
      await popup.close();
      await page.close();
    });
  }
});

describe('popup on other pages', () => {
  test('a real news page about another story shows the empty state', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/fixtures/readability-news/bbc-1/`);
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'empty');
    assert.equal(await popup.locator('[data-testid="related-report"]').count(), 0);
    assert.match(await popup.locator('main').innerText(), /No related coverage/);
    await popup.close();
    await page.close();
  });

  test('a page that is not an article shows unsupported', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/non-article.html`);
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'unsupported');
    assert.match(await popup.locator('main').innerText(), /No article|too little text/);
    await popup.close();
    await page.close();
  });

  test('a browser page shows unsupported', async () => {
    const { page, tabId } = await browser.openTab('chrome://version/');
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'unsupported');
    assert.match(await popup.locator('main').innerText(), /browser or store page/);
    await popup.close();
    await page.close();
  });

  test('clicking a related report opens it in the reader page', async () => {
    const [first, second] = seedIds();
    const { page, tabId } = await browser.openTab(`${server.origin}/seed/${first}.html`);
    const { popup } = await browser.openPopup(tabId);
    const readerPromise = browser.context.waitForEvent('page');
    await popup.locator(`[data-report-id="${second}"] button`).click();
    const reader = await readerPromise;
    await reader.waitForFunction(() => document.body.dataset.state === 'ready');
    assert.equal(await reader.locator('article').getAttribute('data-report-id'), second);
    await reader.close();
    await page.close();
  });
});
