// End to end in Chromium: a reader follows two outlets (RSS and Atom) on a local server through the
// options page, refreshes, opens a third outlet's page of the same story, and the popup lists both
// feed reports with figures from their full text. A malformed feed shows its error and loses
// nothing else. Nothing is fetched while no source is followed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { startFeedServer, type FeedServer } from './sources.feed-server.ts';
import { followSource, refreshSources } from './sources-page.ts';

let server: FeedServer;
let browser: ExtensionBrowser;
let options: Page;

before(async () => {
  server = await startFeedServer();
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const follow = (url: string) => followSource(options, url);

const states = () => options.$$eval('[data-testid="source"]', (els) => els.map((e) => e.getAttribute('data-state')));

describe('followed sources in Chromium', () => {
  test('nothing is fetched while no source is followed', async () => {
    await options.click('summary'); // the well-known list opens, nothing is followed by it
    await new Promise((r) => setTimeout(r, 1500));
    const alarms = await browser.worker.evaluate(() => chrome.alarms.getAll());
    assert.deepEqual(alarms, []);
    assert.deepEqual(server.requests, []);
    assert.equal(await options.locator('[data-testid="source"]').count(), 0);
  });

  test('follow an RSS and an Atom feed, refresh, and the popup on a third outlet lists both with figures', async () => {
    await follow(`${server.origin}/gadget/rss.xml`);
    await follow(`${server.origin}/business/atom.xml`);
    assert.equal(await options.locator('[data-testid="source"]').count(), 2);
    const alarms = await browser.worker.evaluate(() => chrome.alarms.getAll());
    assert.equal(alarms.length, 1, 'a refresh alarm exists once a source is followed');
    await refreshSources(options, 2);
    assert.ok(server.requests.includes('/gadget/feather-duvet-lung') && server.requests.includes('/business/bedding-feather-duvet-lung'), 'article pages were fetched');

    const { page, tabId } = await browser.openTab(`${server.origin}/science/feather-duvet-lung`);
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'ready');
    const reports = await popup.$$eval('[data-testid="related-report"]', (els) => els.map((e) => e.getAttribute('data-report-id') ?? ''));
    const feedReports = reports.filter((id) => id.startsWith('feed-'));
    assert.equal(feedReports.length, 2, `both feed reports are listed (got ${reports.join(', ')})`);
    const text = await popup.locator('main').innerText();
    assert.match(text, /Gadget Desk/);
    assert.match(text, /Business Weekly Health/);
    // Figures from the feed reports' full text (the feeds' summaries hold none).
    const analysis = await browser.worker.evaluate(async (t) => (await chrome.storage.session.get(`tab:${t}`))[`tab:${t}`] as unknown, tabId);
    const json = JSON.stringify(analysis);
    for (const id of feedReports) assert.ok(json.includes(`"reportId":"${id}"`), `a figure of ${id} is aligned`);
    await popup.close();
    await page.close();
  });

  test('a malformed feed shows its error and loses nothing else', async () => {
    await options.fill('[data-testid="source-url"]', `${server.origin}/broken/feed.xml`);
    await options.click('[data-testid="source-add"]');
    await options.waitForSelector('#sources-status.failure', { timeout: 20_000 });
    assert.match(await options.locator('#sources-status').innerText(), /malformed|not an RSS/);
    assert.deepEqual(await states(), ['ok', 'ok']);
    const counts = await options.$$eval('[data-testid="source"] .meta', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(counts.every((c) => !c.startsWith('0 articles')), counts.join(' / '));
  });
});
