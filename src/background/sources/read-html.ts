// Reads a fetched HTML page for its article and feed links. Firefox's background page has
// DOMParser; Chrome's service worker does not, so there an offscreen document does it.
import { readHtmlDocument, type HtmlReading } from '../../offscreen/read-html-document.ts';

declare const __PARALLAX_BACKGROUND_HAS_DOM__: boolean | undefined;
/** Set by the build (vite.config.ts), so each browser's bundle keeps one of the two ways; else asked at run time. */
const backgroundHasDom = typeof __PARALLAX_BACKGROUND_HAS_DOM__ === 'undefined' ? typeof DOMParser === 'function' : __PARALLAX_BACKGROUND_HAS_DOM__;

const OFFSCREEN_URL = 'src/offscreen/index.html';
const OFFSCREEN_MESSAGE = 'parallax-read-html';
let creating: Promise<void> | undefined;

/**
 * One check-and-create at a time, shared by every concurrent caller: a caller that saw the document
 * listed while another was still creating it could message it before its listener existed, and the
 * page was then kept as "summary only" (the Chromium sources test caught it one run in two).
 */
function ensureOffscreen(): Promise<void> {
  creating ??= (async () => {
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] });
    if (contexts.length) return;
    await chrome.offscreen
      .createDocument({ url: OFFSCREEN_URL, reasons: ['DOM_PARSER' as chrome.offscreen.Reason], justification: 'Read the articles of followed news sources' })
      .catch((e: unknown) => {
        if (!/single offscreen/i.test((e as Error).message)) throw e;
      });
  })().finally(() => (creating = undefined));
  return creating;
}

type Reply = { value: HtmlReading } | { error: string } | undefined;

async function askOffscreen(html: string, url: string): Promise<Reply> {
  await ensureOffscreen();
  return (await chrome.runtime.sendMessage({ type: OFFSCREEN_MESSAGE, html, url })) as Reply;
}

export async function readHtml(html: string, url: string): Promise<HtmlReading> {
  if (backgroundHasDom) {
    return readHtmlDocument(html, url);
  }
  // A document still loading has no listener yet: no answer, or "Receiving end does not exist". Once more, shortly after.
  let reply = await askOffscreen(html, url).catch(() => undefined);
  if (!reply) {
    await new Promise((r) => setTimeout(r, 200));
    reply = await askOffscreen(html, url);
  }
  if (!reply) throw new Error('the page reader did not answer');
  if ('error' in reply) throw new Error(reply.error);
  return reply.value;
}
