/**
 * One row of a performance-target table of the seed, as data: the seed's own wording and cells,
 * the scenario run that measures it, and which statistic of which metric is compared.
 */

import type { ClaimSpec } from './ClaimSpec.js';

/** The phases the seed sets targets for. */
export type Phase = 'baseline' | '1' | '2' | '3';
/** Every phase, in order. */
export const PHASES: readonly Phase[] = ['baseline', '1', '2', '3'];

/** The seed's tables. */
export type TargetTable = 'agent-registration' | 'cognitive-variables' | 'clustering' | 'ml-workflows' | 'scalability' | 'resource-efficiency';

/** How a row is measured. */
export interface TargetMeasure {
  readonly scenario: string;
  /** Parameters of the full validation run. */
  readonly params: Readonly<Record<string, string | number | boolean>>;
  /** Overrides for `--quick` (smaller sizes, shorter runs). */
  readonly quick?: Readonly<Record<string, string | number | boolean>>;
  readonly metric: string;
  /** Which statistic of the metric (per seed); scalars use `value`. */
  readonly stat: 'mean' | 'p50' | 'p90' | 'p99' | 'max' | 'value';
  /**
   * For improvement rows ("3-5x faster"): the traditional variant's parameter overrides; the
   * row's value is traditional ÷ agent-native (for lower-is-better metrics), so bigger is better.
   */
  readonly versus?: Readonly<Record<string, string | number | boolean>>;
  /**
   * For rows relative to a reference configuration (resource efficiency per scale): the
   * reference's parameter overrides (and, for `--quick`, its quick overrides); the row's value is
   * this run's metric ÷ the reference's, per seed.
   */
  readonly relativeTo?: { readonly params: Readonly<Record<string, string | number | boolean>>; readonly quick?: Readonly<Record<string, string | number | boolean>> };
}

/**
 * Parameters every validation run gets unless its row overrides them: the seed's targets are
 * about a platform, so its rows are measured with the node resource model on (default cores, CPU
 * cost and memory sizes; see docs/resource-model.md).
 */
export const VALIDATION_PARAMS: Readonly<Record<string, string | number | boolean>> = { resources: 'on' };

/** A target row. */
export interface TargetRow {
  /** Stable id, e.g. `registration.single`. */
  readonly id: string;
  readonly table: TargetTable;
  /** The seed's operation label, verbatim (without bold markers). */
  readonly operation: string;
  /** The seed's cells per phase, verbatim; a phase without a cell has no target. */
  readonly cells: Readonly<Partial<Record<Phase, string>>>;
  /** Unit (and display) of the compared value after parsing the cells: `ms`, `fraction` (a percentage cell), `bytes`, `x`, `iterations`. */
  readonly unit: string;
  /** Whether lower or higher values are better (decides which end of a range is the requirement). */
  readonly better: 'lower' | 'higher';
  /** A critical row failing fails the whole validation (the seed's rule). */
  readonly critical: boolean;
  /** How it is measured, or why it cannot be. */
  readonly measure: TargetMeasure | { readonly unmeasured: string };
  /** Notes on the mapping from the seed's wording to the simulation. */
  readonly note?: string;
  /** The parameters that plausibly decide the claim, swept by `agentsim claims`. */
  readonly claim?: ClaimSpec;
}
