// Per-tab analysis kept in storage.session: survives a stopped service worker, gone with the browser.
// Within the quota (oldest entries evicted, else kept in memory): src/background/tab-cache-store.ts.
import { browser, type TabAnalysis } from '../shared/protocol.ts';
import { TabCache } from './tab-cache-store.ts';

const cache = new TabCache<TabAnalysis>(browser.storage.session);

export function readTabCache(tabId: number): Promise<TabAnalysis | undefined> {
  return cache.read(tabId);
}

/** Never throws: a result that does not fit storage is kept in this worker's memory. */
export function writeTabCache(tabId: number, value: TabAnalysis): Promise<void> {
  return cache.write(tabId, value);
}

export function clearTabCache(tabId: number): Promise<void> {
  return cache.clear(tabId);
}

/** Clears the tab's entry unless `keep(entry)`; true when it was cleared. */
export function clearTabCacheUnless(tabId: number, keep: (cached: TabAnalysis) => boolean): Promise<boolean> {
  return cache.clearUnless(tabId, keep);
}

/** Every tab's result was made against the old corpus once the user's corpus changes. */
export function clearAllTabCaches(): Promise<void> {
  return cache.clearAll();
}
