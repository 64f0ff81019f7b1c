// Injected on demand (popup open or keyboard shortcut). Reads the article and paints highlights;
// injecting twice is harmless: the first instance keeps serving.
import { serveContent } from '../shared/protocol.ts';
import { extractArticle } from './extract-article.ts';
import { createHighlighter } from './highlighter.ts';

const FLAG = Symbol.for('parallax.content');
const scope = globalThis as typeof globalThis & { [FLAG]?: AbortController };

if (!scope[FLAG]) {
  const controller = new AbortController();
  scope[FLAG] = controller;
  const highlighter = createHighlighter(document);
  controller.signal.addEventListener('abort', () => highlighter.destroy(), { once: true });
  serveContent(
    {
      ping: () => 'pong',
      extract: () => extractArticle(document, location.href),
      highlight: (request) => ({ marked: highlighter.apply(request) }),
    },
    controller.signal,
  );
}
