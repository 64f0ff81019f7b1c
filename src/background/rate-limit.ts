// A sliding-window rate limit as a pure decision: given the times of the calls allowed so far, allow
// this one or refuse it. The caller keeps the returned times as its state.

export interface RateLimit {
  /** Calls allowed within one window. */
  max: number;
  windowMs: number;
}

export type RateDecision = 'allow' | 'refuse';

export function decideRate(allowedAt: readonly number[], now: number, limit: RateLimit): { decision: RateDecision; allowedAt: number[] } {
  const recent = allowedAt.filter((t) => t > now - limit.windowMs && t <= now);
  if (recent.length >= limit.max) return { decision: 'refuse', allowedAt: recent };
  return { decision: 'allow', allowedAt: [...recent, now] };
}

/** openReport from a page's content script: a reader opens a few reports in a row at most. */
export const OPEN_REPORT_LIMIT: RateLimit = { max: 5, windowMs: 30_000 };
