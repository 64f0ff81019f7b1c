// Per-tab analysis kept in storage.session: survives a stopped service worker, gone with the browser.
import { browser, type TabAnalysis } from '../shared/protocol.ts';

const key = (tabId: number) => `tab:${tabId}`;

export async function readTabCache(tabId: number): Promise<TabAnalysis | undefined> {
  const got = await browser.storage.session.get(key(tabId));
  return got[key(tabId)] as TabAnalysis | undefined;
}

export async function writeTabCache(tabId: number, value: TabAnalysis): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: value });
}

export async function clearTabCache(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Every tab's result was made against the old corpus once the user's corpus changes. */
export async function clearAllTabCaches(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const keys = Object.keys(all).filter((k) => /^tab:\d+$/.test(k));
  if (keys.length) await browser.storage.session.remove(keys);
}
