// Notices when a page moves to another article in place (history.pushState/replaceState, back and
// forward). A change of #fragment alone is not a new article. pushState fires no event that a content
// script's isolated world can hear, except the Navigation API's currententrychange: where that API
// exists it is all this needs (with popstate and hashchange). Elsewhere (older Firefox) location.href is
// compared on a light interval, but only while someone cares (highlights painted, a note showing):
// `setPolling`.
import { articleUrl } from '../core/page/same-article-url.ts';

export const POLL_MS = 700;

interface NavigationLike extends EventTarget {
  currentEntry?: unknown;
}

export interface NavigationWatch {
  /** Whether changes are seen without polling (the Navigation API is there). */
  readonly eventDriven: boolean;
  /**
   * Polls location.href while `on` (only where the Navigation API is missing). Turning it on takes
   * the current URL as the article's: a move made while nobody watched is not reported late.
   */
  setPolling(on: boolean): void;
  /** Whether the interval runs now. */
  readonly polling: boolean;
}

export function watchNavigation(win: Window, onNavigate: (url: string) => void, signal: AbortSignal): NavigationWatch {
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
  const eventDriven = typeof nav?.addEventListener === 'function';
  // Fired after pushState/replaceState too; queued so location.href is already the new one.
  if (eventDriven) nav!.addEventListener('currententrychange', () => win.setTimeout(check, 0), { signal });

  let timer: number | undefined;
  const stop = () => {
    if (timer !== undefined) win.clearInterval(timer);
    timer = undefined;
  };
  signal.addEventListener('abort', stop, { once: true });
  return {
    eventDriven,
    setPolling(on) {
      if (!on || eventDriven || signal.aborted) return stop();
      if (timer !== undefined) return;
      last = articleUrl(win.location.href);
      timer = win.setInterval(check, POLL_MS);
    },
    get polling() {
      return timer !== undefined;
    },
  };
}
