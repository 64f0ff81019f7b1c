// Takes the README's screenshots in real Chromium with the test build: `npm run screenshots`.
import { resolve } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../tests/e2e/chromium.ts';
import { seedIds, startFixtureServer } from '../tests/e2e/fixture-server.ts';
import { startFeedServer } from '../tests/e2e/sources.feed-server.ts';
import { followSource, refreshSources } from '../tests/e2e/sources-page.ts';

const out = (name: string) => resolve(import.meta.dirname, '../docs', name);
const server = await startFixtureServer();
const browser = await launchWithExtension();
try {
  const ids = seedIds();
  for (const [prefix, file] of [['003', 'popup-seed-003.png'], ['004', 'popup-seed-004.png']] as const) {
    const id = ids.find((s) => s.startsWith(prefix))!;
    const { page, tabId } = await browser.openTab(`${server.origin}/seed/${id}.html`);
    const { popup } = await browser.openPopup(tabId);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.screenshot({ path: out(file), fullPage: true });
    if (prefix === '004') {
      // The welcome page's example: the top of this popup, down to the figures the reports agree on.
      await popup.screenshot({ path: resolve(import.meta.dirname, '../src/welcome/popup-example.png'), clip: { x: 0, y: 0, width: 380, height: 576 } });
      await page.bringToFront();
      await page.waitForTimeout(300);
      await page.screenshot({ path: out('page-seed-004.png') });
      // The card reached by keyboard, as a reader would: from the top of the page, Tab lands on
      // "Go to figures", Enter on the first highlighted figure, whose card opens.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      await page.screenshot({ path: out('card-seed-004.png') });
    }
    await popup.close();
    await page.close();
  }
  // First run: the welcome page, and the popup's empty state on a real news page of another story.
  const welcome = await browser.context.newPage();
  await welcome.setViewportSize({ width: 1100, height: 900 });
  await welcome.goto(`chrome-extension://${browser.extensionId}/src/welcome/index.html`);
  await welcome.waitForLoadState('load');
  await welcome.screenshot({ path: out('welcome.png'), fullPage: true });
  await welcome.close();
  const { page, tabId } = await browser.openTab(`${server.origin}/fixtures/readability-news/bbc-1/`);
  const { popup } = await browser.openPopup(tabId);
  await popup.setViewportSize({ width: 380, height: 200 });
  await popup.screenshot({ path: out('popup-empty.png'), fullPage: true });
  await popup.close();
  await page.close();
  await followedSources(browser);
  console.log('screenshots written to docs/');
} finally {
  await browser.close();
  await server.close();
}

/** Two outlets followed (RSS and Atom, on 127.0.0.1) and refreshed: the settings page's sources, then the
 * popup on a third outlet's article of the same story, listing both feed reports. */
async function followedSources(browser: ExtensionBrowser): Promise<void> {
  const feeds = await startFeedServer();
  try {
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    for (const path of ['/gadget/rss.xml', '/business/atom.xml']) await followSource(options, `${feeds.origin}${path}`);
    await refreshSources(options, 2);
    await options.locator('#sources').screenshot({ path: out('sources-options.png') });
    await options.close();
    const { page, tabId } = await browser.openTab(`${feeds.origin}/science/feather-duvet-lung`);
    const { popup } = await browser.openPopup(tabId);
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.screenshot({ path: out('popup-feeds.png'), fullPage: true });
    await popup.close();
    await page.close();
  } finally {
    await feeds.close();
  }
}
