import type { Rng } from '../../engine/index.js';
import type { OptimisationStrategy } from './OptimisationStrategy.js';

/**
 * Grid search with k = max(2, ⌊budget^(1/V)⌋) levels per variable. When the full grid fits the
 * budget it is enumerated in order; when it does not (high V) grid points are drawn at random,
 * which is what a grid search truncated to a budget amounts to.
 */
export class GridSearch implements OptimisationStrategy {
  readonly name = 'grid';
  private readonly levels: number;
  private readonly enumerate: boolean;
  private next = 0;

  constructor(
    private readonly dims: number,
    budget: number,
  ) {
    this.levels = Math.max(2, Math.floor(Math.pow(budget, 1 / dims) + 1e-9));
    this.enumerate = Math.pow(this.levels, dims) <= budget;
  }

  propose(count: number, rng: Rng): number[][] {
    return Array.from({ length: count }, () => {
      const point: number[] = [];
      let index = this.next++;
      for (let d = 0; d < this.dims; d++) {
        const level = this.enumerate ? index % this.levels : rng.int(this.levels);
        index = Math.floor(index / this.levels);
        point.push(this.levels === 1 ? 0.5 : level / (this.levels - 1));
      }
      return point;
    });
  }
  observe(): void {}
  planningWork(): number {
    return 0;
  }
}
