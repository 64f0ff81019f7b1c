// Only a fresh install opens the welcome page: updates and browser updates do not.
import { expect, test, vi } from 'vitest';

const listeners: Array<(d: { reason: string }) => void> = [];
const create = vi.fn(() => Promise.resolve());
vi.mock('../../src/shared/protocol.ts', () => ({
  browser: {
    runtime: { onInstalled: { addListener: (f: (d: { reason: string }) => void) => listeners.push(f) }, getURL: (p: string) => `chrome-extension://id/${p}` },
    tabs: { create },
  },
}));

const { welcomeOnInstalled, WELCOME_PAGE } = await import('../../src/background/open-welcome.ts');

test.each([
  ['install', 'open'],
  ['update', 'skip'],
  ['browser_update', 'skip'],
  ['chrome_update', 'skip'],
  ['shared_module_update', 'skip'],
])('%s -> %s', (reason, decision) => {
  expect(welcomeOnInstalled(reason)).toBe(decision);
});

test('the listener is registered on import and opens the page on install only', () => {
  expect(listeners).toHaveLength(1);
  listeners[0]!({ reason: 'update' });
  expect(create).not.toHaveBeenCalled();
  listeners[0]!({ reason: 'install' });
  expect(create).toHaveBeenCalledWith({ url: `chrome-extension://id/${WELCOME_PAGE}` });
});
