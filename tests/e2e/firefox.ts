// Real headless Firefox ESR with the built test extension, driven by puppeteer-core over WebDriver
// BiDi. The add-on gets a fixed internal UUID (pref) so its pages have a known moz-extension:// URL.
// Everything but 127.0.0.1/localhost goes to a dead proxy: tests never touch the internet.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, startFixtureServer, type FixtureServer } from './fixture-server.ts';

export const FIREFOX_TEST_BUILD = resolve(ROOT, 'dist/firefox-test');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const ADDON_ID = 'parallax@parallax-news.org';
export const ADDON_UUID = '7a3c1f0e-2b4d-4e6f-8a9b-0c1d2e3f4a5b';
const ORIGIN = `moz-extension://${ADDON_UUID}`;

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** An extension page (the reader, idle) for calls to `browser.*` and the background. */
  ext: Page;
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens the popup for a tab as a page; resolves once it leaves `loading`. */
  openPopup(tabId: number): Promise<{ popup: Page; state: string }>;
  /** Opens an extension page (path under the add-on's origin); resolves once `ready` (a JS expression) holds in it. */
  openPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Why Firefox tests cannot run here, or null when they can. On CI (which installs Firefox ESR
 * and builds first) a missing browser or build is a failure, never a quiet skip.
 */
export function firefoxUnavailable(): string | null {
  let why: string | null = null;
  if (!existsSync(FIREFOX)) why = `no Firefox at ${FIREFOX} (set FIREFOX_PATH)`;
  else if (!existsSync(resolve(FIREFOX_TEST_BUILD, 'manifest.json'))) why = `no Firefox test build at ${FIREFOX_TEST_BUILD} (run npm run build:test)`;
  if (why && process.env.CI) throw new Error(`Firefox tests must run on CI: ${why}`);
  return why;
}

/** Launch failures skip locally but fail on CI. */
export function firefoxLaunchFailed(e: unknown): string {
  const why = `Firefox could not be launched with the extension: ${(e as Error).message}`;
  if (process.env.CI) throw new Error(why);
  return why;
}

/**
 * Opens an extension page. A goto to moz-extension:// never resolves over BiDi, and a waitForFunction
 * begun in about:blank can stay bound to that first document once the navigation replaces it (it then
 * fails with "Waiting failed" on every retry until the deadline). So poll with short evaluations
 * instead, each bounded, each in whatever document the page holds at that moment.
 */
async function openExtensionPage(browser: Browser, path: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${ORIGIN}/${path}`).catch(() => undefined);
  // Generous: a first analysis in a busy background page has been seen to take over 30 s on a loaded CI machine.
  const deadline = Date.now() + 60_000;
  let last = 'not evaluated yet';
  while (Date.now() < deadline) {
    const probe = page.evaluate(`location.protocol === 'moz-extension:' && Boolean(${ready})`).then(
      (ok) => (ok === true ? 'ready' : `not ready in ${page.url()}`),
      (e: unknown) => `evaluation failed: ${(e as Error).message}`,
    );
    last = await Promise.race([probe, sleep(2_000).then(() => 'evaluation did not answer within 2 s')]);
    if (last === 'ready') return page;
    await sleep(50);
  }
  throw new Error(`${path} was not ready within 60 s (last probe: ${last})`);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function launchFirefoxWithExtension(dir = FIREFOX_TEST_BUILD): Promise<FirefoxExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.socks_remote_dns': true,
      'network.proxy.no_proxies_on': '127.0.0.1,localhost',
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
    },
  });
  try {
    await browser.installExtension(dir);
    const ext = await openExtensionPage(browser, 'src/reader/index.html', "document.readyState === 'complete'");
    const tabIds = (): Promise<Array<{ id: number; url: string }>> =>
      ext.evaluate(async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        return (await api.tabs.query({})).map((t) => ({ id: t.id!, url: t.url ?? '' }));
      });
    return {
      browser,
      ext,
      async openTab(url) {
        const before = new Set((await tabIds()).map((t) => t.id));
        const page = await browser.newPage();
        await page.goto(url, { waitUntil: 'load' });
        const tab = (await tabIds()).find((t) => !before.has(t.id) && t.url === url);
        if (!tab) throw new Error(`no tab found for ${url}`);
        return { page, tabId: tab.id };
      },
      async openPopup(tabId) {
        const popup = await openExtensionPage(browser, `src/popup/index.html?tab=${tabId}`, "document.body && document.body.dataset.state && document.body.dataset.state !== 'loading'");
        return { popup, state: await popup.evaluate(() => document.body.dataset.state ?? '') };
      },
      openPage: (path, ready) => openExtensionPage(browser, path, ready),
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

export interface FirefoxSuite {
  /** Why the suite's tests skip (never on CI, where a missing Firefox fails instead), or null. */
  why: string | null;
  ff?: FirefoxExtensionBrowser;
  server?: FixtureServer;
}

/** Registers before/after hooks that start the fixture server and Firefox with the test build. */
export function firefoxSuite(name: string): FirefoxSuite {
  const suite: FirefoxSuite = { why: firefoxUnavailable() };
  before(async () => {
    if (suite.why) return console.log(`${name} skipped: ${suite.why}`);
    suite.server = await startFixtureServer();
    try {
      suite.ff = await launchFirefoxWithExtension();
    } catch (e) {
      suite.why = firefoxLaunchFailed(e);
      console.log(`${name} skipped: ${suite.why}`);
    }
  });
  after(async () => {
    await suite.ff?.close();
    await suite.server?.close();
  });
  return suite;
}
