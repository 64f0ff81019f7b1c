// Inline highlights of the open article's figures. PLACEHOLDER until the highlighting work lands:
// it paints nothing yet.
import type { HighlightRequest } from '../shared/protocol.ts';

export interface Highlighter {
  /** Paints (or, with on=false, removes) highlights; returns how many figures were marked. */
  apply(request: HighlightRequest): number;
  /** Removes every highlight, card and listener, leaving the page as it was. */
  destroy(): void;
}

export function createHighlighter(_doc: Document): Highlighter {
  return { apply: () => 0, destroy: () => undefined };
}
