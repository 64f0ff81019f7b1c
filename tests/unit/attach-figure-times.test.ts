import { describe, expect, test } from 'vitest';
import { attachFigureTimes } from '../../src/core/attach-figure-times.ts';
import { findNonFigureSpans, type NonFigureSpan } from '../../src/core/find-non-figure-spans.ts';
import type { Figure } from '../../src/core/types.ts';

/** Figures at the given texts, the years as the extractor would report them. */
function timesOf(text: string, figureTexts: string[], years: string[], published?: string): Array<string | undefined> {
  const figures: Figure[] = figureTexts.map((t) => {
    const start = text.indexOf(t);
    return { text: t, start, end: start + t.length, value: 0, unit: '', kind: 'number' };
  });
  const yearSpans: NonFigureSpan[] = years.map((y) => ({ start: text.indexOf(y), end: text.indexOf(y) + y.length, reason: 'year' }));
  attachFigureTimes(text, figures, [...findNonFigureSpans(text), ...yearSpans], published);
  return figures.map((f) => f.time);
}

describe('attachFigureTimes', () => {
  test.each<[string, string[], string[], string | undefined, Array<string | undefined>]>([
    ['Trade reached $227.8 billion last year, up from $111 billion in 2019.', ['$227.8 billion', '$111 billion'], ['2019'], '2024-05-16', ['2023', '2019']],
    ['Trade reached $227.8 billion last year.', ['$227.8 billion'], [], undefined, ['last year']],
    ['Last year, bilateral trade hit a record $240.1bn, and more.', ['$240.1bn'], [], '2024-05-16', ['2023']],
    ['It will hit $390 billion next year.', ['$390 billion'], [], '2024-05-16', ['2025']],
    ['Sales of $5bn in fiscal 2023-24 beat forecasts.', ['$5bn'], [], undefined, ['2023-24']],
    ['He saw a doctor in November 2016 after three months.', ['three months'], [], undefined, ['2016']],
    ['It was the first time since 2012.', ['first'], ['2012'], undefined, [undefined]],
    ['Trade was $5bn. In 2019 it fell.', ['$5bn'], ['2019'], undefined, [undefined]],
  ])('%s', (text, figureTexts, years, published, expected) => {
    expect(timesOf(text, figureTexts, years, published)).toEqual(expected);
  });
});
