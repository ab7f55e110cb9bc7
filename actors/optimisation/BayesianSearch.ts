/**
 * Bayesian optimisation with a small Gaussian-process surrogate: RBF kernel (length scale
 * 0.25·√V), observations standardised, and an upper-confidence-bound acquisition (κ = 2)
 * maximised over random candidates plus perturbations of the incumbent. A batch takes the best
 * candidates that are not too close to one another. The first batch is random.
 */
import type { Rng } from '../../engine/index.js';
import { clampUnit, type OptimisationStrategy } from './OptimisationStrategy.js';

const KAPPA = 2;
const NOISE = 1e-2;

/** GP-UCB search over [0, 1]^V. */
export class BayesianSearch implements OptimisationStrategy {
  readonly name = 'bayesian';
  private readonly xs: number[][] = [];
  private readonly ys: number[] = [];
  private readonly lengthScale: number;

  constructor(private readonly dims: number) {
    this.lengthScale = 0.25 * Math.sqrt(dims);
  }

  propose(count: number, rng: Rng): number[][] {
    const random = (): number[] => Array.from({ length: this.dims }, () => rng.next());
    if (this.xs.length < 2) return Array.from({ length: count }, random);
    const model = this.fit();
    const best = this.xs[this.ys.indexOf(Math.max(...this.ys))]!;
    const candidates: number[][] = [];
    for (let i = 0; i < 300; i++) candidates.push(random());
    for (let i = 0; i < 100; i++) candidates.push(clampUnit(best.map((v) => v + 0.1 * (rng.next() - 0.5))));
    const scored = candidates.map((x) => ({ x, ucb: model(x) })).sort((a, b) => b.ucb - a.ucb);
    const chosen: number[][] = [];
    for (const c of scored) {
      if (chosen.length >= count) break;
      if (chosen.every((x) => dist2(x, c.x) > 0.01)) chosen.push(c.x);
    }
    while (chosen.length < count) chosen.push(random());
    return chosen;
  }

  observe(points: readonly number[][], scores: readonly number[]): void {
    points.forEach((p, i) => {
      this.xs.push(p.slice());
      this.ys.push(scores[i]!);
    });
  }

  /** Fitting is O(n³) in the observations; the work is reported relative to 100 points. */
  planningWork(): number {
    return Math.pow(this.xs.length / 100, 3) + 0.1;
  }

  /** Fits the GP and returns the UCB acquisition function. */
  private fit(): (x: number[]) => number {
    const n = this.xs.length;
    const mean = this.ys.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(this.ys.reduce((a, y) => a + (y - mean) ** 2, 0) / n) || 1;
    const y = this.ys.map((v) => (v - mean) / sd);
    const k = (a: number[], b: number[]): number => Math.exp(-dist2(a, b) / (2 * this.lengthScale ** 2));
    const L = cholesky(this.xs.map((a, i) => this.xs.map((b, j) => k(a, b) + (i === j ? NOISE : 0))));
    const alpha = backSolve(L, forwardSolve(L, y));
    return (x) => {
      const ks = this.xs.map((a) => k(a, x));
      const mu = ks.reduce((acc, v, i) => acc + v * alpha[i]!, 0);
      const v = forwardSolve(L, ks);
      const variance = Math.max(0, 1 - v.reduce((acc, t) => acc + t * t, 0));
      return mu + KAPPA * Math.sqrt(variance);
    };
  }
}

function dist2(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i]! - b[i]!) ** 2;
  return s;
}

function cholesky(A: number[][]): number[][] {
  const n = A.length;
  const L = A.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i]![j]!;
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / L[j]![j]!;
    }
  }
  return L;
}

function forwardSolve(L: number[][], b: readonly number[]): number[] {
  const x = new Array<number>(b.length).fill(0);
  for (let i = 0; i < b.length; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= L[i]![k]! * x[k]!;
    x[i] = s / L[i]![i]!;
  }
  return x;
}

function backSolve(L: number[][], b: readonly number[]): number[] {
  const n = b.length;
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = b[i]!;
    for (let k = i + 1; k < n; k++) s -= L[k]![i]! * x[k]!;
    x[i] = s / L[i]![i]!;
  }
  return x;
}
