// Firefox smoke test: the add-on loads, reads a seed page served on 127.0.0.1 and lists the other
// seeds in its popup, with the page marked as in the corpus; a non-article page is unsupported.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { seedIds } from './fixture-server.ts';
import { firefoxSuite } from './firefox.ts';

const fx = firefoxSuite('Firefox popup tests');

describe('popup in Firefox', () => {
  test('seed 003 is read and the four other seeds are listed', async (t) => {
    if (fx.why || !fx.ff || !fx.server) return t.skip(fx.why ?? 'not launched');
    const id = seedIds().find((s) => s.startsWith('003'))!;
    const { page, tabId } = await fx.ff.openTab(`${fx.server.origin}/seed/${id}.html`);
    const { popup, state } = await fx.ff.openPopup(tabId);
    assert.equal(state, 'ready');
    const listed = await popup.$$eval('[data-testid="related-report"]', (els) => els.map((e) => e.getAttribute('data-report-id')));
    assert.deepEqual(
      [...listed].sort(),
      seedIds().filter((s) => s !== id),
    );
    assert.equal(await popup.$$eval('[data-testid="in-corpus"]', (els) => els.length), 1);
    const headline = await popup.$eval('.headline', (el) => el.textContent);
    assert.equal(headline, 'Russia and China have announced they will deepen their already close military ties');
    await popup.close();
    await page.close();
  });

  test('a page that is not an article is unsupported', async (t) => {
    if (fx.why || !fx.ff || !fx.server) return t.skip(fx.why ?? 'not launched');
    const { page, tabId } = await fx.ff.openTab(`${fx.server.origin}/non-article.html`);
    const { popup, state } = await fx.ff.openPopup(tabId);
    assert.equal(state, 'unsupported');
    await popup.close();
    await page.close();
  });

  test('a real news page of another story shows the way to coverage, not a dead end', async (t) => {
    if (fx.why || !fx.ff || !fx.server) return t.skip(fx.why ?? 'not launched');
    const { page, tabId } = await fx.ff.openTab(`${fx.server.origin}/fixtures/zyte-dev/7bb1ca9035/`);
    const { popup, state } = await fx.ff.openPopup(tabId);
    assert.equal(state, 'empty');
    assert.equal(await popup.$$eval('[data-testid="get-coverage"] button', (els) => els.length), 2, 'follow news sources / import articles');
    const text = await popup.$eval('main', (el) => (el as HTMLElement).innerText);
    assert.match(text, /No other report of this story yet/);
    await popup.close();
    await page.close();
  });
});
