// A small dismissible note, in the page host's closed shadow root, after the page moved to another
// article in place: the old highlights are gone and a fresh analysis is one popup away.
import { h } from '../shared/h.ts';
import { createPageHost } from './create-page-host.ts';

const NOTE_CSS = `
:host { all: initial; }
.note { position: fixed; right: 16px; bottom: 16px; display: flex; align-items: center; gap: 10px; max-width: 320px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #fff;
  border: 1px solid #d0d5db; border-left: 4px solid #1d3557; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 8px 10px; }
button { all: unset; cursor: pointer; font-size: 16px; line-height: 1; padding: 2px 6px; border-radius: 4px; color: #5b6470; }
button:focus-visible { outline: 2px solid #1d3557; }
@media (prefers-color-scheme: dark) { .note { color: #e8eaed; background: #1e2126; border-color: #353a42; } button { color: #a5adb8; } }
`;

export const NOTE_TEXT = 'New article: open Parallax to analyse it';
const NOTE_MS = 20_000;

/** Shows the note until dismissed, NOTE_MS pass, or `signal` aborts; then calls `onGone` (once). */
export function showNavigationNote(doc: Document, signal: AbortSignal, onGone?: () => void): void {
  if (signal.aborted) return;
  const page = createPageHost(doc, NOTE_CSS);
  page.host.setAttribute('data-parallax-note', '');
  const dismiss = h('button', { type: 'button', 'aria-label': 'Dismiss' }, '×');
  page.shadow.append(h('div', { class: 'note', role: 'status' }, h('span', {}, NOTE_TEXT), dismiss));
  let gone = false;
  const done = () => {
    if (gone) return;
    gone = true;
    clearTimeout(timer);
    page.remove();
    onGone?.();
  };
  const timer = setTimeout(done, NOTE_MS);
  dismiss.addEventListener('click', done, { once: true });
  signal.addEventListener('abort', done, { once: true });
}
