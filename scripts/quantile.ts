// The one percentile rule every benchmark prints with: the value at floor(q * n) of the sorted
// samples (q = 0.5 is the median, 0.95 the p95). NaN for no samples.
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
