/**
 * The cognitive strategy: the program's variables are cognitive variable actors; the optimiser
 * evaluates antithetic perturbations of their current values (x ± σ·δ, δ a random ±1 vector,
 * as in SPSA), turns the score differences into a gradient estimate per variable, and sends it
 * to each variable as performance feedback. Each variable adapts (learning rate, momentum) and
 * coordinates large changes with the agents; their new values become the next centre.
 */
import type { Rng } from '../../engine/index.js';
import { clampUnit, type OptimisationStrategy } from './OptimisationStrategy.js';

/** SPSA-style search whose step is taken by the cognitive variables themselves. */
export class CognitiveSearch implements OptimisationStrategy {
  readonly name = 'cognitive';
  private center: number[];
  private deltas: number[][] = [];
  private gradient: number[];

  constructor(
    dims: number,
    private readonly sigma = 0.1,
  ) {
    this.center = new Array<number>(dims).fill(0.5);
    this.gradient = new Array<number>(dims).fill(0);
  }

  propose(count: number, rng: Rng): number[][] {
    const pairs = Math.max(1, Math.floor(count / 2));
    this.deltas = Array.from({ length: pairs }, () => this.center.map(() => (rng.next() < 0.5 ? -1 : 1)));
    const points: number[][] = [];
    for (const d of this.deltas) {
      points.push(clampUnit(this.center.map((c, i) => c + this.sigma * d[i]!)));
      if (points.length < count) points.push(clampUnit(this.center.map((c, i) => c - this.sigma * d[i]!)));
    }
    while (points.length < count) points.push(this.center.slice());
    return points;
  }

  observe(_points: readonly number[][], scores: readonly number[]): void {
    const g = this.center.map(() => 0);
    this.deltas.forEach((d, k) => {
      const plus = scores[2 * k];
      const minus = scores[2 * k + 1];
      if (plus === undefined || minus === undefined) return;
      for (let i = 0; i < g.length; i++) g[i]! += (plus - minus) / (2 * this.sigma * d[i]!) / this.deltas.length;
    });
    this.gradient = g;
  }

  planningWork(): number {
    return 0;
  }

  feedback(): number[] {
    return this.gradient.slice();
  }

  setCenter(values: readonly number[]): void {
    this.center = values.slice();
  }
}
