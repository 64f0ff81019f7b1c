// Spans (of figures) looked up by position: sorted once, then each "which span does this word touch?" is a
// binary search instead of a scan of every span (a sentence listing thousands of numbers made describing
// each of them cubic).

export interface Span {
  start: number;
  end: number;
}

export class SortedSpans {
  /** The spans, sorted by start (stable). */
  readonly spans: readonly Span[];
  /** maxEnd[i]: the largest end among spans[0..i], so the search works for nested spans too. */
  private readonly maxEnd: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.spans = sorted;
    this.maxEnd = new Array<number>(sorted.length);
    let m = -Infinity;
    for (let i = 0; i < sorted.length; i++) {
      m = Math.max(m, sorted[i]!.end);
      this.maxEnd[i] = m;
    }
  }

  get length(): number {
    return this.spans.length;
  }

  /** Index (in `spans`) of the first span, by start, overlapping [start, end); -1 when none does. */
  firstOverlapping(start: number, end: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.maxEnd[mid]! > start) hi = mid;
      else lo = mid + 1;
    }
    for (let k = lo; k < this.spans.length; k++) {
      const s = this.spans[k]!;
      if (s.start >= end) break;
      if (s.end > start) return k;
    }
    return -1;
  }
}
