// Inline highlights in real Firefox ESR (puppeteer-core over WebDriver BiDi): after analysis on a seed
// page the figures are marked through the CSS Custom Highlight API, the page's text is unchanged, the
// card opens from the keyboard, and turning off through the popup restores the DOM exactly.
// Skips, saying why, when Firefox or its test build is not there.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { seedIds, startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { firefoxLaunchFailed, firefoxUnavailable, launchFirefoxWithExtension, type FirefoxExtensionBrowser } from './firefox.ts';

let server: FixtureServer | undefined;
let ff: FirefoxExtensionBrowser | undefined;
let why = firefoxUnavailable();

before(async () => {
  if (why) {
    console.log(`Firefox highlight tests skipped: ${why}`);
    return;
  }
  server = await startFixtureServer();
  try {
    ff = await launchFirefoxWithExtension();
  } catch (e) {
    why = firefoxLaunchFailed(e);
    console.log(`Firefox highlight tests skipped: ${why}`);
  }
});

after(async () => {
  await ff?.close();
  await server?.close();
});

const snapshot = (page: Page) =>
  page.evaluate(() => ({ text: document.body.innerText, dom: new XMLSerializer().serializeToString(document.documentElement), sheets: document.adoptedStyleSheets.length }));

const highlights = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return Object.fromEntries(Array.from(registry.entries(), ([name, h]) => [name, Array.from(h, (r) => r.toString())]));
  });

describe('highlights in Firefox', () => {
  test('seed 004: $227.8 billion marked diverging after analysis; card by keyboard; off restores the DOM', async (t) => {
    if (why || !ff || !server) return t.skip(why ?? 'not launched');
    const id = seedIds().find((s) => s.startsWith('004'))!;
    const { page, tabId } = await ff.openTab(`${server.origin}/seed/${id}.html`);
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e as Error));
    const before = await snapshot(page);
    const { popup, state } = await ff.openPopup(tabId);
    assert.equal(state, 'ready');
    const painted = await highlights(page);
    assert.ok((painted['parallax-diverging'] ?? []).includes('$227.8 billion'), `$227.8 billion marked diverging (got ${JSON.stringify(painted)})`);
    const during = await snapshot(page);
    assert.equal(during.text, before.text, 'page text unchanged');
    assert.equal(during.sheets, before.sheets + 1, 'the stylesheet is adopted');

    // The card: focus the diverging figure's anchor, then Escape.
    await page.bringToFront();
    await page.focus('[data-parallax-anchor="diverging"]');
    const expanded = () => page.$eval('[data-parallax-anchor="diverging"]', (a) => a.getAttribute('aria-expanded'));
    assert.equal(await expanded(), 'true');
    await page.keyboard.press('Escape');
    assert.equal(await expanded(), 'false');

    // Off, through the popup's checkbox.
    await popup.bringToFront();
    await popup.click('#highlights');
    await popup.waitForFunction(() => !(document.getElementById('highlights') as HTMLInputElement).disabled && !(document.getElementById('highlights') as HTMLInputElement).checked);
    assert.deepEqual(await highlights(page), {});
    assert.equal(await page.evaluate(() => document.querySelectorAll('parallax-host').length), 0);
    assert.deepEqual(await snapshot(page), before);
    assert.deepEqual(errors, []);
    await popup.close();
    await page.close();
  });

  for (const prefix of ['000', '003']) {
    test(`seed ${prefix}: $240.1bn marked diverging after analysis, page text unchanged`, async (t) => {
      if (why || !ff || !server) return t.skip(why ?? 'not launched');
      const id = seedIds().find((s) => s.startsWith(prefix))!;
      const { page, tabId } = await ff.openTab(`${server.origin}/seed/${id}.html`);
      const before = await snapshot(page);
      const { popup, state } = await ff.openPopup(tabId);
      assert.equal(state, 'ready');
      const painted = await highlights(page);
      assert.ok((painted['parallax-diverging'] ?? []).includes('$240.1bn'), `$240.1bn marked diverging (got ${JSON.stringify(painted)})`);
      assert.equal((await snapshot(page)).text, before.text);
      await popup.close();
      await page.close();
    });
  }
});
