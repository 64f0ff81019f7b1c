// Accessibility in Firefox: axe-core finds no violation on the popup (ready and unsupported), the
// welcome page and the reader. The same checks run in Chromium in every state (axe.chromium.test.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { axeViolations, describeViolations } from './axe.ts';
import { ADDON_UUID, firefoxSuite } from './firefox.ts';
import { seedIds } from './fixture-server.ts';

const fx = firefoxSuite('Firefox axe tests');

/** Waits for an extension page to finish loading. The wait can start in about:blank and be cut
 * short when the navigation replaces that document ("Waiting failed"): then it waits again. */
async function settled(page: Page): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await page.waitForFunction(`location.protocol === 'moz-extension:' && document.readyState === 'complete' && document.body.dataset.state !== 'loading'`, { timeout: Math.max(1, deadline - Date.now()), polling: 100 });
      return;
    } catch (e) {
      if (Date.now() >= deadline || !/Waiting failed|context|destroyed|navigat/i.test((e as Error).message)) throw e;
    }
  }
}

describe('axe in Firefox', () => {
  test('popup ready on seed 004, and unsupported on a page that is not an article', async (t) => {
    if (fx.why || !fx.ff || !fx.server) return t.skip(fx.why ?? 'not launched');
    for (const [path, state] of [[`/seed/${seedIds().find((s) => s.startsWith('004'))}.html`, 'ready'], ['/non-article.html', 'unsupported']] as const) {
      const { page, tabId } = await fx.ff.openTab(`${fx.server.origin}${path}`);
      const { popup, state: got } = await fx.ff.openPopup(tabId);
      assert.equal(got, state);
      const vs = await axeViolations(popup);
      assert.equal(vs.length, 0, `popup ${state}:\n${describeViolations(vs)}`);
      await popup.close();
      await page.close();
    }
  });

  test('welcome page and reader', async (t) => {
    if (fx.why || !fx.ff) return t.skip(fx.why ?? 'not launched');
    for (const path of ['src/welcome/index.html', `src/reader/index.html?id=${seedIds()[0]}`]) {
      const page = await fx.ff.browser.newPage();
      void page.goto(`moz-extension://${ADDON_UUID}/${path}`).catch(() => undefined);
      await settled(page);
      const vs = await axeViolations(page);
      assert.equal(vs.length, 0, `${path}:\n${describeViolations(vs)}`);
      await page.close();
    }
  });
});
