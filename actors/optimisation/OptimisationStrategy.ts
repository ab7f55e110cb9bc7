/**
 * What the optimiser actor asks of a search strategy: candidates to evaluate, the scores they
 * got, and (for the cognitive strategy) per-variable feedback and the adapted centre. Points are
 * in the unit cube [0, 1]^V. Strategies hold their own state and are mutated in place.
 */
import type { Rng } from '../../engine/index.js';

/** A search strategy over [0, 1]^V. */
export interface OptimisationStrategy {
  readonly name: string;
  /** `count` points to evaluate next. */
  propose(count: number, rng: Rng): number[][];
  /** The (noisy) scores of the points last proposed, in order. */
  observe(points: readonly number[][], scores: readonly number[]): void;
  /** Relative model-fitting work before the next proposal (multiplies the `model_cost` draw); 0 for none. */
  planningWork(): number;
  /** Cognitive only: the gradient estimate per variable to send as performance feedback. */
  feedback?(): number[];
  /** Cognitive only: the variables' values after they adapted. */
  setCenter?(values: readonly number[]): void;
}

/** Clamps every coordinate into [0, 1]. */
export function clampUnit(x: number[]): number[] {
  for (let i = 0; i < x.length; i++) x[i] = Math.min(1, Math.max(0, x[i]!));
  return x;
}
