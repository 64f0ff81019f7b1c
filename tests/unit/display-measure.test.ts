import { expect, test } from 'vitest';
import type { FigureGroup } from '../../src/core/types.ts';
import { displayMeasure } from '../../src/shared/display-measure.ts';

const group = (measure: string, text: string, unit: string, quote?: string): FigureGroup => ({
  measure,
  status: 'omitted',
  mentions: [{ reportId: 'r1', text, value: 1, unit, start: 0, end: text.length, ...(quote ? { quote } : {}) }],
});

test.each([
  // A phrase is kept as it is.
  [group('bilateral trade, last year', '$240.1bn', 'USD', 'Bilateral trade hit a record $240.1bn last year.'), 'bilateral trade, last year'],
  [group('length of the state visit', 'two-day', 'day', 'the two-day visit'), 'length of the state visit'],
  // A bare unit word gives way to the words around the figure.
  [group('min', '30 min', 'min', 'He could only walk for 30 min before he had to stop.'), '“He could only walk for 30 min before he had to stop.”'],
  [
    group('min', '30 min', 'min', 'After the new bedding arrived in the spring of that year, the patient said he could only walk for 30 min before he had to stop and catch his breath on the stairs.'),
    '“…year, the patient said he could only walk for 30 min before he had to stop and catch his breath on…”',
  ],
  [group('months', '12 months', 'month', 'Symptoms had lasted 12 months.'), '“Symptoms had lasted 12 months.”'],
  [group('a', 'a thousand', '', 'There are a thousand choices.'), '“There are a thousand choices.”'],
  [group('year, 2016', '43-year-old', 'year', 'A 43-year-old man in 2016.'), '“A 43-year-old man in 2016.”'],
  // A speaker's own quotation marks are not doubled by the ones the snippet is shown in.
  [group('min', '30 min', 'min', '“Going upstairs was a 30 min activity.”'), '“Going upstairs was a 30 min activity.”'],
  // Without a quote the label stays.
  [group('min', '30 min', 'min'), 'min'],
  // A one-word label that is not the unit is informative.
  [group('tariffs', '$18bn', 'USD', 'tariffs on $18bn'), 'tariffs'],
])('%#: %j', (g, expected) => {
  expect(displayMeasure(g)).toBe(expected);
});
