/**
 * The seeded synthetic objective of `ml-workflow`, over [0, 1]^V: a concave bump per variable
 * (weight w_i, optimum c_i), interactions between neighbouring variables, and C linear
 * constraints a_k·x ≤ b_k penalised when violated. Values are normalised by a reference optimum
 * found once by a deterministic offline search (random restarts + coordinate ascent), so 1 is
 * roughly the best achievable; evaluations add Gaussian noise.
 */
import type { Rng } from '../../engine/index.js';

/** A seeded objective with interactions and constraints. */
export class SyntheticObjective {
  /** The normalising reference: the best noise-free raw value the offline search found. */
  readonly reference: number;
  private readonly w: number[];
  private readonly c: number[];
  private readonly u: number[];
  private readonly a: number[][];
  private readonly b: number[];

  constructor(
    readonly dims: number,
    constraints: number,
    private readonly noise: number,
    rng: Rng,
  ) {
    this.w = Array.from({ length: dims }, () => rng.uniform(0.5, 1.5));
    this.c = Array.from({ length: dims }, () => rng.uniform(0.1, 0.9));
    this.u = Array.from({ length: dims }, () => rng.uniform(-0.5, 0.5));
    // Each constraint bounds a random weighted sum just below its value at the bump optimum, so
    // it binds and the unconstrained optimum is infeasible.
    this.a = Array.from({ length: constraints }, () => Array.from({ length: dims }, () => (rng.next() < 0.5 ? rng.uniform(0, 1) : 0)));
    this.b = this.a.map((row) => 0.9 * row.reduce((s, v, i) => s + v * this.c[i]!, 0));
    this.reference = this.search(rng);
  }

  /** Noise-free raw value. */
  raw(x: readonly number[]): number {
    let f = 0;
    for (let i = 0; i < this.dims; i++) {
      const d = x[i]! - this.c[i]!;
      f += this.w[i]! * (1 - 4 * d * d);
      if (i + 1 < this.dims) f += this.u[i]! * d * (x[i + 1]! - this.c[i + 1]!);
    }
    for (let k = 0; k < this.a.length; k++) {
      const s = this.a[k]!.reduce((acc, v, i) => acc + v * x[i]!, 0);
      if (s > this.b[k]!) f -= 5 * (s - this.b[k]!);
    }
    return f;
  }

  /** Noise-free value normalised by the reference (≈ 1 at the optimum). */
  value(x: readonly number[]): number {
    return this.raw(x) / this.reference;
  }

  /** One evaluation: the normalised value plus N(0, noise²). */
  evaluate(x: readonly number[], rng: Rng): { score: number; truth: number } {
    const truth = this.value(x);
    const u = 1 - rng.next();
    const v = rng.next();
    return { score: truth + this.noise * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v), truth };
  }

  private search(rng: Rng): number {
    let best = -Infinity;
    for (let r = 0; r < 8; r++) {
      const x = r === 0 ? this.c.slice() : Array.from({ length: this.dims }, () => rng.next());
      let f = this.raw(x);
      for (let step = 0.1; step > 1e-3; step /= 2) {
        for (let improved = true, guard = 0; improved && guard < 50; guard++) {
          improved = false;
          for (let i = 0; i < this.dims; i++) {
            for (const s of [step, -step]) {
              const old = x[i]!;
              x[i] = Math.min(1, Math.max(0, old + s));
              const g = this.raw(x);
              if (g > f + 1e-12) {
                f = g;
                improved = true;
              } else x[i] = old;
            }
          }
        }
      }
      best = Math.max(best, f);
    }
    return best;
  }
}
