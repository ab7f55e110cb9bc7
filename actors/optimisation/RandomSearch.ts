import type { Rng } from '../../engine/index.js';
import type { OptimisationStrategy } from './OptimisationStrategy.js';

/** Uniform random search over [0, 1]^V. */
export class RandomSearch implements OptimisationStrategy {
  readonly name = 'random';
  constructor(private readonly dims: number) {}
  propose(count: number, rng: Rng): number[][] {
    return Array.from({ length: count }, () => Array.from({ length: this.dims }, () => rng.next()));
  }
  observe(): void {}
  planningWork(): number {
    return 0;
  }
}
