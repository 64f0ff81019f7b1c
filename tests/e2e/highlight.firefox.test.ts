// Inline highlights in real Firefox ESR (puppeteer-core over WebDriver BiDi): after analysis on a seed
// page the figures are marked through the CSS Custom Highlight API, the page's text is unchanged, the
// page's DOM holds nothing of the other reports, the card opens from the keyboard, turning off through
// the popup restores the DOM exactly, and moving to another article in place clears the highlights.
// Skips, saying why, when Firefox or its test build is not there.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { seedIds } from './fixture-server.ts';
import { firefoxSuite } from './firefox.ts';

const fx = firefoxSuite('Firefox highlight tests');

const snapshot = (page: Page) =>
  page.evaluate(() => ({ text: document.body.innerText, dom: new XMLSerializer().serializeToString(document.documentElement), sheets: document.adoptedStyleSheets.length }));

const highlights = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    return Object.fromEntries(Array.from(registry.entries(), ([name, h]) => [name, Array.from(h, (r) => r.toString())]));
  });

interface OverlayView {
  anchors: Array<{ status: string; expanded: string | null; label: string }>;
  /** What has focus inside the shadow root: `anchor:<status>`, `card:<label>`, or null. */
  focus: string | null;
}

/**
 * The figure anchors inside the host's CLOSED shadow root, focusing one of them first when asked.
 * Page scripts cannot reach in; a content script can (Firefox gives it element.openOrClosedShadowRoot),
 * so this runs one through browser.scripting from an extension page. (The injected function is written
 * `func: [(...) => ...][0]`: tsx would wrap a function written as an object property in its __name()
 * helper, which the tab does not have.)
 */
async function overlay(tabId: number, focusStatus?: string): Promise<OverlayView> {
  return fx.ff!.ext.evaluate(
    async (t, f) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const [res] = await api.scripting.executeScript({
        target: { tabId: t },
        args: [f],
        func: [
          (toFocus: string | null) => {
            const host = Array.from(document.querySelectorAll('parallax-host')).find((h) => !h.hasAttribute('data-parallax-note'));
            const root = host ? (host as Element & { openOrClosedShadowRoot: ShadowRoot | null }).openOrClosedShadowRoot : null;
            if (!root) return { anchors: [], focus: null };
            if (toFocus) root.querySelector<HTMLElement>(`[data-parallax-anchor="${toFocus}"]`)?.focus();
            const anchors = Array.from(root.querySelectorAll('[data-parallax-anchor]'), (a) => ({
              status: a.getAttribute('data-parallax-anchor') ?? '',
              expanded: a.getAttribute('aria-expanded'),
              label: a.getAttribute('aria-label') ?? '',
            }));
            const el = root.activeElement;
            const focused = !el ? null : el.hasAttribute('data-parallax-anchor') ? `anchor:${el.getAttribute('data-parallax-anchor')}` : `card:${el.getAttribute('aria-label') ?? el.textContent}`;
            return { anchors, focus: focused };
          },
        ][0]!,
      });
      return res!.result as OverlayView;
    },
    tabId,
    focusStatus ?? null,
  );
}

describe('highlights in Firefox', () => {
  test('seed 004: $227.8 billion marked diverging after analysis; card by keyboard; off restores the DOM', async (t) => {
    if (fx.why || !fx.ff || !fx.server) return t.skip(fx.why ?? 'not launched');
    const id = seedIds().find((s) => s.startsWith('004'))!;
    const { page, tabId } = await fx.ff.openTab(`${fx.server.origin}/seed/${id}.html`);
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e as Error));
    const before = await snapshot(page);
    const { popup, state } = await fx.ff.openPopup(tabId);
    assert.equal(state, 'ready');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, { timeout: 5000, polling: 50 }); // painted after the answer
    const painted = await highlights(page);
    assert.ok((painted['parallax-diverging'] ?? []).includes('$227.8 billion'), `$227.8 billion marked diverging (got ${JSON.stringify(painted)})`);
    const during = await snapshot(page);
    assert.equal(during.text, before.text, 'page text unchanged');
    assert.equal(during.sheets, before.sheets + 1, 'the stylesheet is adopted');

    // The page sees one empty host: the anchors, whose labels tell what other reports say, are in its
    // closed shadow root, and nothing of the other reports is in the page's DOM.
    const seen = await page.evaluate(() => ({
      hosts: document.querySelectorAll('parallax-host').length,
      lightChildren: Array.from(document.querySelectorAll('parallax-host'), (h) => h.childNodes.length).reduce((a, b) => a + b, 0),
      openShadows: Array.from(document.querySelectorAll('parallax-host')).filter((h) => h.shadowRoot !== null).length,
      anchors: document.querySelectorAll('[data-parallax-anchor]').length,
      has240: new XMLSerializer().serializeToString(document.documentElement).includes('$240.1bn'),
    }));
    assert.deepEqual(seen, { hosts: 1, lightChildren: 0, openShadows: 0, anchors: 0, has240: false });
    const shown = await overlay(tabId);
    assert.ok(shown.anchors.some((a) => a.status === 'diverging' && a.label.includes('$240.1bn')), `the diverging anchor tells $240.1bn (got ${JSON.stringify(shown.anchors)})`);

    // The card: focus the diverging figure's anchor, then Escape.
    await page.bringToFront();
    const focused = await overlay(tabId, 'diverging');
    assert.equal(focused.focus, 'anchor:diverging');
    assert.equal(focused.anchors.find((a) => a.status === 'diverging')?.expanded, 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'parallax-host', 'the page sees only the host focused');
    await page.keyboard.press('Escape');
    assert.equal((await overlay(tabId)).anchors.find((a) => a.status === 'diverging')?.expanded, 'false');

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

  test('seed 004: moving to another article in place (pushState) clears the highlights and shows the note', async (t) => {
    if (fx.why || !fx.ff || !fx.server) return t.skip(fx.why ?? 'not launched');
    const id = seedIds().find((s) => s.startsWith('004'))!;
    const { page, tabId } = await fx.ff.openTab(`${fx.server.origin}/seed/${id}.html`);
    const { popup, state } = await fx.ff.openPopup(tabId);
    assert.equal(state, 'ready');
    await popup.close();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, { timeout: 5000, polling: 50 }); // painted after the answer
    assert.ok(((await highlights(page))['parallax-diverging'] ?? []).length > 0, 'highlighted');
    await page.evaluate(() => history.pushState({}, '', '/seed/another-story.html'));
    await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('parallax-diverging'), { timeout: 3000, polling: 50 });
    await page.waitForFunction(() => document.querySelectorAll('parallax-host[data-parallax-note]').length === 1, { timeout: 3000, polling: 50 });
    assert.equal(await page.evaluate(() => document.querySelectorAll('parallax-host:not([data-parallax-note])').length), 0);
    await page.close();
  });

  for (const prefix of ['000', '003']) {
    test(`seed ${prefix}: $240.1bn marked diverging after analysis, page text unchanged`, async (t) => {
      if (fx.why || !fx.ff || !fx.server) return t.skip(fx.why ?? 'not launched');
      const id = seedIds().find((s) => s.startsWith(prefix))!;
      const { page, tabId } = await fx.ff.openTab(`${fx.server.origin}/seed/${id}.html`);
      const before = await snapshot(page);
      const { popup, state } = await fx.ff.openPopup(tabId);
      assert.equal(state, 'ready');
      await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size > 0, { timeout: 5000, polling: 50 }); // painted after the answer
      const painted = await highlights(page);
      assert.ok((painted['parallax-diverging'] ?? []).includes('$240.1bn'), `$240.1bn marked diverging (got ${JSON.stringify(painted)})`);
      assert.equal((await snapshot(page)).text, before.text);
      await popup.close();
      await page.close();
    });
  }
});
