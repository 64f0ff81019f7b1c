// Regression floor on the public quantity suites (tests/fixtures/quantities). The floors sit a little
// below what `npm run eval:figures` measured when they were set; raise them when the extractor improves.
import { describe, expect, test } from 'vitest';
import { scoreFigureSuites } from '../../scripts/score-figure-suites.ts';

// Percent: overlap precision, overlap recall, exact-span F1, value accuracy, recall with designed-out items as misses.
const FLOORS: Record<string, { p: number; r: number; exactF1: number; value: number; recallAll: number }> = {
  'Recognizers Number': { p: 87, r: 90, exactF1: 63, value: 73, recallAll: 86 },
  'Recognizers NumberRange': { p: 79, r: 94, exactF1: 5, value: 84, recallAll: 94 },
  'Recognizers Currency': { p: 96, r: 94, exactF1: 87, value: 89, recallAll: 94 },
  'Recognizers Percent': { p: 97, r: 71, exactF1: 82, value: 97, recallAll: 71 },
  'Recognizers Ordinal': { p: 93, r: 85, exactF1: 88, value: 97, recallAll: 85 },
  'Recognizers Dimension': { p: 93, r: 86, exactF1: 78, value: 91, recallAll: 85 },
  'Recognizers Temperature': { p: 92, r: 97, exactF1: 88, value: 94, recallAll: 97 },
  'Recognizers Age': { p: 97, r: 97, exactF1: 92, value: 97, recallAll: 97 },
  quantulum3: { p: 88, r: 89, exactF1: 66, value: 90, recallAll: 83 },
  'quantulum3 ambiguity': { p: 93, r: 87, exactF1: 57, value: 90, recallAll: 80 },
};

describe('extractFigures on the Recognizers-Text and quantulum3 suites', () => {
  const scores = scoreFigureSuites();

  test('every suite is scored and has a floor', () => {
    expect(scores.map((s) => s.name).sort()).toEqual(Object.keys(FLOORS).sort());
    for (const s of scores) expect(s.gold).toBeGreaterThan(10);
  });

  test.each(Object.entries(FLOORS))('%s stays above its floor', (name, floor) => {
    const s = scores.find((x) => x.name === name)!;
    const pct = (x: number) => Math.round(x * 1000) / 10;
    expect(pct(s.overlap.p), 'overlap precision').toBeGreaterThanOrEqual(floor.p);
    expect(pct(s.overlap.r), 'overlap recall').toBeGreaterThanOrEqual(floor.r);
    expect(pct(s.exact.f1), 'exact-span F1').toBeGreaterThanOrEqual(floor.exactF1);
    expect(pct(s.valueAccuracy), 'value accuracy').toBeGreaterThanOrEqual(floor.value);
    expect(pct(s.recallAll), 'recall counting designed-out items as misses').toBeGreaterThanOrEqual(floor.recallAll);
  });
});
