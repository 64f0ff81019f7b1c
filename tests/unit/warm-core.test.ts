// warmCore: one head start per worker, whose failure never reaches the analysis that asked for it.
import { expect, test, vi } from 'vitest';

const calls = { analyze: 0, align: 0 };
vi.mock('../../src/core/analyze.ts', () => ({
  analyze: () => {
    calls.analyze++;
    throw new Error('a sample the core refuses');
  },
}));
vi.mock('../../src/core/figures/align-figures.ts', () => ({ alignFigures: () => void calls.align++ }));

const { warmCore } = await import('../../src/background/warm-core.ts');

test('runs once per worker, and a failing sample is swallowed', () => {
  expect(() => warmCore([])).not.toThrow();
  warmCore([]);
  expect(calls).toEqual({ analyze: 1, align: 0 });
});
