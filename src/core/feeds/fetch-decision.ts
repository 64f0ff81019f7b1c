// When to fetch a source, and what a response means for it. Pure: the background passes the clock
// and what it knows of permissions.

export type SourceState = 'ok' | 'fetching' | 'error' | 'needs-permission' | 'paused';

export type FetchDecision = 'fetch' | 'wait' | 'paused' | 'needs-permission';

export interface SourceSchedule {
  paused: boolean;
  /** ISO time of the last attempt, if any. */
  lastAttempt?: string;
  /** Consecutive failed attempts. */
  failures: number;
}

export const DEFAULT_INTERVAL_MINUTES = 30;
/** Back-off stops growing here: a failing source is still tried once a day. */
export const MAX_BACKOFF_MINUTES = 24 * 60;

/** Minutes to wait after `failures` consecutive failures: the interval, doubled per failure, capped. */
export function backoffMinutes(failures: number, intervalMinutes = DEFAULT_INTERVAL_MINUTES): number {
  if (failures <= 0) return intervalMinutes;
  return Math.min(MAX_BACKOFF_MINUTES, intervalMinutes * 2 ** Math.min(failures, 16));
}

/**
 * `force` is the reader's "refresh now": it skips the wait but never a pause, a missing permission,
 * or the back-off of a failing source's first minutes.
 */
export function fetchDecision(s: SourceSchedule, now: number, opts: { permitted: boolean; intervalMinutes?: number; force?: boolean }): FetchDecision {
  if (s.paused) return 'paused';
  if (!opts.permitted) return 'needs-permission';
  if (!s.lastAttempt) return 'fetch';
  const last = Date.parse(s.lastAttempt);
  if (!Number.isFinite(last)) return 'fetch';
  const elapsedMin = (now - last) / 60_000;
  if (opts.force) return s.failures > 0 && elapsedMin < 1 ? 'wait' : 'fetch';
  return elapsedMin >= backoffMinutes(s.failures, opts.intervalMinutes) - 0.5 ? 'fetch' : 'wait';
}

export type ResponseOutcome = 'ok' | 'not-modified' | 'gone' | 'retry-later' | 'error';

/** What an HTTP status means for a source. */
export function responseOutcome(status: number): ResponseOutcome {
  if (status === 304) return 'not-modified';
  if (status >= 200 && status < 300) return 'ok';
  if (status === 404 || status === 410) return 'gone';
  if (status === 429 || status === 408 || status >= 500) return 'retry-later';
  return 'error';
}
