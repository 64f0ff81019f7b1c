// Which stored feed items to keep: younger than the retention window, and within the size cap.

import { DAY_MS } from '../text/calendar-day.ts';

export type RetentionDecision = 'keep' | 'expire';

export const DEFAULT_RETENTION_DAYS = 30;
/** Stored feed items at most (the newest are kept). */
export const DEFAULT_MAX_ITEMS = 50_000;

/**
 * An item's age counts from when it was fetched, not from its date: a feed that lists an older
 * article today makes it news to the reader today, and a wrong feed date cannot purge it at once.
 */
export function retentionDecision(item: { fetchedAt: string }, now: number, retentionDays = DEFAULT_RETENTION_DAYS): RetentionDecision {
  const at = Date.parse(item.fetchedAt);
  if (!Number.isFinite(at)) return 'expire';
  return now - at > retentionDays * DAY_MS ? 'expire' : 'keep';
}

/** Ids to drop: every expired item, then the oldest until at most `maxItems` remain. */
export function itemsToDrop(items: Array<{ id: string; fetchedAt: string }>, now: number, retentionDays = DEFAULT_RETENTION_DAYS, maxItems = DEFAULT_MAX_ITEMS): string[] {
  const drop: string[] = [];
  const kept: Array<{ id: string; at: number }> = [];
  for (const it of items) {
    if (retentionDecision(it, now, retentionDays) === 'expire') drop.push(it.id);
    else kept.push({ id: it.id, at: Date.parse(it.fetchedAt) || 0 });
  }
  if (kept.length > maxItems) {
    kept.sort((a, b) => a.at - b.at);
    for (const k of kept.slice(0, kept.length - maxItems)) drop.push(k.id);
  }
  return drop;
}
