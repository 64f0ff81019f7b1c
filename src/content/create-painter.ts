// Paints anchored figures. With the CSS Custom Highlight API (CSS.highlights) nothing in the DOM
// changes: ranges go into named highlights styled by a constructed stylesheet adopted by the
// document. Without it, figures are wrapped in <mark data-parallax="diverging|corroborated"> and
// unwrapping restores the very text nodes that were split (same handles, same data).
import type { AnchoredFigure, MarkedStatus } from './anchor-figures.ts';

export const HIGHLIGHT_NAMES = {
  diverging: 'parallax-diverging',
  corroborated: 'parallax-corroborated',
  divergingSentence: 'parallax-diverging-sentence',
  corroboratedSentence: 'parallax-corroborated-sentence',
} as const;

/** Colours differ, and so do underline styles (wavy vs dashed), for readers who cannot tell the colours apart. */
export const COLORS = {
  diverging: { ink: '#c1121f', bg: 'rgba(193, 18, 31, 0.14)', sentence: 'rgba(193, 18, 31, 0.08)', line: 'wavy' },
  corroborated: { ink: '#1f7a45', bg: 'rgba(42, 125, 79, 0.14)', sentence: 'rgba(42, 125, 79, 0.08)', line: 'dashed' },
} as const;

const HIGHLIGHT_CSS = (['diverging', 'corroborated'] as const)
  .map((s) => {
    const c = COLORS[s];
    return (
      `::highlight(parallax-${s}-sentence) { background-color: ${c.sentence}; }\n` +
      `::highlight(parallax-${s}) { background-color: ${c.bg}; text-decoration-line: underline; text-decoration-style: ${c.line}; ` +
      `text-decoration-color: ${c.ink}; text-decoration-thickness: 2px; }`
    );
  })
  .join('\n');

export interface Painter {
  readonly kind: 'highlight-api' | 'mark';
  /** Replaces whatever was painted with these figures. May move `figure` ranges onto new nodes (marks). */
  paint(figures: AnchoredFigure[]): void;
  /** Removes every highlight and mark (the DOM is as it was); the painter stays usable. */
  clear(): void;
  /** clear(), and the stylesheet goes too. */
  dispose(): void;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

function highlightApi(doc: Document): { registry: HighlightRegistry; Ctor: HighlightCtor } | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const css = win?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  const Ctor = (win as unknown as { Highlight?: HighlightCtor } | null)?.Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, Ctor };
}

/** Adopts a constructed stylesheet into the document; returns a function that takes it out again. */
export function adoptSheet(doc: Document, css: string): () => void {
  const win = doc.defaultView;
  if (!win || !('adoptedStyleSheets' in doc)) return () => undefined;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  const list = doc.adoptedStyleSheets;
  if (typeof list.push === 'function') {
    try {
      list.push(sheet); // the ObservableArray: keeps the page's own sheets untouched
    } catch {
      doc.adoptedStyleSheets = [...list, sheet];
    }
  } else {
    doc.adoptedStyleSheets = [...list, sheet];
  }
  return () => {
    const now = doc.adoptedStyleSheets;
    const i = now.indexOf(sheet);
    if (i === -1) return;
    if (typeof now.splice === 'function') {
      try {
        now.splice(i, 1);
        return;
      } catch {
        // fall through
      }
    }
    doc.adoptedStyleSheets = now.filter((s) => s !== sheet);
  };
}

function createHighlightApiPainter(doc: Document, registry: HighlightRegistry, Ctor: HighlightCtor): Painter {
  const unadopt = adoptSheet(doc, HIGHLIGHT_CSS);
  const names = Object.values(HIGHLIGHT_NAMES);
  const clear = () => {
    for (const n of names) registry.delete(n);
  };
  return {
    kind: 'highlight-api',
    paint(figures) {
      clear();
      // A sentence holding figures of both kinds is tinted once, as diverging.
      const tinted = new Set<string>();
      const sentences = (s: MarkedStatus) =>
        figures.flatMap((f) => {
          if (f.status !== s || !f.sentence) return [];
          const key = f.sentenceKey ?? f.key;
          if (tinted.has(key)) return [];
          tinted.add(key);
          return [f.sentence];
        });
      const by = (s: MarkedStatus, sentence: boolean) => (sentence ? sentences(s) : figures.filter((f) => f.status === s).map((f) => f.figure));
      const set = (name: string, ranges: Range[], priority: number) => {
        if (!ranges.length) return;
        const h = new Ctor(...ranges);
        h.priority = priority;
        registry.set(name, h);
      };
      set(HIGHLIGHT_NAMES.divergingSentence, by('diverging', true), 0);
      set(HIGHLIGHT_NAMES.corroboratedSentence, by('corroborated', true), 0);
      set(HIGHLIGHT_NAMES.diverging, by('diverging', false), 2);
      set(HIGHLIGHT_NAMES.corroborated, by('corroborated', false), 1);
    },
    clear,
    dispose() {
      clear();
      unadopt();
    },
  };
}

/** One wrapped piece of a text node, remembered so it can be undone exactly. */
interface Wrap {
  /** The node that was split; it keeps its identity and gets its whole text back. */
  original: Text;
  /** The wrapped piece: `original` itself when the piece started at offset 0. */
  piece: Text;
  /** The rest after the piece, split off, if any. */
  tail: Text | null;
  mark: HTMLElement;
}

function textNodesIn(range: Range): Array<{ node: Text; from: number; to: number }> {
  const out: Array<{ node: Text; from: number; to: number }> = [];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const push = (node: Text) => {
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    if (to > from) out.push({ node, from, to });
  };
  if (root.nodeType === 3) {
    push(root as Text);
    return out;
  }
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) push(n as Text);
  }
  return out;
}

function styleMark(mark: HTMLElement, status: MarkedStatus): void {
  const c = COLORS[status];
  for (const [k, v] of [
    ['background-color', c.bg],
    ['color', 'inherit'],
    ['text-decoration-line', 'underline'],
    ['text-decoration-style', c.line],
    ['text-decoration-color', c.ink],
    ['text-decoration-thickness', '2px'],
    ['padding', '0'],
    ['margin', '0'],
    ['border', '0'],
    ['font', 'inherit'],
  ] as const) {
    mark.style.setProperty(k, v, 'important');
  }
}

function createMarkPainter(doc: Document): Painter {
  let wraps: Wrap[] = [];
  const unwrapAll = () => {
    // Undo in reverse order: each undo finds the nodes exactly as its own wrap left them.
    for (let i = wraps.length - 1; i >= 0; i--) {
      const { original, piece, tail, mark } = wraps[i]!;
      if (mark.parentNode) {
        while (mark.firstChild) mark.parentNode.insertBefore(mark.firstChild, mark);
        mark.remove();
      }
      if (tail && tail.parentNode && tail.previousSibling === piece) {
        piece.appendData(tail.data);
        tail.remove();
      }
      if (piece !== original && piece.parentNode && original.parentNode === piece.parentNode && original.nextSibling === piece) {
        original.appendData(piece.data);
        piece.remove();
      }
    }
    wraps = [];
  };
  return {
    kind: 'mark',
    paint(figures) {
      unwrapAll();
      for (const f of figures) {
        // Read the pieces from the live range now: ranges follow splitText, node lists do not.
        const marks: HTMLElement[] = [];
        for (const { node, from, to } of textNodesIn(f.figure)) {
          const piece = from > 0 ? node.splitText(from) : node;
          const tail = to - from < piece.length ? piece.splitText(to - from) : null;
          const mark = doc.createElement('mark');
          mark.setAttribute('data-parallax', f.status);
          styleMark(mark, f.status);
          piece.parentNode!.insertBefore(mark, piece);
          mark.append(piece);
          wraps.push({ original: node, piece, tail, mark });
          marks.push(mark);
        }
        if (marks.length) {
          f.figure.setStart(marks[0]!.firstChild!, 0);
          const lastText = marks[marks.length - 1]!.lastChild as Text;
          f.figure.setEnd(lastText, lastText.length);
        }
      }
    },
    clear: unwrapAll,
    dispose: unwrapAll,
  };
}

/** The Highlight API where the browser has it, marks otherwise (or when `forceMarks`). */
export function createPainter(doc: Document, forceMarks = false): Painter {
  const api = forceMarks ? null : highlightApi(doc);
  return api ? createHighlightApiPainter(doc, api.registry, api.Ctor) : createMarkPainter(doc);
}
