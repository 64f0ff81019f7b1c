// The content script of a tab: injected on demand, asked whether it is alive, told to paint.
import { browser, sendToTab, type TabAnalysis } from '../shared/protocol.ts';
import { buildHighlightRequest } from './build-highlight-request.ts';

const CONTENT_SCRIPT = 'src/content/index.js';

export async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    // Idempotent: a second injection finds the first instance serving and does nothing.
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
    return true;
  } catch {
    return false; // restricted page, PDF viewer, or no permission for this tab
  }
}

/** The content script is in the page (it is gone after a reload or a navigation). */
export async function contentScriptAlive(tabId: number): Promise<boolean> {
  try {
    return (await sendToTab(tabId, 'ping', null)) === 'pong';
  } catch {
    return false;
  }
}

/** The tab's address now, or undefined when the tab is gone or its address is hidden. */
export async function currentUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

export async function paintHighlights(tabId: number, analysis: TabAnalysis, on: boolean): Promise<boolean> {
  if (analysis.state === 'unsupported') return false;
  try {
    await sendToTab(tabId, 'highlight', buildHighlightRequest(analysis.result, on));
    return true;
  } catch {
    return false; // The page went away or navigated; the analysis itself still stands.
  }
}
