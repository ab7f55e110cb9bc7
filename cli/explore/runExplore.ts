/**
 * The search of `agentsim explore`: fast-check draws cases (seeded, so the search is
 * reproducible), runs each, and on a violated invariant shrinks the case to a minimal one —
 * fewest faults, fewest agents, earliest end — that still violates it.
 */
import fc from 'fast-check';
import { failedInvariants } from '../../analysis/index.js';
import { UsageError } from '../../engine/index.js';
import { runScenario, type AnyScenario, type InvariantResult, type RunResult } from '../../scenarios/index.js';
import { concretize, exploreCaseArbitrary, type ConcreteCase, type ExploreCase } from './exploreCase.js';

/** Options of {@link runExplore}. */
export interface ExploreOptions {
  readonly runs: number;
  /** fast-check's seed. */
  readonly seed: number;
  /** Only this invariant counts (default: every applicable one). */
  readonly invariant?: string;
  readonly sets: Record<string, string>;
  readonly bugs: readonly string[];
  readonly readInput?: (path: string) => string;
}

/** The outcome: no violation in `runs` cases, or the shrunk counterexample. */
export type ExploreOutcome =
  | { readonly found: false; readonly runs: number }
  | { readonly found: true; readonly runs: number; readonly shrinks: number; readonly counterexample: ConcreteCase; readonly violated: InvariantResult[]; readonly result: RunResult };

/** Searches for a violation. */
export function runExplore(scenario: AnyScenario, options: ExploreOptions): ExploreOutcome {
  const run = (c: ConcreteCase): RunResult =>
    runScenario(scenario, c.params, c.seed, { faults: c.faults, bugs: options.bugs, ...(options.readInput ? { readInput: options.readInput } : {}) });
  const violated = (result: RunResult): InvariantResult[] =>
    failedInvariants(result.invariants).filter((inv) => options.invariant === undefined || inv.name === options.invariant);

  // A baseline case checks the parameters and the invariant name before searching.
  const baseline = run(concretize(scenario, options.sets, { faults: [], size: null, duration: null, seed: options.seed }));
  if (options.invariant !== undefined && !baseline.invariants.some((inv) => inv.name === options.invariant)) {
    throw new UsageError(`--invariant ${options.invariant}: ${scenario.name} has no such invariant (known: ${baseline.invariants.map((i) => i.name).join(', ')})`);
  }

  const concrete = (c: ExploreCase): ConcreteCase | undefined => {
    try {
      return concretize(scenario, options.sets, c);
    } catch (err) {
      if (err instanceof UsageError) return undefined;
      throw err;
    }
  };
  const property = fc.property(exploreCaseArbitrary(scenario, options.sets), (c) => {
    const cc = concrete(c);
    fc.pre(cc !== undefined);
    return violated(run(cc!)).length === 0;
  });
  const details = fc.check(property, { seed: options.seed, numRuns: options.runs });
  if (!details.failed) return { found: false, runs: details.numRuns };
  if (details.counterexample === null) throw details.errorInstance ?? new Error('explore: property failed without a counterexample');
  const counterexample = concrete(details.counterexample[0])!;
  const result = run(counterexample);
  return { found: true, runs: details.numRuns, shrinks: details.numShrinks, counterexample, violated: violated(result), result };
}
