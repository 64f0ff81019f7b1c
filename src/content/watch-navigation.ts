// Notices when a page moves to another article in place (history.pushState/replaceState, back and
// forward). pushState fires no event that a content script's isolated world can hear, so this
// listens where it can (popstate, the Navigation API's currententrychange) and also compares
// location.href on a light interval. A change of #fragment alone is not a new article.

export const POLL_MS = 700;

/** The URL without its fragment: what identifies the article. */
export function articleUrl(href: string): string {
  const i = href.indexOf('#');
  return i === -1 ? href : href.slice(0, i);
}

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export function watchNavigation(win: Window, onNavigate: (url: string) => void, signal: AbortSignal): void {
  let last = articleUrl(win.location.href);
  const check = () => {
    if (signal.aborted) return;
    const now = articleUrl(win.location.href);
    if (now === last) return;
    last = now;
    onNavigate(win.location.href);
  };
  win.addEventListener('popstate', check, { signal });
  win.addEventListener('hashchange', check, { signal });
  const nav = (win as Window & { navigation?: NavigationLike }).navigation;
  // Fired after pushState/replaceState too; queued so location.href is already the new one.
  nav?.addEventListener?.('currententrychange', () => win.setTimeout(check, 0), { signal });
  const timer = win.setInterval(check, POLL_MS);
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
}
