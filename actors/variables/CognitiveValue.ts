/**
 * The common shape of cognitive variables — a value with bounds that adapts from performance
 * feedback — and the immutable specs they are built from. The spec is what a scenario keeps to
 * check bounds; the instance (with its learning state) lives in the variable actor's context.
 */
import type { Rng } from '../../engine/index.js';

/** A variable's value: a number (float), an option (choice), or the members of a team. */
export type VariableValue = number | string | readonly string[];

/** Performance feedback; each kind reads the field it understands. */
export interface Feedback {
  /** Float: estimated gradient of performance with respect to the value, per unit of range. */
  gradient?: number;
  /** Choice: reward in [0, 1] earned by the current option. */
  reward?: number;
  /** Team: utilisation of the team in [0, ∞) (above `high` grow, below `low` shrink). */
  load?: number;
  /** Team: members that failed and should be replaced. */
  failed?: readonly string[];
}

/** The new value an adaptation proposes and how large a change it is (0 = none, 1 = whole range). */
export interface Proposal {
  readonly value: VariableValue;
  readonly magnitude: number;
}

/** Specs of the three kinds. */
export type VariableSpec =
  | { readonly kind: 'float'; readonly min: number; readonly max: number; readonly learningRate: number; readonly momentum: number; readonly initial: number }
  | { readonly kind: 'choice'; readonly options: readonly string[]; readonly policy: 'epsilon-greedy' | 'ucb1'; readonly epsilon: number; readonly initial: string }
  | { readonly kind: 'team'; readonly pool: readonly string[]; readonly minSize: number; readonly maxSize: number; readonly initial: readonly string[] };

/** A cognitive variable's value and learning state. */
export interface CognitiveValue {
  readonly spec: VariableSpec;
  readonly value: VariableValue;
  /** Sets the value; clamps it into bounds unless `clamp` is false (a deliberately broken variant). */
  set(value: VariableValue, clamp?: boolean): VariableValue;
  /** The value `set` would store for `value` (clamped into bounds), without storing it. */
  bound(value: VariableValue): VariableValue;
  /** Learns from feedback and proposes a new value (not applied: coordination may refuse it). */
  propose(feedback: Feedback, rng: Rng): Proposal;
}

/** Whether `value` is within the bounds of `spec`. */
export function withinBounds(spec: VariableSpec, value: VariableValue): boolean {
  switch (spec.kind) {
    case 'float':
      return typeof value === 'number' && value >= spec.min && value <= spec.max;
    case 'choice':
      return typeof value === 'string' && spec.options.includes(value);
    case 'team':
      return Array.isArray(value) && value.length >= spec.minSize && value.length <= spec.maxSize && value.every((m) => spec.pool.includes(m));
  }
}

/** Value equality (teams compare member lists in order). */
export function sameValue(a: VariableValue | undefined, b: VariableValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
