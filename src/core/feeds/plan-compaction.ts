// The feed index lives in segments: each fetch batch is indexed on its own (small, fast), and
// segments of about the same size are merged once there are TIER_FANOUT of them (size-tiered,
// LSM-style). So no fetch rebuilds the whole index, an item is re-indexed O(log n) times over its
// life, and a query touches few indexes.

/** Segments of one size tier merged together once there are this many. */
export const TIER_FANOUT = 4;
/** A hard cap: past it the smallest segments are merged whatever their tiers. */
export const MAX_SEGMENTS = 24;

/** Size tier of a segment: 0 for 1-3 items, 1 for 4-15, 2 for 16-63... (base TIER_FANOUT). */
export function segmentTier(liveItems: number, fanout = TIER_FANOUT): number {
  return liveItems <= 1 ? 0 : Math.floor(Math.log(liveItems) / Math.log(fanout) + 1e-9);
}

/**
 * Indices of the segments to merge into one, or [] when none need it: segments mostly deleted
 * first (rewriting drops their dead entries), else the lowest tier holding TIER_FANOUT segments,
 * else the smallest when over MAX_SEGMENTS.
 */
export function planCompaction(segments: Array<{ size: number; deleted: number }>, fanout = TIER_FANOUT, maxSegments = MAX_SEGMENTS): number[] {
  const dirty = segments.flatMap((s, i) => (s.deleted > 0 && s.deleted * 2 >= s.size ? [i] : []));
  if (dirty.length) return dirty;
  const tiers = new Map<number, number[]>();
  segments.forEach((s, i) => {
    const t = segmentTier(s.size - s.deleted, fanout);
    tiers.set(t, [...(tiers.get(t) ?? []), i]);
  });
  for (const t of [...tiers.keys()].sort((a, b) => a - b)) {
    const members = tiers.get(t)!;
    if (members.length >= fanout) return members;
  }
  if (segments.length <= maxSegments) return [];
  const order = segments.map((s, i) => ({ live: s.size - s.deleted, i })).sort((a, b) => a.live - b.live || a.i - b.i);
  return order
    .slice(0, segments.length - maxSegments + 1)
    .map((s) => s.i)
    .sort((a, b) => a - b);
}
