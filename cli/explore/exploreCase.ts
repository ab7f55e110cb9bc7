/**
 * One case `agentsim explore` tries: a seed, the scenario's size and duration parameters (when it
 * declares them as explore hints) and an abstract fault plan. Fields are ordered so fast-check
 * shrinks the fault plan first, then the size, then the end time, then the seed.
 */
import fc from 'fast-check';
import type { Fault, FaultKind } from '../../engine/index.js';
import type { AnyScenario, ExploreHints } from '../../scenarios/index.js';
import { resolveParams } from '../../scenarios/index.js';
import { abstractFaultsArbitrary, materializeFaults, seedArbitrary, type AbstractFault } from '../../testing/index.js';

/** A drawn case. */
export interface ExploreCase {
  readonly faults: AbstractFault[];
  readonly size: number | null;
  readonly duration: number | null;
  readonly seed: number;
}

/** A case made concrete: what `runScenario` takes, and the `--set` values that replay it. */
export interface ConcreteCase {
  readonly seed: number;
  readonly params: Record<string, unknown>;
  /** Parameters to pass as `--set` to replay (user, hint, size and duration values). */
  readonly sets: Record<string, string>;
  readonly faults: Fault[];
  /** The nodes abstract fault targets index into, and the horizon abstract times scale to. */
  readonly nodes: readonly string[];
  readonly horizonMs: number;
}

type Hints = ExploreHints<Record<string, unknown>>;

/** Most faults fast-check draws in a case, and so the most its shrinker accepts. */
export const DRAWN_FAULTS = 5;

/** The arbitrary of cases for `scenario` (user `--set` values are never varied). */
export function exploreCaseArbitrary(scenario: AnyScenario, userSets: Record<string, string>): fc.Arbitrary<ExploreCase> {
  const hints = (scenario.explore ?? {}) as Hints;
  const range = (r: Hints['size']): fc.Arbitrary<number | null> =>
    r === undefined || userSets[r.param] !== undefined ? fc.constant(null) : fc.integer({ min: r.min, max: r.max });
  return fc.record({
    faults: hints.targets ? abstractFaultsArbitrary({ kinds: faultKinds(scenario, userSets), maxFaults: DRAWN_FAULTS }) : fc.constant([]),
    size: range(hints.size),
    duration: range(hints.duration),
    seed: seedArbitrary(),
  });
}

/** The fault kinds explore draws for `scenario` with the user's `--set` values. */
export function faultKinds(scenario: AnyScenario, userSets: Record<string, string>): readonly FaultKind[] {
  const hints = (scenario.explore ?? {}) as Hints;
  if (typeof hints.faults !== 'function') return hints.faults ?? ['crash', 'restart'];
  const sets: Record<string, unknown> = { ...hints.params, ...userSets };
  return hints.faults(resolveParams(scenario.name, scenario.params, sets, scenario.presets) as Record<string, unknown>);
}

/**
 * Fits a case to the scenario: parameters (user values win over hints), nodes and horizon.
 * @throws UsageError when the parameters are invalid (the caller skips such a case)
 */
export function concretize(scenario: AnyScenario, userSets: Record<string, string>, c: ExploreCase): ConcreteCase {
  const hints = (scenario.explore ?? {}) as Hints;
  const sets: Record<string, string> = {};
  for (const [k, v] of Object.entries(hints.params ?? {})) sets[k] = String(v);
  if (hints.size && c.size !== null) sets[hints.size.param] = String(c.size);
  if (hints.duration && c.duration !== null) sets[hints.duration.param] = String(c.duration);
  Object.assign(sets, userSets);
  const params = resolveParams(scenario.name, scenario.params, sets, scenario.presets) as Record<string, unknown>;
  scenario.validate?.(params);
  const nodes = hints.targets?.(params) ?? [];
  const horizon = hints.horizonMs?.(params) ?? (hints.duration ? Number(params[hints.duration.param]) : 0);
  return { seed: c.seed, params: sets, sets, faults: materializeFaults(c.faults, nodes, horizon), nodes, horizonMs: horizon };
}
