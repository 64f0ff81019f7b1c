// The general-English term list is data installed by each entry point (public/terms/): without it the
// core refuses to weigh terms rather than weigh them all as unlisted.
import { readFileSync } from 'node:fs';
import { expect, test, vi } from 'vitest';
import { BACKGROUND_TERMS_FILE } from '../../src/cli/install-background-terms.ts';
import { backgroundRank } from '../../src/core/text/background-idf.ts';

test('a fresh core refuses to weigh terms until the list is installed, then ranks by its order', async () => {
  vi.resetModules();
  const fresh = await import('../../src/core/text/background-idf.ts');
  expect(fresh.backgroundTermsInstalled()).toBe(false);
  expect(() => fresh.backgroundRank('the')).toThrow(/not installed/);
  expect(() => fresh.installBackgroundTerms('  \n')).toThrow(/empty/);
  fresh.installBackgroundTerms('page link born\n');
  expect([fresh.backgroundRank('page'), fresh.backgroundRank('born'), fresh.backgroundRank('harbin')]).toEqual([1, 3, 60_000]);
});

test('the shipped list is installed for Node entry points: 30,000 terms, common words first', () => {
  expect(readFileSync(BACKGROUND_TERMS_FILE, 'utf8').trim().split(' ')).toHaveLength(30_000);
  expect(backgroundRank('page')).toBe(1);
  expect(backgroundRank('visit')).toBeLessThan(3000);
  expect(backgroundRank('harbin')).toBeGreaterThan(10_000);
});
