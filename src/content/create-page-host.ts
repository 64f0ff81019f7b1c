// The one element Parallax adds to a page: the first child of <html>, outside <body>, so the page's
// text (document.body.innerText) never changes, and first in the page's Tab order, so a keyboard
// reader reaches the figures from the top of the page (appended last, they came after every link of
// the page: tab stop 272 on one real page). Its CLOSED shadow root holds everything else (the figure
// anchors, the card, the focus ring, notes): page CSS cannot reach in, its CSS cannot leak out, and
// page scripts see an empty element. Nothing goes in its light DOM.

export const HOST_TAG = 'parallax-host';
/** On <html>, in the test build only: the shadow root is open, so axe can check the card. */
export const TEST_OPEN_SHADOW_ATTR = 'data-parallax-test-open-shadow';

declare const __PARALLAX_TEST_BUILD__: boolean | undefined;
const testBuild = typeof __PARALLAX_TEST_BUILD__ !== 'undefined' && __PARALLAX_TEST_BUILD__;

export interface PageHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

/** Styles a shadow root with a constructed sheet; a <style> element where that is refused. */
function styleShadow(doc: Document, shadow: ShadowRoot, css: string): void {
  try {
    const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // Older engines, or a content-script sandbox that will not hand the sheet over.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

export function createPageHost(doc: Document, css: string): PageHost {
  const host = doc.createElement(HOST_TAG);
  // CSSOM, not a style attribute: not subject to a page's style-src policy.
  const s = host.style;
  for (const [k, v] of [
    ['all', 'initial'],
    ['display', 'block'],
    ['position', 'absolute'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['overflow', 'visible'],
    ['z-index', '2147483647'],
    ['contain', 'style'],
  ] as const) {
    s.setProperty(k, v, 'important');
  }
  const open = testBuild && doc.documentElement.hasAttribute(TEST_OPEN_SHADOW_ATTR);
  const shadow = host.attachShadow({ mode: open ? 'open' : 'closed' });
  styleShadow(doc, shadow, css);
  doc.documentElement.prepend(host);
  return {
    host,
    shadow,
    remove: () => host.remove(),
  };
}
