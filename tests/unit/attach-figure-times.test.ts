import { describe, expect, test } from 'vitest';
import { attachFigureTimes } from '../../src/core/figures/extract/attach-figure-times.ts';
import { findNonFigureSpans, type NonFigureSpan } from '../../src/core/figures/extract/find-non-figure-spans.ts';
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
    // A month right after the figure.
    ['Unemployment was 5.1% in March and 4.9% in February.', ['5.1%', '4.9%'], [], '2024-05-16', ['2024-03', '2024-02']],
    ['Unemployment was 5.1% in March.', ['5.1%'], [], undefined, ['March']],
    ['Sales were $5bn in Sept. 2023, a record.', ['$5bn'], [], '2024-05-16', ['2023-09']],
    ['Sales were $5bn in November.', ['$5bn'], [], '2024-05-16', ['2023-11']],
    ['Sales are expected to reach $5bn in November.', ['$5bn'], [], '2024-05-16', ['2024-11']],
    ['Sales were $5bn in 2019, and in March more.', ['$5bn'], ['2019'], '2024-05-16', ['2019']],
    ['He paid $5 on March 5.', ['$5'], [], '2024-05-16', [undefined]],
    ['It cost $5 in may, said Mr Mayhew.', ['$5'], [], '2024-05-16', [undefined]],
    ["He gave $5m in May's budget.", ['$5m'], [], '2024-05-16', [undefined]],
  ])('%s', (text, figureTexts, years, published, expected) => {
    expect(timesOf(text, figureTexts, years, published)).toEqual(expected);
  });
});

test('the starting point of a change takes no time from before it', () => {
  const text = 'The rate rose to 5.1% in 2023 from 4.9%.';
  const figures: Figure[] = [
    { text: '5.1%', start: 17, end: 21, value: 5.1, unit: '%', kind: 'percent', change: { direction: 'rose', marks: 'to' } },
    { text: '4.9%', start: 35, end: 39, value: 4.9, unit: '%', kind: 'percent', change: { direction: 'rose', marks: 'from' } },
  ];
  attachFigureTimes(text, figures, [{ start: 25, end: 29, reason: 'year' }]);
  expect(figures.map((f) => f.time)).toEqual(['2023', undefined]);
});

describe('attachFigureTimes: the nearest times only', () => {
  test.each<[string, string[], string[], Array<string | undefined>]>([
    ['In 2019 and in 2020 sales were $5bn.', ['$5bn'], ['2019', '2020'], ['2020']],
    ['In 2019 sales were $5bn; profits were $1bn.', ['$5bn', '$1bn'], ['2019'], ['2019', undefined]],
    // A time after the figure is not across a comma nor after "since"; one before it then comes first.
    ['Sales were $5bn, in 2019 and $6bn in 2020.', ['$5bn', '$6bn'], ['2019', '2020'], [undefined, '2020']],
    ['Sales were $5bn since 2019 and $6bn in 2020.', ['$5bn', '$6bn'], ['2019', '2020'], [undefined, '2020']],
    ['In 2019 sales were $5bn, since 2020 $6bn.', ['$5bn', '$6bn'], ['2019', '2020'], ['2019', '2020']],
  ])('%s', (text, figureTexts, years, expected) => {
    expect(timesOf(text, figureTexts, years)).toEqual(expected);
  });

  test('the sentences given by the caller are the ones split here', () => {
    const text = 'Sales were $5bn in November. Next they will reach $6bn in December.';
    const run = (sentences?: Array<[number, number]>) => {
      const figures: Figure[] = ['$5bn', '$6bn'].map((t) => ({ text: t, start: text.indexOf(t), end: text.indexOf(t) + t.length, value: 0, unit: 'USD', kind: 'money' }));
      attachFigureTimes(text, figures, findNonFigureSpans(text), '2024-05-16', sentences);
      return figures.map((f) => f.time);
    };
    expect(run()).toEqual(['2023-11', '2024-12']);
    expect(run([[0, 28], [29, text.length]])).toEqual(['2023-11', '2024-12']);
  });

  test('thousands of figures and years in one sentence', () => {
    const text = `${Array.from({ length: 5000 }, (_, i) => `in ${1900 + (i % 200)} ${i + 3} tonnes`).join(', ')}.`;
    const figures: Figure[] = [];
    const years: NonFigureSpan[] = [];
    for (const m of text.matchAll(/in (\d{4}) (\d+) tonnes/g)) {
      years.push({ start: m.index + 3, end: m.index + 7, reason: 'year' });
      const start = m.index + 8;
      figures.push({ text: m[2]!, start, end: start + m[2]!.length, value: Number(m[2]), unit: 'tonne', kind: 'quantity' });
    }
    const t0 = performance.now();
    attachFigureTimes(text, figures, years);
    expect(performance.now() - t0).toBeLessThan(2000); // took minutes
    expect(figures[0]!.time).toBe('1900');
    expect(figures[4999]!.time).toBe(String(1900 + (4999 % 200)));
  });
});
