// The sliding-window limit that bounds openReport from content scripts.
import { describe, expect, test } from 'vitest';
import { decideRate, OPEN_REPORT_LIMIT, type RateDecision } from '../../src/background/rate-limit.ts';

const LIMIT = { max: 3, windowMs: 1000 };

describe('decideRate', () => {
  test.each<[string, number[], number, RateDecision, number[]]>([
    ['the first call', [], 5000, 'allow', [5000]],
    ['under the limit', [4500, 4800], 5000, 'allow', [4500, 4800, 5000]],
    ['at the limit within the window', [4100, 4500, 4800], 5000, 'refuse', [4100, 4500, 4800]],
    ['the oldest call left the window (exactly one window ago)', [4000, 4500, 4800], 5000, 'allow', [4500, 4800, 5000]],
    ['all calls long ago', [1000, 1100, 1200], 5000, 'allow', [5000]],
    ['a clock that went back: future times are dropped', [9000, 9100, 9200], 5000, 'allow', [5000]],
  ])('%s', (_, before, now, decision, after) => {
    expect(decideRate(before, now, LIMIT)).toEqual({ decision, allowedAt: after });
  });

  test('a burst of 100 calls from a page opens at most the limit of reports', () => {
    let state: number[] = [];
    let allowed = 0;
    for (let i = 0; i < 100; i++) {
      const r = decideRate(state, 1_000_000 + i, OPEN_REPORT_LIMIT);
      state = r.allowedAt;
      if (r.decision === 'allow') allowed++;
    }
    expect(allowed).toBe(OPEN_REPORT_LIMIT.max);
  });
});
