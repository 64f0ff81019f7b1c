// End to end in real Chromium: the options page imports a folder of real articles into the user
// corpus (IndexedDB), the popup finds them as coverage of the same story, a malformed import is
// refused with file and line and leaves the stored corpus intact, and the popup adds a page.
// PARALLAX_SCREENSHOTS=<folder> also saves screenshots there: options.png (the page with articles in
// it, as in docs/), options-dark.png, options-refused.png, options-empty.png, popup-add.png.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { ROOT, startFixtureServer, type FixtureServer } from './fixture-server.ts';

const IMPORT = join(ROOT, 'tests/fixtures/import');
const ARTICLES = join(IMPORT, 'articles');
const ARTICLE_FILES = readdirSync(ARTICLES)
  .filter((f) => /\.(html|txt)$/.test(f))
  .sort()
  .map((f) => join(ARTICLES, f));
/** Imported from the folder: three of the four south-dakota-meth-campaign pages (zyte-dev pages.tsv). */
const SOUTH_DAKOTA = ['thehill-south-dakota-meth-campaign.html', 'nj-south-dakota-meth-campaign.html', 'spokesman-south-dakota-meth-campaign.html'];

let server: FixtureServer;
let browser: ExtensionBrowser;
let options: Page;
/** Title (as the options page lists it) by file name, and id by title. */
const titleOfFile = new Map<string, string>();

interface Row {
  id: string;
  title: string;
  meta: string;
}

async function rows(page = options): Promise<Row[]> {
  return page.$$eval('[data-testid="user-article"]', (els) =>
    els.map((e) => ({ id: e.getAttribute('data-article-id') ?? '', title: e.querySelector('.link')?.textContent ?? '', meta: e.querySelector('.meta')?.textContent ?? '' })),
  );
}
const sortedIds = async () => (await rows()).map((r) => r.id).sort();

async function waitState(page: Page, states: string[]): Promise<string> {
  await page.waitForFunction((s) => s.includes(document.body.dataset.state ?? ''), states, { timeout: 60_000 });
  return page.evaluate(() => document.body.dataset.state ?? '');
}

/** Sets files on one of the two inputs and waits for the import to end; returns the end state. */
async function importVia(input: 'import-files' | 'import-folder', files: string | string[]): Promise<string> {
  await options.evaluate(() => delete document.body.dataset.state);
  await options.setInputFiles(`[data-testid="${input}"]`, files);
  return waitState(options, ['imported', 'refused']);
}

async function shoot(page: Page, name: string, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  const dir = process.env.PARALLAX_SCREENSHOTS;
  if (!dir) return;
  if (page === options) await page.setViewportSize({ width: 1100, height: 900 });
  await page.emulateMedia({ colorScheme });
  await page.screenshot({ path: resolve(ROOT, dir, name), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openOptions(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await waitState(page, ['ready', 'error']);
  return page;
}

before(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension();
  options = await openOptions();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the user corpus in the options page', () => {
  test('starts empty', async () => {
    assert.equal(await options.evaluate(() => document.body.dataset.state), 'ready');
    assert.equal((await rows()).length, 0);
    assert.equal(await options.locator('#empty').isVisible(), true);
    assert.equal(await options.getByRole('button', { name: 'Export my articles' }).isDisabled(), true);
  });

  test('imports a folder of real articles picked as files', async () => {
    assert.equal(ARTICLE_FILES.length, 6);
    assert.equal(await importVia('import-files', ARTICLE_FILES), 'imported');
    const result = await options.getByTestId('import-result').innerText();
    assert.match(await options.locator('#import-status').innerText(), /You now have 6 articles\./);
    assert.match(result, /^Imported 6 articles from 6 files: 6 new\.$/);
    const listed = await rows();
    assert.equal(listed.length, 6);
    for (const r of listed) assert.match(r.id, /^user-[0-9a-z]{11}$/);
    // Each file became its article: Readability's title for pages, the first line for the .txt.
    const expectTitles: Record<string, RegExp> = {
      'thehill-south-dakota-meth-campaign.html': /^South Dakota governor doubles down on 'meth, we're on it' anti-drug campaign$/,
      'nj-south-dakota-meth-campaign.html': /^South Dakota doubles down on ‘Meth\. We’re on it\.’/,
      'spokesman-south-dakota-meth-campaign.html': /Meth/,
      'livescience-feather-duvet-lung.html': /Feather/i,
      'phys-esa-astronaut-hibernation.html': /[Hh]ibernat/,
      'venturebeat-wework-investigation.txt': /^New York State Attorney General investigating WeWork and former CEO$/,
    };
    for (const [file, re] of Object.entries(expectTitles)) {
      const r = listed.find((x) => re.test(x.title) && !titleOfFile.has(x.title));
      assert.ok(r, `no row for ${file} (${re}); rows: ${listed.map((x) => x.title).join(' | ')}`);
      titleOfFile.set(file, r.title);
    }
    const hill = listed.find((r) => r.title === titleOfFile.get(SOUTH_DAKOTA[0]!))!;
    assert.match(hill.meta, /The Hill/);
    assert.match(hill.meta, /Nov 19, 2019|19 Nov 2019/);
    assert.equal(await options.getByTestId('stat-articles').innerText(), '6');
    assert.match(await options.getByTestId('stat-bytes').innerText(), /\d+(\.\d)? KB/);
    assert.match(await options.getByTestId('stat-storage').innerText(), /^[\d.]+ [KMG]?B used of [\d.,]+ [KMGT]?B/);
  });

  test('the popup lists the imported reports of the same story', async () => {
    const listed = await rows();
    const idOf = (file: string) => listed.find((r) => r.title === titleOfFile.get(file))!.id;
    const { page, tabId } = await browser.openTab(`${server.origin}/fixtures/zyte-dev/776a1c0467/`); // USA Today, the 4th page
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'ready');
    const related = await popup.$$eval('[data-testid="related-report"]', (els) => els.map((e) => e.getAttribute('data-report-id') ?? ''));
    const sameStory = SOUTH_DAKOTA.map(idOf);
    const found = SOUTH_DAKOTA.filter((f) => related.includes(idOf(f)));
    console.log(`popup on the USA Today page lists ${found.length} of the 3 imported same-story pages: ${found.join(', ')}`);
    // Every imported report it lists is one of the same story, and it lists The Hill and NJ.com.
    // The Spokesman-Review piece (Spokane ad agencies on the campaign) is a borderline match: listed
    // here today, but not required.
    for (const id of related.filter((x) => x.startsWith('user-'))) assert.ok(sameStory.includes(id), `${id} is not of the same story`);
    assert.ok(related.includes(idOf(SOUTH_DAKOTA[0]!)), 'The Hill is listed');
    assert.ok(related.includes(idOf(SOUTH_DAKOTA[1]!)), 'NJ.com is listed');
    await popup.close();
    await page.close();
  });

  test('a malformed file is refused with its file, line and reason, and the stored corpus is intact', async () => {
    const before = await sortedIds();
    assert.equal(await importVia('import-files', join(IMPORT, 'malformed/bad-line-3.jsonl')), 'refused');
    const errors = await options.getByTestId('import-error').innerText();
    assert.match(errors, /bad-line-3\.jsonl, line 3, column \d+: not valid JSON/);
    assert.match(await options.locator('#import-status').innerText(), /Nothing was imported\..*Your articles are unchanged/s);
    assert.deepEqual(await sortedIds(), before);
    // The page is not fooling itself: a fresh page reads the same store.
    const fresh = await openOptions();
    assert.deepEqual((await rows(fresh)).map((r) => r.id).sort(), before);
    await fresh.close();
  });

  test('one bad file refuses the whole selection: the good files are not stored either', async () => {
    const before = await sortedIds();
    const files = [join(IMPORT, 'articles.jsonl'), join(IMPORT, 'malformed/missing-title.json'), join(IMPORT, 'malformed/trailing-comma.json')];
    assert.equal(await importVia('import-files', files), 'refused');
    const items = await options.locator('[data-testid="import-error"] li').allInnerTexts();
    assert.deepEqual(items, [
      'missing-title.json, line 6: article 2: the article has no "title"',
      'trailing-comma.json, line 5, column 3: not valid JSON: a comma before "}" (remove the trailing comma)',
    ]);
    assert.match(await options.locator('#import-status').innerText(), /2 files could not be imported, so none of the 3 files were stored/);
    assert.deepEqual(await sortedIds(), before);
    await shoot(options, 'options-refused.png');
  });

  test('re-importing the folder with the folder picker replaces the articles instead of doubling them', async () => {
    const before = await sortedIds();
    assert.equal(await importVia('import-folder', ARTICLES), 'imported');
    assert.match(await options.getByTestId('import-result').innerText(), /^Imported 6 articles from 6 files: 6 updated \(already among your articles\)\.$/);
    assert.match(await options.getByTestId('import-skipped').innerText(), /Skipped 1 file that is not an article format: articles\/README\.md\./);
    assert.deepEqual(await sortedIds(), before);
    await shoot(options, 'options.png');
    await shoot(options, 'options-dark.png', 'dark');
  });

  test('markup in imported fields is shown as text, never run or rendered', async () => {
    assert.equal(await importVia('import-files', join(IMPORT, 'hostile-titles.jsonl')), 'imported');
    const hostile = (await rows()).find((r) => r.title.includes('Hostile'));
    assert.equal(hostile?.title, `<img src=x onerror="document.title='pwned'"> Hostile <b>title</b>`);
    assert.match(hostile.meta, /<em>Outlet<\/em>/);
    assert.equal(await options.locator('#articles img, #articles b, #articles em, #articles script').count(), 0);
    assert.equal(await options.title(), 'Parallax: settings');
  });

  test('"Add this page to my articles" in the popup stores the page', async () => {
    const phys = (await rows()).find((r) => r.title === titleOfFile.get('phys-esa-astronaut-hibernation.html'))!;
    const url = `${server.origin}/fixtures/zyte-dev/b37be3535e/`; // CTV News, same story as the imported phys.org page
    const { page, tabId } = await browser.openTab(url);
    const { popup, state } = await browser.openPopup(tabId);
    assert.equal(state, 'ready');
    const related = await popup.$$eval('[data-testid="related-report"]', (els) => els.map((e) => e.getAttribute('data-report-id')));
    assert.ok(related.includes(phys.id), 'the imported phys.org report is listed');
    await popup.getByTestId('add-to-corpus').click();
    const note = popup.getByTestId('add-to-corpus-result');
    await popup.waitForFunction(() => ['added', 'failed'].includes(document.querySelector<HTMLElement>('[data-testid="add-to-corpus-result"]')?.dataset.result ?? ''));
    assert.match(await note.innerText(), /^Added to your articles: Snooze cruise/);
    await shoot(popup, 'popup-add.png');
    await popup.close();

    // The options page shows it (it refreshes when it is looked at again; a reload is the same).
    await options.reload();
    await waitState(options, ['ready']);
    const added = (await rows()).find((r) => r.title.startsWith('Snooze cruise'));
    assert.ok(added, 'the page is listed in the options page');
    assert.equal((await rows()).length, 8);

    // Analysed again, the page is now itself in the corpus (cached analyses were dropped).
    const again = await browser.openPopup(tabId);
    assert.equal(await again.popup.getByTestId('in-corpus').count(), 1);
    const relatedAgain = await again.popup.$$eval('[data-testid="related-report"]', (els) => els.map((e) => e.getAttribute('data-report-id')));
    assert.ok(!relatedAgain.includes(added.id), 'not listed as related to itself');
    await again.popup.close();
    await page.close();
  });

  test('export, remove one, and import the export again', async () => {
    const before = await sortedIds();
    const downloadPromise = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export my articles' }).click();
    const download = await downloadPromise;
    assert.match(download.suggestedFilename(), /^parallax-corpus-\d{4}-\d{2}-\d{2}\.json$/);
    const dir = mkdtempSync(join(tmpdir(), 'parallax-export-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(exported.format, 'parallax-corpus');
    assert.equal(exported.articles.length, before.length);

    const victim = (await rows())[0]!;
    await options.getByRole('button', { name: `Remove “${victim.title}”` }).click();
    await options.waitForFunction((n) => document.querySelectorAll('[data-testid="user-article"]').length === n, before.length - 1);
    assert.match(await options.getByTestId('remove-result').innerText(), /^Removed “.*” from your articles\.$/);
    assert.ok(!(await sortedIds()).includes(victim.id));

    assert.equal(await importVia('import-files', file), 'imported');
    assert.match(await options.getByTestId('import-result').innerText(), new RegExp(`^Imported ${before.length} articles from 1 file: 1 new, ${before.length - 1} updated\\.$`));
    assert.deepEqual(await sortedIds(), before);
    rmSync(dir, { recursive: true, force: true });
  });

  test('remove all asks first, then empties the corpus', async () => {
    await options.getByTestId('remove-all').click();
    assert.match(await options.locator('#confirm').innerText(), /Remove all 8 articles from your articles\? This cannot be undone\./);
    await options.getByRole('button', { name: 'Cancel' }).click();
    assert.equal((await rows()).length, 8);
    await options.getByTestId('remove-all').click();
    await options.getByTestId('confirm-remove-all').click();
    await options.waitForFunction(() => document.querySelectorAll('[data-testid="user-article"]').length === 0);
    assert.equal(await options.locator('#empty').isVisible(), true);
    assert.equal(await options.getByTestId('stat-articles').innerText(), '0');
    await shoot(options, 'options-empty.png');
  });
});

describe('importing hostile HTML', () => {
  // A saved page that tries everything a live document would run or load. The options page parses
  // imports with DOMParser: nothing may run, nothing may be requested, nothing may be logged.
  test('runs nothing, loads nothing and logs nothing', async () => {
    const hits: string[] = [];
    const bait = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('');
    });
    await new Promise<void>((r) => bait.listen(0, '127.0.0.1', r));
    const at = `http://127.0.0.1:${(bait.address() as AddressInfo).port}`;
    const prose = '<p>Officials said bilateral trade reached $227.8 billion last year, up from the year before, and talks resume in May.</p>'.repeat(12);
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile page | Bait News</title>
<link rel="stylesheet" href="${at}/style.css"><link rel="preload" as="image" href="${at}/preload.png"><link rel="icon" href="${at}/icon.png">
<script src="${at}/script.js"></script><script>window.pwned = 'script'; fetch('${at}/inline-script');</script>
<meta http-equiv="refresh" content="0; url=${at}/refresh"><style>body { background: url(${at}/background.png) }</style></head>
<body onload="window.pwned = 'body'; fetch('${at}/onload')">
<article><h1 onmouseover="window.pwned = 'hover'">Hostile page</h1>
<img src="${at}/image.png" onerror="window.pwned = 'img'; fetch('${at}/onerror')"><img src="x" onerror="window.pwned = 'img2'">
<svg onload="window.pwned = 'svg'"><image href="${at}/svg.png"/></svg><iframe src="${at}/frame.html"></iframe>
<object data="${at}/object.bin"></object><video poster="${at}/poster.png" src="${at}/video.mp4"></video>
<p><a href="javascript:window.pwned='link'">a javascript: link</a> <a href="${at}/page">a link</a></p>
${prose}</article></body></html>`;
    const dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
    const file = join(dir, 'hostile.html');
    writeFileSync(file, html);
    const logged: string[] = [];
    const requested: string[] = [];
    const onConsole = (m: { type(): string; text(): string }) => {
      if (m.type() === 'error' || m.type() === 'warning') logged.push(`${m.type()}: ${m.text()}`);
    };
    const onError = (e: Error) => logged.push(`pageerror: ${e.message}`);
    const onRequest = (r: { url(): string }) => {
      if (!r.url().startsWith('chrome-extension://')) requested.push(r.url());
    };
    options.on('console', onConsole);
    options.on('pageerror', onError);
    browser.context.on('request', onRequest);
    try {
      assert.equal(await importVia('import-files', file), 'imported');
      assert.match(await options.getByTestId('import-result').innerText(), /^Imported 1 article from 1 file/);
      await new Promise((r) => setTimeout(r, 500)); // time for a stray image or handler to fire
      assert.deepEqual(logged, []);
      assert.deepEqual(requested, []);
      assert.deepEqual(hits, []);
      assert.equal(await options.evaluate(() => (window as { pwned?: string }).pwned), undefined);
      assert.equal(await options.title(), 'Parallax: settings');
    } finally {
      options.off('console', onConsole);
      options.off('pageerror', onError);
      browser.context.off('request', onRequest);
      await new Promise((r) => bait.close(r));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the content security policy', () => {
  // connect-src 'self' https: http: (manifest.json): sources the user follows are any http(s) site,
  // every other scheme is refused by the browser itself.
  test('extension pages may fetch http(s) and their own files, and no other scheme', async () => {
    const tryFetch = (url: string) =>
      options.evaluate(async (u) => {
        try {
          await fetch(u);
          return 'fetched';
        } catch {
          return 'refused';
        }
      }, url);
    assert.equal(await tryFetch(`${server.origin}/seed/004.html`), 'fetched');
    assert.equal(await tryFetch(`chrome-extension://${browser.extensionId}/manifest.json`), 'fetched');
    assert.equal(await tryFetch('data:text/plain,x'), 'refused');
    // A WebSocket fails either way here; the browser's own report says it was the policy.
    const violated = await options.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(`${e.effectiveDirective} ${e.blockedURI}`), { once: true });
          try {
            new WebSocket(url);
          } catch {
            // refused at once in some versions; the event still tells why
          }
          setTimeout(() => resolve('no violation'), 2000);
        }),
      server.origin.replace('http:', 'ws:'),
    );
    assert.match(violated, /^connect-src ws:\/\/127\.0\.0\.1/);
  });
});
