// First run: a new install opens the welcome page (what Parallax does, that the bundled articles
// are a demo, how to get coverage). Updates and browser updates open nothing. Importing this module
// registers the listener (at the worker's first turn, as onInstalled requires).
import { browser } from '../shared/protocol.ts';

export const WELCOME_PAGE = 'src/welcome/index.html';

/** Whether an onInstalled event opens the welcome page: a fresh install only. Pure. */
export function welcomeOnInstalled(reason: string): 'open' | 'skip' {
  return reason === 'install' ? 'open' : 'skip';
}

browser.runtime.onInstalled.addListener((details) => {
  if (welcomeOnInstalled(details.reason) === 'open') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(() => undefined);
});
