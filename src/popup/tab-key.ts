// The key the background stores a tab's analysis under in storage.session (tabKey in
// src/background/tab-cache-store.ts). Pages may not import the background, so it is repeated here;
// tests/unit/popup-tab-key.test.ts keeps the two equal.
export const tabKey = (tabId: number): string => `tab:${tabId}`;
