import { describe, expect, test } from 'vitest';
import { lookupTable } from '../../src/core/text/lookup-table.ts';

describe('lookupTable', () => {
  test('holds its entries and nothing inherited', () => {
    const t = lookupTable({ one: 1 });
    expect(t.one).toBe(1);
    expect('constructor' in t).toBe(false);
    expect(t['toString']).toBeUndefined();
    expect(Object.isFrozen(t)).toBe(true);
  });
});
