// Inline highlights end to end in real Chromium: after analysis (popup) on the seed pages, with
// hand-built figure groups on the seed pages (card, keyboard, late paragraphs, in-page navigation),
// and on every real news page of tests/fixtures/pages/readability-news. Each time: no uncaught page
// error, the page's text unchanged, and turning off leaves the DOM exactly as it was.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { FigureGroup } from '../../src/core/types.ts';
import type { HighlightRequest } from '../../src/shared/protocol.ts';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { FIXTURE_PAGES, ROOT, seedIds, startFixtureServer, type FixtureServer } from './fixture-server.ts';
import { mentionOf, otherMention, syntheticGroups } from './synthetic-figures.ts';

const READABILITY_NEWS = join(FIXTURE_PAGES, 'readability-news');
const ALIGNMENT_LANDED = existsSync(join(ROOT, 'src/core/extract-figures.ts'));

let server: FixtureServer;
let browser: ExtensionBrowser;
let ext: Page; // an extension page, to talk to the background as the popup would

before(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  ext = await browser.context.newPage();
  await ext.goto(`chrome-extension://${browser.extensionId}/src/reader/index.html`);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// ---- Helpers ------------------------------------------------------------------------------------

interface Snapshot {
  text: string;
  dom: string;
  sheets: number;
}

const snapshot = (page: Page): Promise<Snapshot> =>
  page.evaluate(() => ({
    text: document.body.innerText,
    dom: new XMLSerializer().serializeToString(document.documentElement),
    sheets: document.adoptedStyleSheets.length,
  }));

/** Every CSS highlight on the page, as name -> the text of each range. */
const highlights = (page: Page): Promise<Record<string, string[]>> =>
  page.evaluate(() => Object.fromEntries(Array.from(CSS.highlights.entries(), ([name, h]) => [name, Array.from(h, (r) => r.toString())])));

const hostCount = (page: Page) => page.evaluate(() => document.querySelectorAll('parallax-host').length);

async function inject(tabId: number): Promise<void> {
  await browser.worker.evaluate(async (t) => {
    await chrome.scripting.executeScript({ target: { tabId: t }, files: ['src/content/index.js'] });
  }, tabId);
}

/** A message to the content script in a tab, as the background sends it. */
async function toTab<T>(tabId: number, type: string, payload: unknown): Promise<T> {
  const reply = (await browser.worker.evaluate(([t, ty, p]) => chrome.tabs.sendMessage(t as number, { parallax: 1, type: ty, payload: p }), [tabId, type, payload] as const)) as
    | { value: T }
    | { error: string };
  if ('error' in reply) throw new Error(reply.error);
  return reply.value;
}

/** A message to the background from an extension page. */
async function toBackground<T>(type: string, payload: unknown): Promise<T> {
  const reply = (await ext.evaluate(([ty, p]) => chrome.runtime.sendMessage({ parallax: 1, type: ty, payload: p }), [type, payload] as const)) as { value: T } | { error: string };
  if ('error' in reply) throw new Error(reply.error);
  return reply.value;
}

async function extractedText(tabId: number): Promise<string | null> {
  const out = await toTab<{ ok: boolean; article?: { text: string } }>(tabId, 'extract', null);
  return out.ok ? out.article!.text : null;
}

/** Opens a page, collects its uncaught errors, and lets it settle. */
async function openPage(url: string): Promise<{ page: Page; tabId: number; errors: Error[] }> {
  const { page, tabId } = await browser.openTab(url);
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.waitForLoadState('load').catch(() => undefined);
  await page.waitForTimeout(150);
  return { page, tabId, errors };
}

const seed = (prefix: string) => seedIds().find((s) => s.startsWith(prefix))!;

/** Groups for seed 004 by hand: its $227.8 billion against the Guardian-style $240.1bn. */
async function seed004Groups(text: string): Promise<{ groups: FigureGroup[]; reports: HighlightRequest['reports']; other: { id: string; start: number; end: number } }> {
  const otherId = seed('000');
  const report = await toBackground<{ text: string; title: string; source?: string }>('getReport', { id: otherId });
  const start = report.text.indexOf('$240.1bn');
  assert.ok(start >= 0, 'seed 000 mentions $240.1bn');
  const groups: FigureGroup[] = [
    { measure: 'bilateral trade, last year', status: 'diverging', gapPercent: 5.4, mentions: [mentionOf(text, '$227.8 billion'), { ...otherMention(otherId, '$240.1bn'), start, end: start + 8 }] },
    { measure: 'bilateral trade, 2019', status: 'corroborated', mentions: [mentionOf(text, '$111 billion'), otherMention(seed('001'), '$111bn')] },
  ];
  return { groups, reports: { [otherId]: { title: report.title, ...(report.source ? { source: report.source } : {}) } }, other: { id: otherId, start, end: start + 8 } };
}

/** The text inside the host's closed shadow root (CDP can pierce it; page scripts cannot). */
async function shadowText(page: Page): Promise<string> {
  const cdp = await browser.context.newCDPSession(page);
  interface CdpNode {
    nodeName: string;
    nodeType: number;
    nodeValue?: string;
    children?: CdpNode[];
    shadowRoots?: CdpNode[];
  }
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const texts: string[] = [];
  const collect = (n: CdpNode, inShadow: boolean) => {
    if (inShadow && n.nodeType === 3 && n.nodeName !== 'STYLE') texts.push(n.nodeValue ?? '');
    for (const c of n.children ?? []) if (c.nodeName !== 'STYLE') collect(c, inShadow);
    for (const s of n.shadowRoots ?? []) collect(s, inShadow || n.nodeName.toLowerCase() === 'parallax-host');
  };
  collect(root, false);
  await cdp.detach();
  return texts.join(' ');
}

// ---- After analysis, on the seed pages ----------------------------------------------------------

const EXPECTED_DIVERGING: Record<string, string> = { '000': '$240.1bn', '003': '$240.1bn', '004': '$227.8 billion' };

describe('highlights after analysis on the seed pages', () => {
  for (const id of seedIds()) {
    const prefix = id.slice(0, 3);
    test(`seed ${prefix}: marked after analysis, page text unchanged, off restores the DOM`, async (t) => {
      const { page, tabId, errors } = await openPage(`${server.origin}/seed/${id}.html`);
      const before = await snapshot(page);
      const { popup, state } = await browser.openPopup(tabId);
      assert.equal(state, 'ready');
      assert.equal((await snapshot(page)).text, before.text, 'page text unchanged while highlighted');
      const mine = await popup.$$eval('[data-testid="figure"]:is([data-status="diverging"], [data-status="corroborated"]) .mention.mine .value', (els) => els.map((e) => e.textContent ?? ''));
      const painted = await highlights(page);
      let skipReason: string | undefined;
      if (mine.length === 0) {
        assert.equal((painted['parallax-diverging'] ?? []).length + (painted['parallax-corroborated'] ?? []).length, 0);
        skipReason = ALIGNMENT_LANDED
          ? `analysis found no diverging/corroborated figure on seed ${prefix}`
          : 'figure alignment has not landed (src/core/extract-figures.ts missing): analysis returns no figure groups, so there is nothing to mark';
        if (EXPECTED_DIVERGING[prefix] && ALIGNMENT_LANDED) assert.fail(`seed ${prefix}: expected ${EXPECTED_DIVERGING[prefix]} to be marked diverging, but the analysis has no figure groups`);
      } else {
        const marked = [...(painted['parallax-diverging'] ?? []), ...(painted['parallax-corroborated'] ?? [])];
        assert.ok(marked.length > 0, 'figures are marked');
        const norm = (s: string) => s.replace(/\s+/g, '');
        for (const m of marked) assert.ok(mine.some((x) => norm(x) === norm(m)), `marked "${m}" is one of the article's grouped figures`);
        const want = EXPECTED_DIVERGING[prefix];
        if (want) assert.ok((painted['parallax-diverging'] ?? []).some((r) => norm(r) === norm(want)), `${want} is marked diverging (got ${JSON.stringify(painted['parallax-diverging'])})`);
        assert.equal(await page.locator('[data-parallax-anchor]').count(), marked.length);
      }
      // Off: through the popup's checkbox when it shows one, else as the keyboard shortcut does.
      const box = popup.locator('#highlights');
      if (await box.count()) {
        assert.equal(await box.isChecked(), true);
        await box.uncheck();
        await popup.waitForFunction(() => !(document.getElementById('highlights') as HTMLInputElement).disabled);
      } else {
        await toBackground('setHighlights', { tabId, on: false });
      }
      assert.deepEqual(await highlights(page), {});
      assert.equal(await hostCount(page), 0);
      assert.deepEqual(await snapshot(page), before);
      assert.deepEqual(errors, []);
      await popup.close();
      await page.close();
      if (skipReason) t.skip(skipReason);
    });
  }
});

// ---- Hand-built groups: card, keyboard, late paragraphs, navigation -------------------------------

describe('highlights from hand-built figure groups', () => {
  test('seed 004: figures and sentences painted, DOM untouched, off restores it', async () => {
    const { page, tabId, errors } = await openPage(`${server.origin}/seed/${seed('004')}.html`);
    const before = await snapshot(page);
    await inject(tabId);
    const text = (await extractedText(tabId))!;
    const { groups, reports } = await seed004Groups(text);
    assert.deepEqual(await toTab(tabId, 'highlight', { on: true, groups, reports }), { marked: 2 });
    const painted = await highlights(page);
    assert.deepEqual(painted['parallax-diverging'], ['$227.8 billion']);
    assert.deepEqual(painted['parallax-corroborated'], ['$111 billion']);
    assert.match(painted['parallax-diverging-sentence']![0]!, /^In an interview with state-media Xinhua.*in 2019\.$/);
    assert.equal(painted['parallax-corroborated-sentence'], undefined, 'a sentence with both kinds is tinted once');
    const during = await snapshot(page);
    assert.equal(during.text, before.text);
    assert.equal(during.sheets, before.sheets + 1, 'one adopted stylesheet');
    assert.equal(await page.evaluate(() => document.querySelector('body parallax-host, body [data-parallax-anchor]')), null, 'nothing inside <body>');
    assert.deepEqual(await page.$$eval('[data-parallax-anchor]', (els) => els.map((e) => e.getAttribute('data-parallax-anchor'))), ['diverging', 'corroborated']);
    assert.deepEqual(await toTab(tabId, 'highlight', { on: false, groups: [], reports: {} }), { marked: 0 });
    assert.deepEqual(await highlights(page), {});
    assert.deepEqual(await snapshot(page), before);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('seed 004: the card opens on focus, hover and click, is keyboard reachable, opens the report, and Escape closes it', async () => {
    const { page, tabId, errors } = await openPage(`${server.origin}/seed/${seed('004')}.html`);
    await inject(tabId);
    const text = (await extractedText(tabId))!;
    const { groups, reports, other } = await seed004Groups(text);
    await toTab(tabId, 'highlight', { on: true, groups, reports });
    const anchor = page.locator('[data-parallax-anchor="diverging"]');
    const expanded = () => anchor.getAttribute('aria-expanded');

    // Focus shows the card: measure, this page's value, the other report's value and outlet.
    await anchor.focus();
    assert.equal(await expanded(), 'true');
    const card = await shadowText(page);
    assert.match(card, /bilateral trade, last year/);
    assert.match(card, /\$227\.8 billion/);
    assert.match(card, /\$240\.1bn/);
    assert.match(card, new RegExp(reports[other.id]!.source ?? 'Report 000'));
    assert.match(card, /5\.4% apart/);
    // Escape closes it.
    await page.keyboard.press('Escape');
    assert.equal(await expanded(), 'false');

    // Hover opens it, moving away closes it.
    const box = (await anchor.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => document.querySelector('[data-parallax-anchor="diverging"]')?.getAttribute('aria-expanded') === 'true');
    await page.mouse.move(5, 880);
    await page.waitForFunction(() => document.querySelector('[data-parallax-anchor="diverging"]')?.getAttribute('aria-expanded') === 'false');
    // A click pins it; a click elsewhere closes it. (The click also blurs the focused anchor; that
    // blur must not close the card the click just pinned, whichever of the two the page sees last.)
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(50);
    assert.equal(await expanded(), 'true');
    await page.mouse.click(5, 880);
    assert.equal(await expanded(), 'false');

    // Keyboard: anchor, Tab into the card, Enter opens the other report at that figure.
    await anchor.focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName.toLowerCase()), 'parallax-host', 'focus moved into the card');
    const readerPromise = browser.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const reader = await readerPromise;
    await reader.waitForFunction(() => document.body.dataset.state === 'ready');
    assert.equal(await reader.locator('article').getAttribute('data-report-id'), other.id);
    assert.match(await reader.locator('[data-testid="reader-mark"] strong').innerText(), /\$240\.1bn/);
    await reader.close();
    // Escape from inside the card closes it and gives focus back to the figure.
    await page.bringToFront();
    await anchor.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    assert.equal(await expanded(), 'false');
    assert.equal(await page.evaluate(() => document.activeElement?.hasAttribute('data-parallax-anchor')), true);

    await toTab(tabId, 'highlight', { on: false, groups: [], reports: {} });
    assert.equal(await hostCount(page), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('seed 004: a paragraph loaded later is anchored when it appears', async () => {
    const { page, tabId, errors } = await openPage(`${server.origin}/seed/${seed('004')}.html`);
    await inject(tabId);
    const text = (await extractedText(tabId))!;
    const { groups, reports } = await seed004Groups(text);
    // The paragraph with both figures leaves, highlighting starts, the paragraph comes back.
    await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('p')).find((x) => x.textContent!.includes('$227.8 billion'))!;
      (window as unknown as { held: [Element, Node | null, Node] }).held = [p, p.nextSibling, p.parentNode!];
      p.remove();
    });
    assert.deepEqual(await toTab(tabId, 'highlight', { on: true, groups, reports }), { marked: 0 });
    await page.evaluate(() => {
      const [p, next, parent] = (window as unknown as { held: [Element, Node | null, Node] }).held;
      parent.insertBefore(p, next);
    });
    await page.waitForFunction(() => CSS.highlights.get('parallax-diverging')?.size === 1, null, { timeout: 5000 });
    assert.deepEqual((await highlights(page))['parallax-diverging'], ['$227.8 billion']);
    assert.equal(await page.locator('[data-parallax-anchor]').count(), 2);
    // Replaced text (a re-render) is re-anchored too.
    await page.evaluate(() => {
      const p = Array.from(document.querySelectorAll('p')).find((x) => x.textContent!.includes('$227.8 billion'))!;
      p.replaceWith(p.cloneNode(true));
    });
    await page.waitForFunction(() => Array.from(CSS.highlights.get('parallax-diverging') ?? []).some((r) => (r.startContainer as Node).isConnected && r.toString() === '$227.8 billion'), null, { timeout: 5000 });
    await toTab(tabId, 'highlight', { on: false, groups: [], reports: {} });
    assert.deepEqual(await highlights(page), {});
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('moving to another article in place (pushState) clears highlights, resets the badge, and offers a fresh analysis', async () => {
    const { page, tabId, errors } = await openPage(`${server.origin}/seed/${seed('004')}.html`);
    const { popup } = await browser.openPopup(tabId); // analysis: badge and cache
    await popup.close();
    assert.equal(await browser.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId), '4');
    const text = (await extractedText(tabId))!;
    const { groups, reports } = await seed004Groups(text);
    await toTab(tabId, 'highlight', { on: true, groups, reports });
    assert.equal((await highlights(page))['parallax-diverging']?.length, 1);
    // A fragment change is not a new article.
    await page.evaluate(() => history.pushState({}, '', '#section-2'));
    await page.waitForTimeout(900);
    assert.equal((await highlights(page))['parallax-diverging']?.length, 1);
    await page.evaluate(() => history.pushState({}, '', '/seed/another-story.html'));
    await page.waitForFunction(() => !CSS.highlights.has('parallax-diverging'), null, { timeout: 3000 });
    await page.waitForFunction(() => document.querySelectorAll('parallax-host[data-parallax-note]').length === 1, null, { timeout: 3000 });
    assert.equal(await page.locator('[data-parallax-anchor]').count(), 0);
    assert.match(await shadowText(page), /New article: open Parallax to analyse it/);
    for (let i = 0; i < 30 && (await browser.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId)) !== ''; i++) await page.waitForTimeout(100);
    assert.equal(await browser.worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId), '');
    // A fresh analysis (popup) removes the note.
    const again = await browser.openPopup(tabId);
    await again.popup.close();
    assert.equal(await page.locator('parallax-host[data-parallax-note]').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

// ---- Every real news page of the fixtures ------------------------------------------------------------

const slugs = existsSync(READABILITY_NEWS) ? readdirSync(READABILITY_NEWS).filter((d) => existsSync(join(READABILITY_NEWS, d, 'source.html'))).sort() : [];
const tally = { pages: 0, targets: 0, marked: 0, noArticle: [] as string[], slowest: { slug: '', ms: 0 } };

describe('highlights on the real news pages (readability-news fixtures)', () => {
  after(() => {
    console.log(
      `readability-news: ${tally.pages} pages checked, ${tally.marked}/${tally.targets} figures anchored` +
        (tally.noArticle.length ? `; no article extracted on ${tally.noArticle.join(', ')}` : '') +
        `; slowest highlight round trip ${tally.slowest.ms.toFixed(0)} ms (${tally.slowest.slug})`,
    );
  });
  test('the fixtures are there', () => assert.ok(slugs.length >= 30, `expected the readability-news pages in ${READABILITY_NEWS}`));
  for (const slug of slugs) {
    test(`${slug}: highlighted without errors, text unchanged, off restores the DOM`, async () => {
      const { page, tabId, errors } = await openPage(`${server.origin}/fixtures/readability-news/${slug}/`);
      await page.waitForTimeout(350);
      // Errors the page throws by itself (its trackers are refused offline) are its own, not ours.
      const own = new Set(errors.map(String));
      const newErrors = () => errors.map(String).filter((e) => !own.has(e));
      await inject(tabId);
      const text = await extractedText(tabId);
      tally.pages++;
      if (text === null) {
        tally.noArticle.push(slug);
        await page.close();
        return;
      }
      const groups = syntheticGroups(text);
      const wanted = groups.map((g) => g.mentions[0]!.text);
      const request = { on: true, groups, reports: { '000_other': { title: 'Another report', source: 'Test Wire' } } };
      const off = { on: false, groups: [], reports: {} };

      // 1. With the page's scripts running: nothing we do makes them throw.
      const liveText = await page.evaluate(() => document.body.innerText);
      const t0 = performance.now();
      const { marked } = await toTab<{ marked: number }>(tabId, 'highlight', request);
      const ms = performance.now() - t0;
      if (ms > tally.slowest.ms) tally.slowest = { slug, ms };
      tally.targets += groups.length;
      tally.marked += marked;
      const painted = await highlights(page);
      const ranges = [...(painted['parallax-diverging'] ?? []), ...(painted['parallax-corroborated'] ?? [])];
      assert.equal(ranges.length, marked);
      const norm = (s: string) => s.replace(/\s+/g, '');
      for (const r of ranges) assert.ok(wanted.some((w) => norm(w) === norm(r)), `"${r}" is one of the figures asked for`);
      if (groups.length) assert.ok(marked >= Math.ceil(groups.length * 0.75), `${marked}/${groups.length} figures anchored`);
      await page.locator('[data-parallax-anchor]').first().focus().catch(() => undefined); // open a card too
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => document.body.innerText), liveText, 'page text unchanged while highlighted');
      await toTab(tabId, 'highlight', off);
      assert.deepEqual(newErrors(), []);

      // 2. With the page's own scripts stopped (they rewrite their DOM on timers), the DOM after
      // off is exactly the DOM before: serialisation, text and adopted stylesheets.
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      // With scripts off, <noscript> content renders from the next style invalidation on: force
      // that now so the baseline already has it (it is no change of ours).
      await page.evaluate(() => {
        const probe = new CSSStyleSheet();
        probe.replaceSync(':root { --parallax-test-probe: 1; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, probe];
        void document.body.offsetHeight;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== probe);
        void document.body.offsetHeight;
      });
      const before = await snapshot(page);
      assert.equal((await toTab<{ marked: number }>(tabId, 'highlight', request)).marked, marked);
      assert.equal((await snapshot(page)).text, before.text, 'page text unchanged while highlighted');
      await toTab(tabId, 'highlight', off);
      assert.deepEqual(await highlights(page), {});
      assert.equal(await hostCount(page), 0);
      assert.deepEqual(await snapshot(page), before);
      await cdp.detach();
      await page.close();
    });
  }
});
