// Real headless Chromium (Debian's) with the built test extension loaded, driven by playwright-core.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ROOT } from './fixture-server.ts';

export const CHROME_TEST_BUILD = resolve(ROOT, 'dist/chrome-test');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens `url` in a tab and returns the page plus its tab id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** Opens the popup for a tab, as the toolbar button would; resolves once it leaves `loading`. */
  openPopup(tabId: number): Promise<{ popup: Page; state: string; ms: number }>;
  close(): Promise<void>;
}

export async function launchWithExtension(dir = CHROME_TEST_BUILD): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Nothing leaves the machine: fixture pages reference CDNs and trackers; refuse them.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // A new install opens the welcome page (src/background/open-welcome.ts): let it arrive now, so
  // openTab's "the tab that was not there before" never takes it for the tab it opens.
  const isWelcome = (p: Page) => p.url().includes('/src/welcome/');
  if (!context.pages().some(isWelcome)) await context.waitForEvent('page', { predicate: isWelcome, timeout: 5_000 }).catch(() => undefined);

  // The service worker may have been stopped (cold-start tests): wake it through an extension page.
  async function liveWorker(): Promise<Worker> {
    const running = context.serviceWorkers()[0];
    if (running) return running;
    const waking = context.waitForEvent('serviceworker', { timeout: 15_000 });
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/src/reader/index.html?id=wake`).catch(() => undefined);
    const w = await waking;
    await page.close();
    return w;
  }
  const tabIds = async () => (await liveWorker()).evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id!));

  return {
    context,
    extensionId,
    worker,
    async openTab(url) {
      // Tab URLs of pages without host permission are hidden from the extension, so the new tab
      // is found as the one id that was not there before.
      const before = new Set(await tabIds());
      const page = await context.newPage();
      let tabId: number | undefined;
      for (let i = 0; i < 50 && tabId === undefined; i++) {
        tabId = (await tabIds()).find((id) => !before.has(id));
        if (tabId === undefined) await new Promise((r) => setTimeout(r, 100));
      }
      if (tabId === undefined) throw new Error(`no tab was opened for ${url}`);
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return { page, tabId };
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      const t0 = performance.now();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.waitForFunction(() => document.body.dataset.state !== 'loading', null, { timeout: 20_000 });
      const ms = performance.now() - t0;
      const state = await popup.evaluate(() => document.body.dataset.state ?? '');
      return { popup, state, ms };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Sends messages to the background from an extension page, as the popup does (the protocol's
 * envelope); the page is opened on first use.
 */
export function backgroundMessenger(browser: ExtensionBrowser): <T>(type: string, payload: unknown) => Promise<T> {
  let ext: Page | undefined;
  return async <T>(type: string, payload: unknown): Promise<T> => {
    if (!ext) {
      ext = await browser.context.newPage();
      await ext.goto(`chrome-extension://${browser.extensionId}/src/reader/index.html`);
    }
    const reply = (await ext.evaluate(([ty, p]) => chrome.runtime.sendMessage({ parallax: 1, type: ty, payload: p }), [type, payload] as const)) as { value: T } | { error: string };
    if ('error' in reply) throw new Error(reply.error);
    return reply.value;
  };
}
