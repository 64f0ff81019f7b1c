// Injected on demand (popup open or keyboard shortcut). Reads the article and paints highlights;
// injecting twice is harmless: the first instance keeps serving. It also watches for the page moving
// to another article in place (history API): then the old highlights go, the background drops its
// cached analysis, and a small note offers a fresh one. Where that watch has to poll (no Navigation
// API), it polls only while highlights are painted or the note shows.
import { sendToBackground, serveContent } from '../shared/protocol.ts';
import { createHighlighter } from './create-highlighter.ts';
import { extractArticle } from '../extraction/extract-article.ts';
import { showNavigationNote } from './show-navigation-note.ts';
import { watchNavigation } from './watch-navigation.ts';

const FLAG = Symbol.for('parallax.content');
const scope = globalThis as typeof globalThis & { [FLAG]?: AbortController };

if (!scope[FLAG]) {
  const controller = new AbortController();
  scope[FLAG] = controller;
  const highlighter = createHighlighter(document, {
    openReport: (id, start, end) => void sendToBackground('openReport', { id, start, end }).catch(() => undefined),
  });
  let note: AbortController | undefined;
  const dropNote = () => {
    note?.abort();
    note = undefined;
  };
  controller.signal.addEventListener(
    'abort',
    () => {
      highlighter.destroy();
      dropNote();
    },
    { once: true },
  );
  const watch = watchNavigation(
    window,
    (url) => {
      const hadHighlights = highlighter.active;
      highlighter.destroy();
      dropNote();
      if (hadHighlights) {
        const mine = new AbortController();
        note = mine;
        showNavigationNote(document, mine.signal, () => {
          if (note === mine) note = undefined;
          watchIfNeeded();
        });
      }
      watchIfNeeded();
      void sendToBackground('pageNavigated', { url }).catch(() => undefined);
    },
    controller.signal,
  );
  const watchIfNeeded = () => watch.setPolling(highlighter.active || note !== undefined);
  serveContent(
    {
      ping: () => 'pong',
      focusFigures: () => ({ focused: highlighter.focusFirst() }),
      extract: () => extractArticle(document, location.href),
      highlight: (request) => {
        dropNote();
        const marked = highlighter.apply(request);
        watchIfNeeded();
        return { marked };
      },
    },
    controller.signal,
  );
}
