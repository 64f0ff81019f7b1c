// Which tabs Parallax can read. Browser pages and store pages refuse content scripts; PDFs have
// no article DOM. A pure decision so the popup's "unsupported" message is predictable and tested.

export type PageKind = 'web' | 'browser-page' | 'pdf';

const STORE_HOSTS = new Set(['chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

export function classifyPageUrl(url: string | undefined): PageKind {
  if (!url) return 'browser-page';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') return 'browser-page';
  if (u.protocol !== 'file:' && STORE_HOSTS.has(u.hostname)) return 'browser-page';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return 'web';
}
