// What the popup shows, end to end in Chromium: the empty state's way forward, plain error words,
// reasons for unsupported pages, names instead of ids, bidi isolation, long words, and the parts
// of a result that other stages add (updated figures, why, also on this topic, feed reports,
// summary only). Those results are planted as the tab's cached analysis, which the background
// and the popup both read, so the popup is tested on exactly the shape of AnalysisResult.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { AnalysisResult } from '../../src/core/types.ts';
import { backgroundMessenger, launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { seedIds, SEEDS_DIR, startFixtureServer, type FixtureServer } from './fixture-server.ts';

let server: FixtureServer;
let browser: ExtensionBrowser;
const seed = (prefix: string) => seedIds().find((s) => s.startsWith(prefix))!;

/** A message to the background from an extension page (set once the browser is up). */
let toBackground: ReturnType<typeof backgroundMessenger>;

/** Stores `analysis` as the tab's cached result (as the background would after analysing it). */
const plant = (tabId: number, analysis: unknown) => browser.worker.evaluate(([t, a]) => chrome.storage.session.set({ [`tab:${t}`]: a }), [tabId, analysis] as const);

const ARTICLE_TEXT = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of a plain test article about a harbour bridge that opened on Monday after four years of work, with traffic on both decks by the evening and the city's mayor at the ribbon.</p>`).join('\n');
const page = (title: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${ARTICLE_TEXT}</article></body></html>`;

before(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  toBackground = backgroundMessenger(browser);
  // Pages made for these tests, on the fixture server's origin (which the test build may read).
  const LONG_WORD = 'Supercalifragilisticexpialidocious'.repeat(3).slice(0, 90);
  await browser.context.route(`${server.origin}/display/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const title = path.endsWith('long.html') ? `Bridge opens ${LONG_WORD} at last` : path.endsWith('bidi.html') ? 'Trade \u202E1.042$\u202C hits a record, officials say' : 'Plain article';
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page(title) });
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the empty state', () => {
  test('says so in plain words and offers the two ways to get coverage', async () => {
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/fixtures/readability-news/bbc-1/`);
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'empty');
    const text = await popup.locator('main').innerText();
    assert.match(text, /No other report of this story yet/);
    assert.match(text, /5-article demo of one story/);
    assert.doesNotMatch(text, /corpus/i, 'no jargon in the empty state');
    const coverage = popup.getByTestId('get-coverage');
    assert.equal(await coverage.getByRole('button', { name: 'Follow news sources' }).count(), 1);
    assert.equal(await coverage.getByRole('button', { name: 'Import articles' }).count(), 1);
    const opened = browser.context.waitForEvent('page');
    await coverage.getByRole('button', { name: 'Follow news sources' }).click();
    const options = await opened;
    await options.waitForLoadState('domcontentloaded');
    assert.match(options.url(), /\/src\/options\/index\.html#sources$/);
    await options.close();
    await tab.close();
  });
});

describe('errors and unsupported pages', () => {
  test('a tab that is gone gives plain words, what to try, and no browser message', async () => {
    const { popup, state } = await browser.openPopup(999999);
    assert.equal(state, 'error');
    const text = await popup.locator('main').innerText();
    assert.doesNotMatch(text, /No tab with id|999999/);
    assert.match(text, /no longer there/);
    assert.match(text, /Open the article again/);
    assert.equal(await popup.getByTestId('try-again').count(), 1);
    assert.equal(await popup.getByTestId('add-to-corpus').count(), 0);
    await popup.close();
  });

  test('an unsupported page says why and offers no add-to-corpus button', async () => {
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/non-article.html`);
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'unsupported');
    assert.equal(await popup.getByTestId('add-to-corpus').count(), 0);
    await popup.close();
    await tab.close();
  });

  test('a listing page (home page, section, search results) says so', async () => {
    const url = `${server.origin}/display/plain.html`;
    const { page: tab, tabId } = await browser.openTab(url);
    await plant(tabId, { state: 'unsupported', reason: 'listing', url });
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'unsupported');
    assert.match(await popup.locator('main').innerText(), /lists many articles \(a home page, section or search results\); open one article to compare it/);
    assert.equal(await popup.getByTestId('add-to-corpus').count(), 0);
    await popup.close();
    await tab.close();
  });
});

describe('a worker stopped mid-analysis', () => {
  const CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
  /** Opens the popup with its first `failures` messages failing as they do when the worker stops. */
  async function popupWithFailures(tabId: number, failures: number): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.addInitScript(
      ([n, message]) => {
        const send = chrome.runtime.sendMessage.bind(chrome.runtime);
        let left = n;
        (chrome.runtime as { sendMessage: unknown }).sendMessage = (...args: unknown[]) => {
          if (left-- > 0) throw new Error(message);
          return (send as (...a: unknown[]) => unknown)(...args);
        };
      },
      [failures, CLOSED] as const,
    );
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 20_000 });
    return popup;
  }

  test('is asked once more, and the answer is shown', async () => {
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/seed/${seed('002')}.html`);
    const popup = await popupWithFailures(tabId, 1);
    assert.equal(await popup.evaluate(() => document.body.dataset.state), 'ready');
    await popup.close();
    await tab.close();
  });

  test('twice: a plain message, never the browser’s', async () => {
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/seed/${seed('002')}.html`);
    const popup = await popupWithFailures(tabId, 2);
    assert.equal(await popup.evaluate(() => document.body.dataset.state), 'error');
    const text = await popup.locator('main').innerText();
    assert.doesNotMatch(text, /message channel|listener/);
    assert.match(text, /Parallax stopped while it was reading this page/);
    // Trying again asks the background afresh.
    await popup.getByTestId('try-again').click();
    await popup.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 20_000 });
    await popup.close();
    await tab.close();
  });
});

describe('long words and bidi controls', () => {
  test('a 90-character word in the title wraps inside the popup', async () => {
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/display/long.html`);
    const { popup } = await browser.openPopup(tabId);
    assert.match(await popup.locator('.headline').innerText(), /Supercalifragilistic/);
    // As in the toolbar: the window is as wide as the popup asks (the tab here is wider).
    await popup.setViewportSize({ width: 380, height: 600 });
    const widths = await popup.evaluate(() => ({ doc: document.documentElement.scrollWidth, body: document.body.scrollWidth }));
    assert.ok(widths.doc <= 380 && widths.body <= 380, `the popup stays 380 px wide (${JSON.stringify(widths)})`);
    await popup.close();
    await tab.close();
  });

  test('an override in a title is dropped and the title is isolated from its line', async () => {
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/display/bidi.html`);
    const { popup } = await browser.openPopup(tabId);
    const headline = popup.locator('.headline');
    assert.equal(await headline.getAttribute('dir'), 'auto');
    const text = await headline.innerText();
    assert.doesNotMatch(text, /[\u202A-\u202E\u2066-\u2069]/);
    assert.match(text, /1\.042\$ hits a record/);
    await popup.close();
    await tab.close();
  });
});

describe('what other stages add to a result', () => {
  const FEED_URL = 'https://news.example.com/2024/05/17/quake-toll-rises';
  const planted = (url: string): { state: 'ready'; method: 'readability'; url: string; highlights: boolean; result: AnalysisResult } => ({
    state: 'ready',
    method: 'readability',
    url,
    highlights: false,
    result: {
      article: { title: 'Quake toll climbs as rescuers reach villages', inCorpus: null },
      related: [
        { id: 'feed-later', title: 'Quake toll rises to 1,200', source: 'Example Wire', url: FEED_URL, published: '2024-05-17T10:00:00Z', score: 0.7, sharedTerms: ['quake'], origin: 'feed', summaryOnly: true },
        { id: 'feed-earlier', title: 'Quake kills at least 900', source: 'Daily Example', url: 'https://daily.example.org/quake', published: '2024-05-16T08:00:00Z', score: 0.6, sharedTerms: ['quake'], origin: 'feed' },
      ],
      alsoOnTopic: [{ id: 'feed-other', title: 'Last year’s quake: one year on', source: 'Example Wire', score: 0.3, sharedTerms: ['quake'], origin: 'feed' }],
      figures: [
        {
          measure: 'death toll',
          status: 'updated',
          mentions: [
            { reportId: 'feed-later', text: '1,200', value: 1200, unit: 'people', start: 10, end: 15, published: '2024-05-17T10:00:00Z' },
            { reportId: 'feed-earlier', text: '900', value: 900, unit: 'people', start: 20, end: 23, published: '2024-05-16T08:00:00Z' },
          ],
        },
        {
          measure: 'magnitude',
          status: 'diverging',
          gapPercent: 4.2,
          why: 'Both give the magnitude of the same earthquake on the same day.',
          mentions: [
            { reportId: null, text: '7.0', value: 7, unit: 'magnitude', start: 0, end: 3 },
            { reportId: 'feed-later', text: '7.3', value: 7.3, unit: 'magnitude', start: 30, end: 33 },
          ],
        },
      ],
    },
  });

  test('updated figures read earlier -> later with dates; why is shown; feed reports link out; summary only can be fetched', async () => {
    const url = `${server.origin}/display/plain.html`;
    const { page: tab, tabId } = await browser.openTab(url);
    await plant(tabId, planted(url));
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'ready');
    // Test contract.
    assert.equal(await popup.locator('[data-testid="figure"][data-status="updated"]').count(), 1);
    assert.equal(await popup.locator('[data-testid="figure"][data-status="diverging"]').count(), 1);
    assert.deepEqual(await popup.$$eval('[data-testid="related-report"]', (els) => els.map((e) => e.getAttribute('data-report-id'))), ['feed-later', 'feed-earlier']);
    // Updated: the earlier value first, each with its date.
    const updated = await popup.locator('[data-testid="figure"][data-status="updated"]').innerText();
    assert.match(updated, /900[\s\S]*May 16, 2024[\s\S]*→[\s\S]*1,200[\s\S]*May 17, 2024/);
    assert.match((await popup.locator('section.figures.updated h2').textContent()) ?? '', /^Updated/);
    // Why a diverging group was grouped.
    assert.equal(await popup.getByTestId('figure-why').innerText(), 'Both give the magnitude of the same earthquake on the same day.');
    // Feed reports: outlet and date, the original article, and the reader.
    const later = popup.locator('[data-report-id="feed-later"]');
    assert.match(await later.locator('.meta').innerText(), /^Example Wire · May 17, 2024$/);
    assert.equal(await later.locator('a.original').getAttribute('href'), FEED_URL);
    assert.equal(await later.locator('.report-title').getAttribute('title'), 'Open in the Parallax reader');
    assert.equal(await later.getByTestId('summary-only').innerText(), 'Summary only');
    assert.equal(await popup.locator('[data-report-id="feed-earlier"] [data-testid="summary-only"]').count(), 0);
    // Also on this topic: apart, collapsed, and never among the figures.
    const also = popup.getByTestId('also-on-topic');
    assert.equal(await also.evaluate((d) => (d as HTMLDetailsElement).open), false);
    assert.equal(await also.locator('[data-testid="also-on-topic-report"]').getAttribute('data-report-id'), 'feed-other');
    assert.equal(await popup.locator('[data-testid="figure"]').filter({ hasText: 'one year on' }).count(), 0);
    // "Fetch full article" sends fetchFullText and says what came of it.
    await later.getByTestId('fetch-full-text').click();
    await popup.waitForFunction(() => !/^(|Fetching…)$/.test(document.querySelector('.fetch-note')?.textContent ?? ''));
    assert.match(await later.locator('.fetch-note').innerText(), /\w/);
    await popup.close();
    await tab.close();
  });
});

describe('names, never ids', () => {
  test('an imported article without an outlet is named by its host; a year-1 date and bidi controls are dropped', async () => {
    const text = readFileSync(join(SEEDS_DIR, `${seed('003')}.txt`), 'utf8');
    await toBackground('importArticles', {
      fileName: 'display-test.json',
      articles: [{ title: '\u202E1.042$\u202C: Russia and China deepen ties', text, url: 'https://www.nytimes.com/2024/05/16/world/asia/putin-xi.html', published: '0001-01-01' }],
    });
    const { page: tab, tabId } = await browser.openTab(`${server.origin}/seed/${seed('004')}.html`);
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'ready');
    const all = await popup.locator('body').innerText();
    assert.doesNotMatch(all, /Report \d{3}|user-[0-9a-z]{6,}|\d{3}_[0-9a-f]{16}/, 'no internal id is shown');
    assert.doesNotMatch(all, /\bJan 1, 1\b|0001/);
    const user = popup.locator('[data-testid="related-report"][data-report-id^="user-"]');
    assert.equal(await user.count(), 1);
    assert.equal(await user.locator('.meta').innerText(), 'nytimes.com');
    assert.equal(await user.locator('.report-title').innerText(), '1.042$: Russia and China deepen ties');
    for (const id of seedIds().filter((s) => s !== seed('004'))) {
      assert.match(await popup.locator(`[data-report-id="${id}"] .meta`).innerText(), /^(Latest Global News|Demo article [1-5])$/);
    }
    await popup.close();
    await tab.close();
    // The options page lists it the same way: outlet from the host, no year-1 date, the title isolated.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    await options.waitForFunction(() => document.body.dataset.state === 'ready');
    const row = options.locator('[data-testid="user-article"]');
    assert.equal(await row.locator('.link').innerText(), '1.042$: Russia and China deepen ties');
    assert.equal(await row.locator('.link').getAttribute('dir'), 'auto');
    const meta = await row.locator('.meta').innerText();
    assert.match(meta, /^nytimes\.com/);
    assert.doesNotMatch(meta, /Jan 1, 1\b|0001/);
    // And the reader: outlet from the host, the title without controls, a link to the original.
    const id = await row.getAttribute('data-article-id');
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/src/reader/index.html?id=${id}`);
    await reader.waitForFunction(() => document.body.dataset.state === 'ready');
    assert.equal(await reader.locator('.kicker').innerText(), 'nytimes.com · from your articles');
    assert.equal(await reader.locator('h1').innerText(), '1.042$: Russia and China deepen ties');
    assert.equal(await reader.locator('.source a').getAttribute('href'), 'https://www.nytimes.com/2024/05/16/world/asia/putin-xi.html');
    await reader.close();
    await options.close();
  });
});
