/**
 * The parameters that plausibly decide whether a target row's claim holds, declared beside the
 * row: `agentsim claims` sweeps them and maps where the claim holds and where it fails. A row
 * names its deciding parameters in a few lines:
 *
 * ```ts
 * claim: {
 *   axes: [
 *     { param: 'probe_interval_ms', side: 'native', values: [100, 250, 500, 1000], quick: [250, 1000], scale: { probe_timeout_ms: 0.5 } },
 *     { param: 'check_ms', side: 'versus', values: [100, 1000, 10000], quick: [100, 10000] },
 *   ],
 * }
 * ```
 */

/** A parameter value as a scenario accepts it. */
export type ClaimValue = string | number | boolean;

/** Which variant of an improvement row a parameter is set on. */
export type ClaimSide = 'both' | 'native' | 'versus';

/** One swept parameter. */
export interface ClaimAxis {
  readonly param: string;
  /**
   * `native`: only the agent-native run; `versus`: only the traditional run of an improvement
   * row; `both` (the default, and the only meaning for a row without `versus`): every run.
   */
  readonly side?: ClaimSide;
  /** The values of the full map, in axis order (numbers ascending; a distribution by its mean). */
  readonly values: readonly ClaimValue[];
  /** The values of `--quick` (a tiny grid that fits in a test); default: the first and last of `values`. */
  readonly quick?: readonly ClaimValue[];
  /** Numeric parameters set in proportion to this one, e.g. `{ probe_timeout_ms: 0.5 }` (rounded to an integer). */
  readonly scale?: Readonly<Record<string, number>>;
}

/** Parameters fixed for every run of a map, by side. */
export interface ClaimParams {
  readonly both?: Readonly<Record<string, ClaimValue>>;
  readonly native?: Readonly<Record<string, ClaimValue>>;
  readonly versus?: Readonly<Record<string, ClaimValue>>;
}

/** A row's claim map: the axes first-to-last (the first is the boundary table's axis). */
export interface ClaimSpec {
  readonly axes: readonly ClaimAxis[];
  /** Parameters on top of the row's for every run of the full map. */
  readonly params?: ClaimParams;
  /** Parameters on top of the row's `quick` ones for every run of the quick map. */
  readonly quick?: ClaimParams;
  /** Why these parameters: shown with the map. */
  readonly why?: string;
}
