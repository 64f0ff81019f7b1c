import { launchWithExtension } from '/work/wt-feeds/tests/e2e/chromium.ts';
import { startFeedServer } from '/work/wt-feeds/tests/e2e/sources.feed-server.ts';
const server = await startFeedServer();
const b = await launchWithExtension();
const o = await b.context.newPage();
await o.goto(`chrome-extension://${b.extensionId}/src/options/index.html`);
for (const u of ['/gadget/rss.xml', '/business/atom.xml']) {
  const n = await o.locator('[data-testid="source"]').count();
  await o.fill('[data-testid="source-url"]', server.origin + u);
  await o.click('[data-testid="source-add"]');
  await o.waitForFunction((k) => document.querySelectorAll('[data-testid="source"]').length > k, n);
}
await o.click('[data-testid="sources-refresh"]');
await o.waitForFunction(() => [...document.querySelectorAll('[data-testid="source"]')].every((e) => e.getAttribute('data-state') === 'ok') && !document.querySelector('#sources-refresh')?.hasAttribute('disabled'), null, { timeout: 90_000 });
await o.fill('[data-testid="source-url"]', server.origin + '/broken/feed.xml');
await o.click('[data-testid="source-add"]');
await o.waitForSelector('#sources-status.failure');
await o.locator('#sources').screenshot({ path: '/tmp/shots/sources-options.png' });
const { page, tabId } = await b.openTab(`${server.origin}/science/feather-duvet-lung`);
const { popup } = await b.openPopup(tabId);
await popup.setViewportSize({ width: 420, height: 900 });
await popup.screenshot({ path: '/tmp/shots/popup-feeds.png', fullPage: true });
console.log(await popup.locator('main').innerText());
await page.close(); await b.close(); await server.close();
