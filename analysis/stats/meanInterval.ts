/**
 * Confidence intervals (`meanInterval`) of a mean across independent replicates (seeds), from Student's t.
 * With the per-seed values x₁…xₙ: mean ± t(1−α/2, n−1)·s/√n.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { mean, sampleStandardDeviation } from 'simple-statistics';

/** A mean with its confidence interval; `halfWidth` is null with fewer than two values. */
export interface MeanInterval {
  readonly n: number;
  readonly mean: number;
  /** Sample standard deviation (n − 1 denominator); 0 for one value. */
  readonly std: number;
  readonly low: number;
  readonly high: number;
  readonly halfWidth: number | null;
  readonly level: number;
}

/**
 * The Student-t confidence interval of the mean of `values` (one value per seed).
 * Returns null for no values; with one value the interval collapses to the value (halfWidth null).
 */
export function meanInterval(values: readonly number[], level = 0.95): MeanInterval | null {
  const n = values.length;
  if (n === 0) return null;
  const m = mean([...values]);
  if (n === 1) return { n, mean: m, std: 0, low: m, high: m, halfWidth: null, level };
  const std = sampleStandardDeviation([...values]);
  const halfWidth = tQuantile(1 - (1 - level) / 2, n - 1) * (std / Math.sqrt(n));
  return { n, mean: m, std, low: m - halfWidth, high: m + halfWidth, halfWidth, level };
}
