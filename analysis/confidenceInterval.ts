/**
 * Confidence intervals for a mean across replicates (seeds), with Student's t: the replicate
 * count of a sweep is small (tens to hundreds), where the normal approximation is too narrow.
 * The t quantile is computed by bisection on the t CDF (the regularized incomplete beta function,
 * evaluated by its continued fraction), accurate to ~1e-10 — no table, any degrees of freedom.
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';

/** Mean of replicates with a two-sided confidence interval. */
export interface ConfidenceInterval {
  /** Number of finite values used. */
  readonly n: number;
  readonly mean: number | null;
  /** Sample standard deviation (n − 1); 0 for one value. */
  readonly std: number | null;
  /** Confidence level, e.g. 0.95. */
  readonly level: number;
  /** Interval bounds; null when n < 2 (no spread to estimate). */
  readonly low: number | null;
  readonly high: number | null;
}

/**
 * The `level` (default 95%) Student-t confidence interval of the mean of `values`
 * (non-finite values are ignored). Results are rounded to 6 decimals so they print stably.
 */
export function confidenceInterval(values: readonly number[], level = 0.95): ConfidenceInterval {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidenceInterval: level ${level} — must be in (0, 1)`);
  const xs = values.filter((v) => Number.isFinite(v));
  const n = xs.length;
  if (n === 0) return { n, mean: null, std: null, level, low: null, high: null };
  const m = mean(xs);
  if (n === 1) return { n, mean: round(m), std: 0, level, low: null, high: null };
  const s = sampleStandardDeviation(xs);
  const half = studentTQuantile((1 + level) / 2, n - 1) * (s / Math.sqrt(n));
  return { n, mean: round(m), std: round(s), level, low: round(m - half), high: round(m + half) };
}

/** The `p` quantile of Student's t distribution with `df` degrees of freedom. */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) throw new RangeError(`studentTQuantile: p=${p}, df=${df} — need 0 < p < 1 and df > 0`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-12 * Math.max(1, hi); i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** P(T <= t) for Student's t with `df` degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** I_x(a, b), by Lentz's continued fraction (Numerical Recipes `betai`). */
function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    for (const aa of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return h;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7). */
function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  const z = x - 1;
  let s = g[0]!;
  for (let i = 1; i < 9; i++) s += g[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
