// Maps the open article's figures (offsets into the extracted text) onto live DOM ranges: each
// figure is found by its sentence in the page's text index, then checked: the range's text must be
// the figure's text (whitespace aside), so a figure never lands on another number.
import { matchFigure, sameFigureText } from '../core/anchoring/match-quote.ts';
import type { FigureGroup, FigureMention } from '../core/types.ts';
import type { TextIndex } from './build-text-index.ts';

export type MarkedStatus = 'diverging' | 'corroborated';

/** One figure of the open article that is to be marked. */
export interface FigureTarget {
  key: string;
  status: MarkedStatus;
  group: FigureGroup;
  mention: FigureMention;
}

export interface AnchoredFigure extends FigureTarget {
  figure: Range;
  /** The sentence around it, when it was found. */
  sentence?: Range;
  /** Identifies the sentence's place on the page, so a sentence with two figures is tinted once. */
  sentenceKey?: string;
}

/** The open article's mentions in diverging and corroborated groups, in text order. */
export function figureTargets(groups: FigureGroup[]): FigureTarget[] {
  const out: FigureTarget[] = [];
  const seen = new Set<string>();
  for (const group of groups) {
    if (group.status !== 'diverging' && group.status !== 'corroborated') continue;
    for (const mention of group.mentions) {
      if (mention.reportId !== null) continue;
      const key = `${mention.start}:${mention.end}`;
      if (seen.has(key)) continue; // a figure in two groups is marked once, by the first
      seen.add(key);
      out.push({ key, status: group.status, group, mention });
    }
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** A range still holds the figure it was anchored to. */
export function stillHolds(range: Range, figureText: string): boolean {
  return range.startContainer.isConnected && !range.collapsed && sameFigureText(range.toString(), figureText);
}

/**
 * Anchors the targets on the index; returns those found. Targets are taken in text order and each
 * search is hinted just after the previous find, so a sentence repeated on the page (a pull quote,
 * a teaser) resolves to the place that follows the article's flow.
 */
export function anchorFigures(index: TextIndex, targets: FigureTarget[]): AnchoredFigure[] {
  const out: AnchoredFigure[] = [];
  let hint = 0;
  for (const t of targets) {
    const m = t.mention;
    const quote = m.quote ?? undefined;
    // Quotes of long sentences are a window around the figure, not always from the sentence start:
    // trust the sentence offset only where the quote really has the figure there.
    const fromSentence = m.sentence ? m.start - m.sentence[0] : undefined;
    const offsetInQuote =
      quote && fromSentence !== undefined && quote.startsWith(m.text, fromSentence) ? fromSentence : quote && quote.indexOf(m.text) >= 0 ? quote.indexOf(m.text) : undefined;
    const found = matchFigure(index.text, { figure: m.text, ...(quote ? { quote } : {}), ...(offsetInQuote !== undefined ? { offsetInQuote } : {}), hint });
    if (!found) continue;
    const figure = index.range(found.figure[0], found.figure[1]);
    if (!figure || !sameFigureText(figure.toString(), m.text)) continue;
    const anchored: AnchoredFigure = { ...t, figure };
    if (found.sentence) {
      const sentence = index.range(found.sentence[0], found.sentence[1]);
      if (sentence) {
        anchored.sentence = sentence;
        anchored.sentenceKey = `${found.sentence[0]}:${found.sentence[1]}`;
      }
    }
    out.push(anchored);
    hint = found.figure[1];
  }
  return out;
}
