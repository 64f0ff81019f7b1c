// Reads a fetched HTML page for its article and feed links. Firefox's background page has
// DOMParser; Chrome's service worker does not, so there an offscreen document does it.
import { readHtmlDocument, type HtmlReading } from '../../offscreen/read-html-document.ts';

const OFFSCREEN_URL = 'src/offscreen/index.html';
const OFFSCREEN_MESSAGE = 'parallax-read-html';
let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] });
  if (contexts.length) return;
  creating ??= chrome.offscreen
    .createDocument({ url: OFFSCREEN_URL, reasons: ['DOM_PARSER' as chrome.offscreen.Reason], justification: 'Read the articles of followed news sources' })
    .catch((e: unknown) => {
      if (!/single offscreen/i.test((e as Error).message)) throw e;
    })
    .finally(() => (creating = undefined));
  await creating;
}

export async function readHtml(html: string, url: string): Promise<HtmlReading> {
  if (typeof DOMParser === 'function') {
    return readHtmlDocument(html, url);
  }
  await ensureOffscreen();
  const reply = (await chrome.runtime.sendMessage({ type: OFFSCREEN_MESSAGE, html, url })) as { value: HtmlReading } | { error: string } | undefined;
  if (!reply) throw new Error('the page reader did not answer');
  if ('error' in reply) throw new Error(reply.error);
  return reply.value;
}
