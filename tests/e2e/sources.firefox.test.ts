// The followed-sources path in Firefox (its background page reads article pages with DOMParser):
// follow an RSS and an Atom feed through the options page, refresh, and the popup on a third
// outlet's page of the same story lists both feed reports with figures from their full text.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { firefoxLaunchFailed, firefoxUnavailable, launchFirefoxWithExtension, type FirefoxExtensionBrowser } from './firefox.ts';
import { startFeedServer, type FeedServer } from './sources.feed-server.ts';

let why = firefoxUnavailable();
let ff: FirefoxExtensionBrowser | undefined;
let server: FeedServer | undefined;
let options: Page | undefined;

before(async () => {
  if (why) return console.log(`Firefox sources tests skipped: ${why}`);
  server = await startFeedServer();
  try {
    ff = await launchFirefoxWithExtension();
  } catch (e) {
    why = firefoxLaunchFailed(e);
    return console.log(`Firefox sources tests skipped: ${why}`);
  }
  options = await ff.openPage('src/options/index.html', "!!document.querySelector('#sources-empty') && document.readyState === 'complete'");
});

after(async () => {
  await ff?.close();
  await server?.close();
});

async function follow(page: Page, url: string): Promise<void> {
  const n = await page.$$eval('[data-testid="source"]', (els) => els.length);
  await page.$eval('[data-testid="source-url"]', (el) => ((el as HTMLInputElement).value = ''));
  await page.type('[data-testid="source-url"]', url);
  await page.click('[data-testid="source-add"]');
  await page.waitForFunction((k: number) => document.querySelectorAll('[data-testid="source"]').length > k || !!document.querySelector('#sources-status.failure'), { timeout: 20_000 }, n);
}

describe('followed sources in Firefox', () => {
  test('nothing is fetched while no source is followed', async (t) => {
    if (why || !ff || !server || !options) return t.skip(why ?? 'not launched');
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual(server.requests, []);
  });

  test('RSS and Atom sources are fetched and listed in the popup of a third outlet, with figures', async (t) => {
    if (why || !ff || !server || !options) return t.skip(why ?? 'not launched');
    await follow(options, `${server.origin}/gadget/rss.xml`);
    await follow(options, `${server.origin}/business/atom.xml`);
    assert.equal(await options.$$eval('[data-testid="source"]', (els) => els.length), 2, await options.$eval('#sources-status', (e) => e.textContent ?? ''));
    await options.click('[data-testid="sources-refresh"]');
    await options.waitForFunction(
      () => {
        const s = [...document.querySelectorAll('[data-testid="source"]')];
        return s.length === 2 && s.every((e) => e.getAttribute('data-state') === 'ok') && !document.querySelector('#sources-refresh')?.hasAttribute('disabled');
      },
      { timeout: 60_000 },
    );
    const { page, tabId } = await ff.openTab(`${server.origin}/science/feather-duvet-lung`);
    const { popup, state } = await ff.openPopup(tabId);
    assert.equal(state, 'ready');
    const reports = await popup.$$eval('[data-testid="related-report"]', (els) => els.map((e) => e.getAttribute('data-report-id') ?? ''));
    const feedReports = reports.filter((id) => id.startsWith('feed-'));
    assert.equal(feedReports.length, 2, `both feed reports are listed (got ${reports.join(', ')})`);
    const analysis = await ff.ext.evaluate(async (t: number) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return JSON.stringify((await api.storage.session.get(`tab:${t}`))[`tab:${t}`]);
    }, tabId);
    for (const id of feedReports) assert.ok(analysis.includes(`"reportId":"${id}"`), `a figure of ${id} is aligned`);
    await popup.close();
    await page.close();
  });
});
