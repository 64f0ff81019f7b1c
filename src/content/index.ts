// Injected on demand (popup open or keyboard shortcut). Reads the article and paints highlights;
// injecting twice is harmless: the first instance keeps serving. While it runs it also watches for
// the page moving to another article in place (history API): then the old highlights go, the
// background drops its cached analysis, and a small note offers a fresh one.
import { sendToBackground, serveContent } from '../shared/protocol.ts';
import { extractArticle } from './extract-article.ts';
import { createHighlighter } from './highlighter.ts';
import { showNavigationNote } from './navigation-note.ts';
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
  watchNavigation(
    window,
    (url) => {
      const hadHighlights = highlighter.active;
      highlighter.destroy();
      dropNote();
      if (hadHighlights) {
        note = new AbortController();
        showNavigationNote(document, note.signal);
      }
      void sendToBackground('pageNavigated', { url }).catch(() => undefined);
    },
    controller.signal,
  );
  serveContent(
    {
      ping: () => 'pong',
      extract: () => extractArticle(document, location.href),
      highlight: (request) => {
        dropNote();
        return { marked: highlighter.apply(request) };
      },
    },
    controller.signal,
  );
}
