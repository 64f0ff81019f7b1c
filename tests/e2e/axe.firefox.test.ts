// Accessibility in Firefox: axe-core finds no violation on the popup (ready and unsupported), the
// welcome page and the reader. The same checks run in Chromium in every state (axe.chromium.test.ts).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { axeViolations, describeViolations } from './axe.ts';
import { firefoxSuite } from './firefox.ts';
import { seedIds } from './fixture-server.ts';

const fx = firefoxSuite('Firefox axe tests');

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
      const page = await fx.ff.openPage(path, "document.readyState === 'complete' && document.body.dataset.state !== 'loading'");
      const vs = await axeViolations(page);
      assert.equal(vs.length, 0, `${path}:\n${describeViolations(vs)}`);
      await page.close();
    }
  });
});
