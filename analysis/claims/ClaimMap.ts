/** A measured claim map, as data (the `claims --json` output and the input of every claims report). */
import type { ClaimSide, ClaimValue } from '../targets/ClaimSpec.js';
import type { Phase } from '../targets/TargetRow.js';
import type { ClaimRule } from './findClaimRule.js';

/** One grid point's verdict. `holds` is the validation's `passed`; `warning` misses by at most 10%. */
export interface ClaimCell {
  readonly coords: readonly ClaimValue[];
  readonly status: 'passed' | 'warning' | 'failed' | 'error';
  /** Mean across seeds of the row's value (null: no samples, or a run failed). */
  readonly value: number | null;
  readonly reason?: string;
}

/** The configuration nearest to the validated one where the claim holds. */
export interface NearestHolding {
  readonly coords: readonly ClaimValue[];
  readonly value: number;
  /** Grid steps from the validated configuration, summed over axes. */
  readonly steps: number;
}

/** One claim's map. */
export interface ClaimMap {
  readonly schema: 'agentsim.claim-map/1';
  readonly id: string;
  readonly operation: string;
  readonly phase: Phase;
  readonly quick: boolean;
  readonly seeds: readonly number[];
  readonly scenario: string;
  readonly metric: string;
  /** Unit of the row's value (`x` for improvement rows). */
  readonly unit: string;
  readonly requirement: { readonly op: '<=' | '>='; readonly limit: number; readonly cell: string };
  readonly axes: readonly { readonly id: string; readonly param: string; readonly side: ClaimSide; readonly label: string; readonly values: readonly ClaimValue[]; readonly base: ClaimValue }[];
  readonly cells: readonly ClaimCell[];
  /** The cell of the validated configuration, when it lies on the grid. */
  readonly base: ClaimCell | null;
  readonly holds: number;
  readonly measured: number;
  readonly nearest: NearestHolding | null;
  readonly rule: ClaimRule | null;
  /** One sentence, generated from the cells. */
  readonly sentence: string;
  readonly why?: string;
}
