// Firefox smoke test: the add-on loads, reads a seed page served on 127.0.0.1 and lists the other
// seeds in its popup, with the page marked as in the corpus; a non-article page is unsupported.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedIds, startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { firefoxLaunchFailed, firefoxUnavailable, launchFirefoxWithExtension, type FirefoxExtensionBrowser } from './firefox.ts';

let server: FixtureServer | undefined;
let ff: FirefoxExtensionBrowser | undefined;
let why = firefoxUnavailable();

before(async () => {
  if (why) return console.log(`Firefox popup tests skipped: ${why}`);
  server = await startFixtureServer();
  try {
    ff = await launchFirefoxWithExtension();
  } catch (e) {
    why = firefoxLaunchFailed(e);
    console.log(`Firefox popup tests skipped: ${why}`);
  }
});

after(async () => {
  await ff?.close();
  await server?.close();
});

describe('popup in Firefox', () => {
  test('seed 003 is read and the four other seeds are listed', async (t) => {
    if (why || !ff || !server) return t.skip(why ?? 'not launched');
    const id = seedIds().find((s) => s.startsWith('003'))!;
    const { page, tabId } = await ff.openTab(`${server.origin}/seed/${id}.html`);
    const { popup, state } = await ff.openPopup(tabId);
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
    if (why || !ff || !server) return t.skip(why ?? 'not launched');
    const { page, tabId } = await ff.openTab(`${server.origin}/non-article.html`);
    const { popup, state } = await ff.openPopup(tabId);
    assert.equal(state, 'unsupported');
    await popup.close();
    await page.close();
  });
});
