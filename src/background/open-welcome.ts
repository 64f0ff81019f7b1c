// First run: a new install opens the welcome page (what Parallax does, that the bundled articles
// are a demo, how to get coverage). Updates and browser updates open nothing. Importing this module
// registers the listener (at the worker's first turn, as onInstalled requires).
import { browser } from '../shared/protocol.ts';

export const WELCOME_PAGE = 'src/welcome/index.html';

/** Set by the build (vite.config.ts): true only in Firefox's test build. */
declare const __PARALLAX_NO_WELCOME_TAB__: boolean | undefined;
const NO_WELCOME_TAB = typeof __PARALLAX_NO_WELCOME_TAB__ !== 'undefined' && __PARALLAX_NO_WELCOME_TAB__;

/** Whether an onInstalled event opens the welcome page: a fresh install only. Pure. */
export function welcomeOnInstalled(reason: string): 'open' | 'skip' {
  return reason === 'install' ? 'open' : 'skip';
}

browser.runtime.onInstalled.addListener((details) => {
  if (!NO_WELCOME_TAB && welcomeOnInstalled(details.reason) === 'open') void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(() => undefined);
});
