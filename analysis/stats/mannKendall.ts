/**
 * The Mann-Kendall trend test with Sen's slope: is a series (one value per run, in run order)
 * monotonically drifting? S = Σ sign(xⱼ − xᵢ) over i < j; with ties, Var(S) is corrected;
 * Z uses the continuity correction; p is two-sided.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** The outcome of {@link mannKendall}. */
export type TrendResult =
  | {
      readonly ok: true;
      readonly n: number;
      readonly s: number;
      readonly z: number;
      readonly p: number;
      /** Sen's slope: the median of pairwise slopes, per run. */
      readonly slope: number;
      readonly direction: 'increasing' | 'decreasing' | 'none';
    }
  | { readonly ok: false; readonly reason: string };

/** Tests `series` for a monotonic trend at significance `alpha`. Needs at least `minRuns` values. */
export function mannKendall(series: readonly number[], alpha = 0.05, minRuns = 10): TrendResult {
  const n = series.length;
  if (n < minRuns) return { ok: false, reason: `needs at least ${minRuns} runs, got ${n}` };
  let s = 0;
  const slopes: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = series[j]! - series[i]!;
      s += Math.sign(d);
      slopes.push(d / (j - i));
    }
  }
  const groups = new Map<number, number>();
  for (const v of series) groups.set(v, (groups.get(v) ?? 0) + 1);
  let ties = 0;
  for (const t of groups.values()) ties += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - ties) / 18;
  const z = variance <= 0 || s === 0 ? 0 : (s - Math.sign(s)) / Math.sqrt(variance);
  const p = 2 * (1 - normalCdf(Math.abs(z), 0, 1));
  slopes.sort((a, b) => a - b);
  const mid = slopes.length >> 1;
  const slope = slopes.length % 2 ? slopes[mid]! : (slopes[mid - 1]! + slopes[mid]!) / 2;
  return { ok: true, n, s, z, p, slope, direction: p < alpha ? (s > 0 ? 'increasing' : 'decreasing') : 'none' };
}
