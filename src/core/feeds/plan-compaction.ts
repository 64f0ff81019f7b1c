// The feed index lives in segments: each fetch batch is indexed on its own (small, fast), and when
// there are too many, the smallest are merged into one (LSM-style), so a query touches few indexes
// and no fetch ever rebuilds the whole index.

/** Segments kept before merging. */
export const MAX_SEGMENTS = 8;

/**
 * Indices of the segments to merge into one, or [] when none need it: the smallest, enough of
 * them to bring the count to MAX_SEGMENTS / 2. Segments holding deleted items count as merge-worthy
 * first (merging drops them).
 */
export function planCompaction(segments: Array<{ size: number; deleted: number }>, maxSegments = MAX_SEGMENTS): number[] {
  const dirty = segments.map((s, i) => ({ ...s, i })).filter((s) => s.deleted > 0 && s.deleted * 2 >= s.size);
  if (segments.length <= maxSegments && dirty.length === 0) return [];
  if (segments.length <= maxSegments) return dirty.map((s) => s.i);
  const order = segments.map((s, i) => ({ live: s.size - s.deleted, i })).sort((a, b) => a.live - b.live || a.i - b.i);
  const take = segments.length - Math.floor(maxSegments / 2) + 1;
  return order
    .slice(0, Math.max(2, take))
    .map((s) => s.i)
    .sort((a, b) => a - b);
}
