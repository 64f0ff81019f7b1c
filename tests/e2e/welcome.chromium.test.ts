// First run in real Chromium: installing the extension opens the welcome page, which says what
// Parallax does with a popup as the example, that the bundled articles are a demo, and links to
// the two ways to get coverage on the options page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';

let browser: ExtensionBrowser;

before(async () => {
  browser = await launchWithExtension();
});

after(async () => {
  await browser?.close();
});

async function welcomePage(): Promise<Page> {
  const isWelcome = (p: Page) => p.url().includes('/src/welcome/index.html');
  const open = browser.context.pages().find(isWelcome);
  return open ?? browser.context.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 });
}

test('a new install opens the welcome page, which leads to following sources and importing articles', async () => {
  const page = await welcomePage();
  assert.equal(page.url(), `chrome-extension://${browser.extensionId}/src/welcome/index.html`);
  await page.waitForLoadState('load');
  const text = await page.locator('main').innerText();
  assert.match(text, /What Parallax does/);
  assert.match(text, /5 articles about one story/);
  // The example popup is there and loaded.
  const example = page.getByTestId('welcome-example');
  assert.ok((await example.evaluate((img) => (img as HTMLImageElement).naturalWidth)) > 0, 'the example image loads');
  assert.match((await example.getAttribute('alt')) ?? '', /popup/);
  // The two ways lead to the options page's sections.
  assert.match((await page.getByTestId('welcome-import').getAttribute('href')) ?? '', /options\/index\.html#import$/);
  await page.getByTestId('welcome-follow').click();
  await page.waitForURL(/\/src\/options\/index\.html#sources$/);
  await page.waitForFunction(() => document.body.dataset.state !== 'loading');
  assert.equal(await page.locator('#import').count(), 1, 'the options page has the import section the welcome page links to');
  await page.close();
});
