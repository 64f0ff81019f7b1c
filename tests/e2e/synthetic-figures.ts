// Figure groups built by hand from an extracted article text, so highlighting can be tested on any
// page whether or not figure alignment finds anything there: every figure-like token (spread over
// the text) becomes the open article's mention in a group, with one made-up mention from a report.
import '../../src/cli/install-background-terms.ts'; // the term list, before anything is analysed
import { atNumberBoundary } from '../../src/core/anchoring/match-quote.ts';
import { splitSentences } from '../../src/core/text/split-sentences.ts';
import type { FigureGroup, FigureMention } from '../../src/core/types.ts';

const FIGURE = /(?:[$€£]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent|per cent|million|billion|bn|m|km))?/g;

/** The open article's mention of text.slice(start, end), with its sentence and quote. */
export function mentionAt(text: string, start: number, end: number, sentences = splitSentences(text)): FigureMention {
  const s = sentences.find(([a, b]) => a <= start && end <= b);
  const m: FigureMention = { reportId: null, text: text.slice(start, end), value: 1, unit: 'x', start, end };
  if (s) {
    m.sentence = s;
    m.quote = text.slice(s[0], s[1]);
  }
  return m;
}

/** The open article's mention of the first `figure` in `text`. */
export function mentionOf(text: string, figure: string): FigureMention {
  const start = text.indexOf(figure);
  if (start === -1) throw new Error(`"${figure}" is not in the text`);
  return mentionAt(text, start, start + figure.length);
}

export function otherMention(reportId: string, text: string): FigureMention {
  return { reportId, text, value: 1, unit: 'x', start: 0, end: text.length };
}

/** Up to `max` figure groups over the text's figures, alternately diverging and corroborated. */
export function syntheticGroups(text: string, max = 16): FigureGroup[] {
  const sentences = splitSentences(text);
  const found: Array<[number, number]> = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].replace(/\s+$/, '').length;
    if (/\d/.test(text[start - 1] ?? '') || /[\d\w]/.test(text[end] ?? '') || !atNumberBoundary(text, start, end)) continue;
    found.push([start, end]);
  }
  const step = Math.max(1, Math.ceil(found.length / max));
  const picked = found.filter((_, i) => i % step === 0).slice(0, max);
  return picked.map(([start, end], i): FigureGroup => ({
    measure: `measure ${i + 1}`,
    status: i % 2 === 0 ? 'diverging' : 'corroborated',
    mentions: [mentionAt(text, start, end, sentences), otherMention('000_other', `${text.slice(start, end)}0`)],
  }));
}
