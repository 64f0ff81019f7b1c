// End to end in real Chromium: the test build is loaded, pages are served on 127.0.0.1, and the
// popup is opened for each tab as the toolbar button would open it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { backgroundMessenger, launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { seedIds, startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { quantile } from '../../scripts/quantile.ts';

let server: FixtureServer;
let browser: ExtensionBrowser;
const readyTimes: number[] = [];

/** A message to the background from an extension page (set once the browser is up). */
let toBackground: ReturnType<typeof backgroundMessenger>;

const badgeOf = (tabId: number) => browser.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);
const cachedOf = (tabId: number) => browser.worker.evaluate(async (t) => (await chrome.storage.session.get(`tab:${t}`))[`tab:${t}`] as unknown, tabId);
const seed = (prefix: string) => seedIds().find((s) => s.startsWith(prefix))!;

before(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  toBackground = backgroundMessenger(browser);
});

after(async () => {
  if (readyTimes.length) {
    console.log(`popup open -> ready, over ${readyTimes.length} seeds: median ${quantile(readyTimes, 0.5).toFixed(0)} ms (${readyTimes.map((t) => t.toFixed(0)).join(', ')} ms)`);
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
      // A page Parallax already holds is not offered for adding again.
      assert.equal(await popup.getByTestId('add-to-corpus').count(), 0);
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
    assert.match(await popup.locator('main').innerText(), /No other report of this story yet/);
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

describe('the cached analysis and the page', () => {
  test('a #fragment change (pushState) keeps the badge, the cached result and the highlights', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/seed/${seed('004')}.html`);
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'ready');
    await popup.close();
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 5000 }); // painted after the answer
    assert.equal(await badgeOf(tabId), '4');
    const cached = await cachedOf(tabId);
    assert.ok(cached, 'the result is cached');
    const ranges = () => page.evaluate(() => CSS.highlights.get('parallax-diverging')?.size ?? 0);
    assert.ok((await ranges()) > 0, 'highlighted after analysis');
    await page.evaluate(() => history.pushState(null, '', '#section-2'));
    await page.waitForTimeout(1500);
    assert.equal(await badgeOf(tabId), '4');
    assert.deepEqual(await cachedOf(tabId), cached, 'the cached result survives');
    assert.ok((await ranges()) > 0, 'still highlighted');
    // The popup answers from the cache for the same article under its new #fragment.
    const again = await browser.openPopup(tabId);
    assert.equal(again.state, 'ready');
    assert.equal(await again.popup.locator('[data-testid="related-report"]').count(), 4);
    await again.popup.close();
    assert.equal(await badgeOf(tabId), '4');
    await page.close();
  });

  test('single groups are neither cached nor listed', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/seed/${seed('004')}.html`);
    const { popup } = await browser.openPopup(tabId);
    const cached = (await cachedOf(tabId)) as { result: { figures: Array<{ status: string }> } };
    assert.ok(cached.result.figures.length > 0);
    assert.deepEqual(
      cached.result.figures.filter((g) => g.status === 'single'),
      [],
    );
    assert.equal(await popup.locator('[data-testid="figure"][data-status="single"]').count(), 0);
    await popup.close();
    await page.close();
  });

  test('after a same-URL reload, setHighlights(on) puts the content script back and repaints', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/seed/${seed('004')}.html`);
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'ready');
    await popup.close();
    const ranges = () => page.evaluate(() => CSS.highlights.get('parallax-diverging')?.size ?? 0);
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 5000 }); // painted after the answer
    assert.ok((await ranges()) > 0, 'highlighted after analysis');
    await page.reload({ waitUntil: 'load' });
    assert.equal(await ranges(), 0, 'a reload drops the highlights');
    assert.deepEqual(await toBackground('setHighlights', { tabId, on: true }), { on: true });
    assert.equal(await badgeOf(tabId), '4', 'the badge is back (Chrome drops it on reload)');
    await page.waitForFunction(() => (CSS.highlights.get('parallax-diverging')?.size ?? 0) > 0, null, { timeout: 5000 });
    assert.deepEqual(
      await page.evaluate(() => Array.from(CSS.highlights.get('parallax-diverging') ?? [], (r) => (r as Range).toString())),
      ['$227.8 billion'],
    );
    // Off and on again, as the shortcut does.
    assert.deepEqual(await toBackground('setHighlights', { tabId, on: false }), { on: false });
    assert.equal(await ranges(), 0);
    assert.deepEqual(await toBackground('setHighlights', { tabId, on: true }), { on: true });
    await page.waitForFunction(() => (CSS.highlights.get('parallax-diverging')?.size ?? 0) > 0, null, { timeout: 5000 });
    await page.close();
  });

  test('setHighlights on a tab whose page changed without telling the background answers {on: false}', async () => {
    const { page, tabId } = await browser.openTab(`${server.origin}/seed/${seed('004')}.html`);
    const { popup } = await browser.openPopup(tabId);
    await popup.close();
    await page.goto(`${server.origin}/seed/${seed('000')}.html`, { waitUntil: 'load' });
    // Whether or not tabs.onUpdated already dropped the old result, it is not painted on the new page.
    assert.deepEqual(await toBackground('setHighlights', { tabId, on: true }), { on: false });
    assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
    await page.close();
  });
});
