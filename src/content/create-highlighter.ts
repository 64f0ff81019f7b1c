// Inline highlights of the open article's figures: anchors each diverging or corroborated figure
// in the live page, paints it (and, lighter, its sentence), and lays a focusable anchor over it that
// opens a card. Paragraphs that appear later are anchored when they arrive (MutationObserver,
// debounced). Off removes every highlight, card, observer and listener (one AbortSignal) and leaves
// the DOM exactly as it was.
import type { HighlightRequest } from '../shared/protocol.ts';
import { anchorFigures, figureTargets, stillHolds, type AnchoredFigure, type FigureTarget } from './anchor-figures.ts';
import { buildTextIndex } from './build-text-index.ts';
import { createFigureOverlay, type FigureOverlay } from './create-figure-overlay.ts';
import { createPainter, type Painter } from './create-painter.ts';

export interface Highlighter {
  /** Paints (or, with on=false, removes) highlights; returns how many figures were marked. */
  apply(request: HighlightRequest): number;
  /** Removes every highlight, card and listener, leaving the page as it was. */
  destroy(): void;
  /** Moves keyboard focus to the first highlighted figure on screen; whether there was one. */
  focusFirst(): boolean;
  /** Whether highlights are painted (or waiting for their paragraphs) now. */
  readonly active: boolean;
  /** Figures marked now (grows as late paragraphs are anchored). */
  readonly marked: number;
}

export interface HighlighterOptions {
  /** Opens a report at a figure, from a card. */
  openReport?(id: string, start: number, end: number): void;
  /** Wrap figures in <mark> even where the Highlight API exists (tests, benchmarks). */
  forceMarks?: boolean;
  /** Quiet time before late paragraphs are anchored. */
  debounceMs?: number;
}

interface Session {
  marked(): number;
  focusFirst(): boolean;
  stop(): void;
}

const MAX_BACKOFF_MS = 10_000;

function startSession(doc: Document, request: HighlightRequest, options: HighlighterOptions): Session | null {
  const targets: FigureTarget[] = figureTargets(request.groups);
  const root = doc.body ?? doc.documentElement;
  if (!targets.length || !root) return null;
  const win = doc.defaultView!;
  const controller = new AbortController();
  const { signal } = controller;
  const painter: Painter = createPainter(doc, options.forceMarks);
  const overlay: FigureOverlay = createFigureOverlay(doc, {
    reports: request.reports,
    openReport: options.openReport ?? (() => undefined),
    signal,
  });
  let anchored: AnchoredFigure[] = [];

  const observer = new win.MutationObserver(() => scheduleRefresh());
  const anchorAll = () => {
    painter.clear();
    const index = buildTextIndex(root, { skip: (el) => el === overlay.host });
    anchored = anchorFigures(index, targets);
    painter.paint(anchored);
    observer.takeRecords(); // our own <mark> wrapping is not the page changing
    overlay.setFigures(anchored);
  };

  // Late paragraphs: re-anchor after a quiet spell, backing off while nothing new turns up.
  const debounceMs = options.debounceMs ?? 250;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let backoff = debounceMs;
  const refresh = () => {
    timer = undefined;
    if (signal.aborted) return;
    const lost = anchored.some((f) => !stillHolds(f.figure, f.mention.text));
    if (!lost && anchored.length === targets.length) {
      overlay.reposition();
      return;
    }
    const before = anchored.length;
    try {
      anchorAll();
    } catch {
      controller.abort(); // a run that throws takes back everything it added
      return;
    }
    backoff = anchored.length > before || lost ? debounceMs : Math.min(MAX_BACKOFF_MS, backoff * 2);
  };
  const scheduleRefresh = () => {
    if (timer === undefined) timer = setTimeout(refresh, backoff);
  };

  let resize: ResizeObserver | null = null;
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      observer.disconnect();
      resize?.disconnect();
      painter.dispose();
    },
    { once: true },
  );
  try {
    anchorAll();
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    resize = win.ResizeObserver ? new win.ResizeObserver(() => overlay.reposition()) : null;
    resize?.observe(root);
  } catch (e) {
    controller.abort(); // no stray <parallax-host>, mark or stylesheet: the page is as it was
    throw e;
  }
  void doc.fonts?.ready.then(() => signal.aborted || overlay.reposition());
  return {
    marked: () => anchored.length,
    focusFirst: () => overlay.focusFirst(),
    stop: () => controller.abort(),
  };
}

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  let session: Session | null = null;
  let on = false;
  const stop = () => {
    session?.stop();
    session = null;
    on = false;
  };
  return {
    apply(request) {
      stop();
      if (!request.on) return 0;
      session = startSession(doc, request, options);
      on = session !== null;
      return session?.marked() ?? 0;
    },
    destroy: stop,
    focusFirst: () => session?.focusFirst() ?? false,
    get active() {
      return on;
    },
    get marked() {
      return session?.marked() ?? 0;
    },
  };
}
