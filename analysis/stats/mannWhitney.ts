/**
 * The Mann-Whitney U test (Wilcoxon rank-sum), two-sided. Exact p-values from the permutation
 * distribution of U when there are no ties and both samples are small (n₁·n₂ ≤ 400); otherwise
 * the normal approximation with tie correction and continuity correction.
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';

/** The outcome of {@link mannWhitney}. */
export type MannWhitneyResult =
  | { readonly ok: true; readonly u: number; readonly p: number; readonly method: 'exact' | 'normal' }
  | { readonly ok: false; readonly reason: string };

/** Tests whether `a` and `b` come from the same distribution (two-sided). */
export function mannWhitney(a: readonly number[], b: readonly number[]): MannWhitneyResult {
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) return { ok: false, reason: 'a sample is empty' };
  const all = [...a.map((v) => ({ v, g: 0 })), ...b.map((v) => ({ v, g: 1 }))].sort((x, y) => x.v - y.v);
  const ranks = new Array<number>(all.length);
  let tieTerm = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j + 1 < all.length && all[j + 1]!.v === all[i]!.v) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[k] = rank;
    const t = j - i + 1;
    tieTerm += t * t * t - t;
    i = j + 1;
  }
  let r1 = 0;
  for (let k = 0; k < all.length; k++) if (all[k]!.g === 0) r1 += ranks[k]!;
  const u1 = r1 - (n1 * (n1 + 1)) / 2;
  const u = Math.min(u1, n1 * n2 - u1);
  const n = n1 + n2;
  if (tieTerm === 0 && n1 * n2 <= 400) {
    const counts = uCounts(n1, n2);
    let total = 0;
    let tail = 0;
    for (let k = 0; k < counts.length; k++) {
      total += counts[k]!;
      if (k <= u) tail += counts[k]!;
    }
    return { ok: true, u, p: Math.min(1, (2 * tail) / total), method: 'exact' };
  }
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return { ok: true, u, p: 1, method: 'normal' };
  const z = (Math.abs(u1 - (n1 * n2) / 2) - 0.5) / Math.sqrt(variance);
  return { ok: true, u, p: Math.min(1, 2 * (1 - normalCdf(Math.max(0, z), 0, 1))), method: 'normal' };
}

/** Number of rank arrangements giving each U = 0 … n1·n2 (the classic recurrence, by DP). */
function uCounts(n1: number, n2: number): number[] {
  // f[i][j][u] = f[i-1][j][u-j] + f[i][j-1][u]; keep one 2-D layer per i.
  let prev: number[][] = Array.from({ length: n2 + 1 }, () => [1]);
  for (let i = 1; i <= n1; i++) {
    const cur: number[][] = [[1]];
    for (let j = 1; j <= n2; j++) {
      const size = i * j + 1;
      const row = new Array<number>(size).fill(0);
      const left = cur[j - 1]!;
      const up = prev[j]!;
      for (let k = 0; k < size; k++) row[k] = (left[k] ?? 0) + (k - j >= 0 ? (up[k - j] ?? 0) : 0);
      cur.push(row);
    }
    prev = cur;
  }
  return prev[n2]!;
}
