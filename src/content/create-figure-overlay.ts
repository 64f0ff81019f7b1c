// What a marked figure offers: hovering, focusing or clicking it shows a small card with the measure,
// what each other report says and a button that opens that report at the sentence. A highlight range
// cannot take focus, so each figure gets a transparent button (`data-parallax-anchor`) laid over it.
// Keyboard: the host is first in the page's Tab order and offers one tab stop, "Go to figures" (shown
// when focused; the keyboard shortcut focuses the first figure too); the figures themselves are out
// of the Tab order (the page's own links stay a Tab away). On a figure, Tab enters its card, n/p (or
// Tab past the card, Shift+Tab) move between figures; Enter pins the card, which then keeps Tab
// inside it; Escape closes the card, and a second Escape returns focus where it was before the
// figures. Anchors, card and focus
// ring all live in the host's CLOSED shadow root: their labels name the other reports and their
// values, which are none of the page's business, so page scripts see one empty <parallax-host>.
// Everything goes with the AbortSignal.
import type { FigureMention } from '../core/types.ts';
import { h } from '../shared/h.ts';
import type { HighlightRequest } from '../shared/protocol.ts';
import type { AnchoredFigure } from './anchor-figures.ts';
import { COLORS } from './create-painter.ts';
import { createPageHost, type PageHost } from './create-page-host.ts';
import { displayMeasure } from '../shared/display-measure.ts';

export const ANCHOR_ATTR = 'data-parallax-anchor';

const CARD_CSS = `
:host { all: initial; }
.ring { position: absolute; display: none; pointer-events: none; border-radius: 3px; outline: 2px solid #1d3557; outline-offset: 2px; }
.ring.on { display: block; }
.card { position: absolute; display: none; box-sizing: border-box; width: 340px; max-width: calc(100vw - 16px);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1f24; background: #fff;
  border: 1px solid #d0d5db; border-left-width: 4px; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
  padding: 10px 12px; text-align: left; letter-spacing: normal; word-spacing: normal; text-transform: none; }
.card.on { display: block; }
.card.diverging { border-left-color: ${COLORS.diverging.ink}; border-left-style: solid; }
.card.corroborated { border-left-color: ${COLORS.corroborated.ink}; border-left-style: dashed; }
.head { display: flex; align-items: baseline; gap: 8px; margin: 0 0 6px; }
.status { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.diverging .status { color: ${COLORS.diverging.ink}; }
.corroborated .status { color: ${COLORS.corroborated.ink}; }
.gap { margin-left: auto; font-size: 12px; font-weight: 600; color: ${COLORS.diverging.ink}; white-space: nowrap; }
.measure { font-weight: 600; margin: 0 0 6px; }
.measure::first-letter { text-transform: uppercase; }
.measure.context { font-style: italic; font-weight: 500; }
.measure.context::first-letter { text-transform: none; }
.mine { margin: 0 0 6px; color: #5b6470; }
.value { font-weight: 700; font-variant-numeric: tabular-nums; color: #1b1f24; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: grid; grid-template-columns: auto 1fr; gap: 0 8px; align-items: baseline; padding: 5px 0; border-top: 1px solid #e3e6ea; }
.who { color: #1b1f24; min-width: 0; }
.who .outlet { font-weight: 600; }
.who .title { display: block; color: #5b6470; font-size: 12px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
button.open { all: unset; grid-column: 2; justify-self: start; margin-top: 2px; cursor: pointer; color: #1d3557; font-size: 12px;
  font-weight: 600; border-bottom: 1px solid currentColor; }
button.open:focus-visible { outline: 2px solid #1d3557; outline-offset: 2px; border-radius: 2px; }
.foot { margin: 6px 0 0; color: #5b6470; font-size: 11px; }
.goto { all: unset; position: fixed; top: 8px; left: 8px; z-index: 1; box-sizing: border-box; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; font: 600 14px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #fff; background: #1d3557; border-radius: 6px; box-shadow: 0 4px 16px rgba(0,0,0,.25); cursor: pointer; }
.goto:focus { width: auto; height: auto; padding: 8px 12px; clip-path: none; outline: 2px solid #fff; outline-offset: -4px; }
.goto.hidden { display: none; }
.anchors { position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; }
button[${ANCHOR_ATTR}] { all: unset; position: absolute; display: block; box-sizing: border-box; margin: 0; padding: 0; border: 0;
  background: transparent; opacity: 0; pointer-events: none; overflow: hidden; outline: none; }
button[${ANCHOR_ATTR}].hidden { display: none; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #1e2126; border-color: #353a42; }
  .value, .who { color: #e8eaed; }
  .mine, .who .title, .foot { color: #a5adb8; }
  li { border-top-color: #353a42; }
  button.open, button.open:focus-visible { color: #a8dadc; outline-color: #a8dadc; }
  .ring { outline-color: #a8dadc; }
}
`;

export interface OverlayOptions {
  reports: HighlightRequest['reports'];
  /** Opens a report at a figure (the card's buttons). */
  openReport(id: string, start: number, end: number): void;
  signal: AbortSignal;
}

export interface FigureOverlay {
  /** Replaces the figures the overlay serves. */
  setFigures(figures: AnchoredFigure[]): void;
  /** Moves anchors, ring and card to where their figures are now. */
  reposition(): void;
  /** Focuses the first figure that is on screen (the keyboard shortcut); whether there was one. */
  focusFirst(): boolean;
  /** The host element: the only thing in the page's DOM, with nothing in its light DOM. */
  readonly host: HTMLElement;
}

function reportName(id: string, reports: HighlightRequest['reports']): { outlet: string; title?: string } {
  const r = reports[id];
  const m = /^(\d{3})_/.exec(id);
  const fallback = m ? `Report ${m[1]}` : id;
  if (!r) return { outlet: fallback };
  return { outlet: r.source || fallback, ...(r.title ? { title: r.title } : {}) };
}

function describe(f: AnchoredFigure, reports: HighlightRequest['reports']): string {
  const others = f.group.mentions.filter((m) => m.reportId !== null);
  const said = others.map((m) => `${m.text} (${reportName(m.reportId!, reports).outlet})`).join('; ');
  return `${f.status === 'diverging' ? 'Diverging' : 'Corroborated'} figure ${f.mention.text}: ${displayMeasure(f.group)}. Other reports: ${said || 'none'}`;
}

const within = (x: number, y: number, r: DOMRect, pad = 2) => x >= r.left - pad && x <= r.right + pad && y >= r.top - pad && y <= r.bottom + pad;

export function createFigureOverlay(doc: Document, options: OverlayOptions): FigureOverlay {
  const { signal, reports } = options;
  const win = doc.defaultView!;
  const page: PageHost = createPageHost(doc, CARD_CSS);
  signal.addEventListener('abort', () => page.remove(), { once: true });
  const ring = h('div', { class: 'ring' });
  const card = h('div', { class: 'card', role: 'dialog', 'aria-live': 'polite' });
  const goto = h('button', { type: 'button', class: 'goto hidden' });
  // Anchors before the card: the card is entered on purpose (below).
  const anchorBox = h('div', { class: 'anchors' });
  page.shadow.append(goto, ring, anchorBox, card);
  /** What has focus in the shadow root (the page only ever sees the host focused). */
  const focused = () => page.shadow.activeElement;

  let figures: AnchoredFigure[] = [];
  let anchors: HTMLButtonElement[] = [];
  let open: number | null = null; // index into figures
  let pinned = false;
  /** The open card was shown by focus on its figure (the keyboard holds it until Escape or blur). */
  let held = false;
  let shows = 0;
  let returningFocus = false;
  /** Where focus was before it came to the figures, for Escape to give it back. */
  let returnTo: HTMLElement | null = null;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => {
    clearTimeout(hoverTimer);
    clearTimeout(closeTimer);
  });

  const hostOrigin = () => page.host.getBoundingClientRect();

  const rectOf = (f: AnchoredFigure): DOMRect | null => {
    if (typeof f.figure.getClientRects !== 'function') return null; // no layout (jsdom)
    const rects = f.figure.getClientRects();
    const r = rects[0] ?? f.figure.getBoundingClientRect();
    return r && (r.width > 0 || r.height > 0) ? r : null;
  };

  const placeBox = (el: HTMLElement, r: DOMRect, o: DOMRect) => {
    el.style.setProperty('left', `${r.left - o.left}px`);
    el.style.setProperty('top', `${r.top - o.top}px`);
    el.style.setProperty('width', `${r.width}px`);
    el.style.setProperty('height', `${r.height}px`);
  };

  const placeCard = () => {
    if (open === null) return;
    const r = rectOf(figures[open]!);
    if (!r) return;
    const o = hostOrigin();
    const w = card.offsetWidth || 340;
    const hgt = card.offsetHeight || 120;
    const vw = doc.documentElement.clientWidth || win.innerWidth;
    const left = Math.max(8, Math.min(r.left, vw - w - 8));
    const below = r.bottom + 8;
    const top = below + hgt > win.innerHeight - 8 && r.top - hgt - 8 > 8 ? r.top - hgt - 8 : below;
    card.style.setProperty('left', `${left - o.left}px`);
    card.style.setProperty('top', `${top - o.top}px`);
  };

  const reposition = () => {
    // Every rectangle is read before any anchor moves: interleaving reads and writes would make the
    // browser lay the page out again for each figure (most of a first highlight run's time).
    const o = hostOrigin();
    const rects = figures.map(rectOf);
    rects.forEach((r, i) => {
      const a = anchors[i]!;
      a.classList.toggle('hidden', !r); // a hidden figure is not reachable either
      if (r) placeBox(a, r, o);
    });
    if (open !== null) {
      const r = rectOf(figures[open]!);
      if (r) placeBox(ring, r, o);
      placeCard();
    }
  };

  const otherItem = (m: FigureMention): HTMLElement => {
    const { outlet, title } = reportName(m.reportId!, reports);
    const button = h('button', { type: 'button', class: 'open' }, 'Read it in that report');
    // The name starts with the visible words (WCAG 2.5.3, axe label-content-name-mismatch).
    button.setAttribute('aria-label', `Read it in that report: ${title ?? outlet}, at this figure`);
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      options.openReport(m.reportId!, m.start, m.end);
    });
    // Foreign text in <bdi>: a bidi control in an outlet, a title or a value stays inside it and
    // cannot reorder the rest of the line.
    return h('li', {}, h('bdi', { class: 'value' }, m.text), h('span', { class: 'who' }, h('bdi', { class: 'outlet' }, outlet), title ? h('bdi', { class: 'title', title }, title) : null), button);
  };

  const render = (f: AnchoredFigure) => {
    const others = f.group.mentions.filter((m) => m.reportId !== null);
    const gap = f.status === 'diverging' && f.group.gapPercent !== undefined ? h('span', { class: 'gap' }, `${f.group.gapPercent.toFixed(1)}% apart`) : null;
    card.className = `card on ${f.status}`;
    const measure = displayMeasure(f.group);
    card.setAttribute('aria-label', `Parallax: ${measure}`);
    card.replaceChildren(
      h('p', { class: 'head' }, h('span', { class: 'status' }, f.status === 'diverging' ? 'Reports differ' : 'Reports agree'), gap),
      h('p', { class: measure === f.group.measure ? 'measure' : 'measure context' }, h('bdi', {}, measure)),
      h('p', { class: 'mine' }, 'This page: ', h('bdi', { class: 'value' }, f.mention.text)),
      h('ul', {}, ...others.map(otherItem)),
      h('p', { class: 'foot' }, 'Parallax · Esc closes'),
    );
  };

  const show = (i: number, pin: boolean) => {
    shows++;
    clearTimeout(closeTimer);
    if (open !== i) {
      if (open !== null) anchors[open]?.setAttribute('aria-expanded', 'false');
      open = i;
      pinned = pin;
      held = false;
      render(figures[i]!);
      anchors[i]?.setAttribute('aria-expanded', 'true');
    } else pinned ||= pin;
    ring.classList.toggle('on', focused() === anchors[i]);
    reposition();
  };

  const close = (returnFocus = false) => {
    clearTimeout(closeTimer);
    if (open === null) return;
    const a = anchors[open];
    a?.setAttribute('aria-expanded', 'false');
    const now = focused();
    const focusInCard = now !== null && card.contains(now);
    open = null;
    pinned = false;
    held = false;
    card.className = 'card';
    card.replaceChildren();
    ring.classList.remove('on');
    if (returnFocus && focusInCard && a) {
      returningFocus = true; // back on the figure, without opening the card again
      a.focus({ preventScroll: true });
      returningFocus = false;
    }
  };

  const closeSoon = (ms = 250) => {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!pinned && !held) close(); // the pointer leaving does not close what the keyboard holds
    }, ms);
  };

  const figureAt = (x: number, y: number): number => {
    for (let i = 0; i < figures.length; i++) {
      const range = figures[i]!.figure;
      if (typeof range.getClientRects !== 'function') continue;
      for (const r of Array.from(range.getClientRects())) if (within(x, y, r)) return i;
    }
    return -1;
  };

  const cardButtons = () => Array.from(card.querySelectorAll<HTMLButtonElement>('button'));
  /** The next (dir 1) or previous (dir -1) figure on screen from figure `from`, or -1. */
  const stepFrom = (from: number, dir: 1 | -1): number => {
    for (let i = from + dir; i >= 0 && i < anchors.length; i += dir) if (!anchors[i]!.classList.contains('hidden')) return i;
    return -1;
  };
  /** n / p without modifiers move between figures. */
  const stepKey = (e: KeyboardEvent): 1 | -1 | 0 => (e.ctrlKey || e.metaKey || e.altKey ? 0 : e.key === 'n' ? 1 : e.key === 'p' ? -1 : 0);
  const focusStep = (from: number, dir: 1 | -1, e: KeyboardEvent): boolean => {
    const to = stepFrom(from, dir);
    if (to < 0) return false;
    e.preventDefault();
    anchors[to]!.focus();
    return true;
  };
  const focusFirst = (): boolean => {
    if (frame) reposition(); // anchors not placed yet: which figures are on screen is not known
    const i = stepFrom(-1, 1);
    if (i < 0) return false;
    anchors[i]!.focus();
    return true;
  };
  goto.addEventListener('click', () => focusFirst(), { signal });

  // ---- Pointer: hover shows, leaving hides; click pins. Listeners are passive and never cancel.
  let pending: { x: number; y: number } | null = null;
  doc.addEventListener(
    'pointermove',
    (e) => {
      if (e.pointerType === 'touch') return;
      const first = pending === null;
      pending = { x: e.clientX, y: e.clientY };
      if (!first) return;
      win.requestAnimationFrame(() => {
        if (signal.aborted || !pending) return;
        const { x, y } = pending;
        pending = null;
        const onCard = open !== null && within(x, y, card.getBoundingClientRect(), 6);
        if (onCard) {
          clearTimeout(closeTimer);
          return;
        }
        const i = figureAt(x, y);
        clearTimeout(hoverTimer);
        if (i >= 0) {
          clearTimeout(closeTimer);
          if (open !== i) hoverTimer = setTimeout(() => show(i, false), 120);
        } else if (open !== null && !pinned) closeSoon();
      });
    },
    { passive: true, signal },
  );
  doc.addEventListener(
    'click',
    (e) => {
      if (e.composedPath().includes(page.host)) return; // inside the card
      const i = figureAt(e.clientX, e.clientY);
      if (i >= 0) show(i, true);
      else if (open !== null) close();
    },
    { capture: true, signal },
  );
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Escape') return;
      const fromAnchorOrCard = e.composedPath().includes(page.host);
      if (open !== null) {
        close(true);
      } else {
        // No card open, focus on a figure: give focus back where it was before the figures.
        const now = focused();
        if (!now || !anchors.includes(now as HTMLButtonElement)) return;
        const back = returnTo;
        returnTo = null;
        if (back && back.isConnected) back.focus({ preventScroll: true });
        else (now as HTMLElement).blur();
      }
      if (fromAnchorOrCard) e.stopPropagation();
    },
    { capture: true, signal },
  );

  // ---- Keyboard: anchor -> card -> next anchor.
  card.addEventListener(
    'keydown',
    (e) => {
      if (open === null) return;
      const step = stepKey(e);
      if (step) {
        focusStep(open, step, e);
        return;
      }
      if (e.key !== 'Tab') return;
      const buttons = cardButtons();
      const idx = buttons.indexOf(focused() as HTMLButtonElement);
      if (e.shiftKey && idx === 0) {
        e.preventDefault();
        anchors[open]?.focus();
      } else if (!e.shiftKey && idx === buttons.length - 1) {
        // A pinned card keeps focus: Tab goes round its figure and its buttons until Escape.
        if (pinned) {
          e.preventDefault();
          anchors[open]?.focus();
        } else focusStep(open, 1, e);
      }
    },
    { signal },
  );
  card.addEventListener('pointerenter', () => clearTimeout(closeTimer), { signal });
  card.addEventListener('pointerleave', () => closeSoon(), { signal });
  card.addEventListener(
    'focusout',
    (e) => {
      const to = e.relatedTarget as Node | null;
      if (to && (card.contains(to) || anchors.includes(to as HTMLButtonElement))) return;
      win.setTimeout(() => {
        if (!signal.aborted && !focused()) close(); // an anchor focused shows its own card
      }, 0);
    },
    { signal },
  );

  const makeAnchor = (f: AnchoredFigure, i: number): HTMLButtonElement => {
    // Out of the Tab order: "Go to figures", the shortcut, n/p and Tab from a card reach them.
    const a = h('button', { type: 'button', tabindex: -1, [ANCHOR_ATTR]: f.status, 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-label': describe(f, reports) });
    a.addEventListener(
      'focus',
      (e) => {
        // Coming from outside the figures (the page, the "Go to figures" button): remember where.
        if (returningFocus) return; // Escape from the card: back on the figure, card closed
        const from = e.relatedTarget as HTMLElement | null;
        if (!from || !(anchors.includes(from as HTMLButtonElement) || card.contains(from))) returnTo = from && typeof from.focus === 'function' ? from : null;
        show(i, false);
        held = true;
      },
      { signal },
    );
    a.addEventListener(
      'blur',
      (e) => {
        const to = e.relatedTarget as Node | null;
        ring.classList.remove('on');
        if (to && page.shadow.contains(to)) return; // into the card, or to another anchor
        // A click on a figure blurs this anchor just before it pins the card: a card shown since
        // the blur is a newer intent, and the blur must not close it.
        const seen = shows;
        win.setTimeout(() => {
          if (signal.aborted || shows !== seen) return;
          if (!focused()) close(); // focus in the card, or on an anchor, keeps (or replaces) it
        }, 0);
      },
      { signal },
    );
    a.addEventListener(
      'keydown',
      (e) => {
        const step = stepKey(e);
        if (step) {
          focusStep(i, step, e);
          return;
        }
        if (e.key === 'Tab' && e.shiftKey && !e.altKey) {
          // Shift+Tab: the previous figure; round to the card's last button while it is pinned.
          const last = cardButtons().at(-1);
          if (pinned && open === i && last) {
            e.preventDefault();
            last.focus();
          } else focusStep(i, -1, e);
          return;
        }
        // Enter or Space pins the card and goes into it; Tab goes into it when it is open.
        const enter = e.key === 'Enter' || e.key === ' ';
        const into = enter || (e.key === 'Tab' && !e.shiftKey && !e.altKey && open === i);
        if (into) {
          if (open !== i || enter) show(i, enter);
          const first = cardButtons()[0];
          if (first) {
            e.preventDefault();
            first.focus();
          }
        }
      },
      { signal },
    );
    return a;
  };

  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) reposition();
    });
  };
  win.addEventListener('resize', schedule, { passive: true, signal });
  doc.addEventListener('scroll', schedule, { passive: true, capture: true, signal });
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame), { once: true });

  return {
    host: page.host,
    setFigures(next) {
      const wasOpen = open !== null ? figures[open]?.key : undefined;
      const hadFocus = open !== null && focused() === anchors[open];
      close();
      figures = next;
      anchors = next.map(makeAnchor);
      anchorBox.replaceChildren(...anchors);
      // Placed at the next frame, with the layout the browser makes for it anyway: measuring now
      // would force a layout of the whole page inside the highlight run.
      schedule();
      goto.textContent = `Parallax: go to the ${next.length === 1 ? 'highlighted figure' : `${next.length} highlighted figures`} (n / p: next, previous)`;
      goto.classList.toggle('hidden', next.length === 0);
      const again = wasOpen !== undefined ? figures.findIndex((f) => f.key === wasOpen) : -1;
      if (again >= 0 && hadFocus) anchors[again]!.focus({ preventScroll: true });
    },
    reposition,
    focusFirst,
  };
}
