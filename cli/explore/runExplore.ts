/**
 * The search of `agentsim explore`: fast-check draws cases (seeded, so the search is
 * reproducible), runs each, and on a violated invariant shrinks the case to a minimal one —
 * fewest faults, fewest agents, earliest end — that still violates it. `guided` swaps the random
 * draws for the coverage-guided loop of {@link runGuidedExplore}; shrinking is the same.
 */
import fc from 'fast-check';
import { failedInvariants } from '../../analysis/index.js';
import { UsageError } from '../../engine/index.js';
import { runScenario, type AnyScenario, type InvariantResult, type RunOptions, type RunResult } from '../../scenarios/index.js';
import { cutFaults } from './cutFaults.js';
import { concretize, DRAWN_FAULTS, exploreCaseArbitrary, type ConcreteCase, type ExploreCase } from './exploreCase.js';
import { runGuidedExplore } from './runGuidedExplore.js';

/** Options of {@link runExplore}. */
export interface ExploreOptions {
  readonly runs: number;
  /** fast-check's seed (and the guided search's). */
  readonly seed: number;
  /** Only this invariant counts (default: every applicable one). */
  readonly invariant?: string;
  readonly sets: Record<string, string>;
  readonly bugs: readonly string[];
  readonly readInput?: (path: string) => string;
  /** Coverage-guided search instead of random draws. */
  readonly guided?: boolean;
  /** Progress lines (guided search), e.g. to stderr. */
  readonly progress?: (line: string) => void;
  /** Shrink a violation (default true; benchmarks counting runs-to-find turn it off). */
  readonly shrink?: boolean;
}

/** The outcome: no violation in `runs` cases, or the shrunk counterexample. */
export type ExploreOutcome =
  | { readonly found: false; readonly runs: number; readonly coverage?: { readonly points: number; readonly transitions: number } }
  | { readonly found: true; readonly runs: number; readonly shrinks: number; readonly counterexample: ConcreteCase; readonly violated: InvariantResult[]; readonly result: RunResult };

/** What both searches share: running a case, judging it, and shrinking a failing one. */
export interface ExploreContext {
  readonly run: (c: ConcreteCase, observe?: RunOptions['observe']) => RunResult;
  readonly violated: (result: RunResult) => InvariantResult[];
  readonly concrete: (c: ExploreCase) => ConcreteCase | undefined;
  /** Shrinks a failing case with fast-check and reports it. */
  readonly found: (c: ExploreCase, runs: number) => ExploreOutcome;
}

/** Searches for a violation. */
export function runExplore(scenario: AnyScenario, options: ExploreOptions): ExploreOutcome {
  const context = exploreContext(scenario, options);
  if (options.guided) return runGuidedExplore(scenario, options, context);
  const details = fc.check(property(scenario, options, context), { seed: options.seed, numRuns: options.runs, ...(options.shrink === false ? { endOnFailure: true } : {}) });
  if (!details.failed) return { found: false, runs: details.numRuns };
  if (details.counterexample === null) throw details.errorInstance ?? new Error('explore: property failed without a counterexample');
  return report(context, details.counterexample[0], details.numRuns, details.numShrinks);
}

function exploreContext(scenario: AnyScenario, options: ExploreOptions): ExploreContext {
  const run = (c: ConcreteCase, observe?: RunOptions['observe']): RunResult =>
    runScenario(scenario, c.params, c.seed, { faults: c.faults, bugs: options.bugs, ...(options.readInput ? { readInput: options.readInput } : {}), ...(observe ? { observe } : {}) });
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
  const context: ExploreContext = {
    run,
    violated,
    concrete,
    found: (c, runs) => {
      if (options.shrink === false) return report(context, c, runs, 0);
      // A guided case may carry more faults than fast-check's shrinker accepts: cut it down first.
      const fails = (x: ExploreCase): boolean => {
        const cc = concrete(x);
        return cc !== undefined && violated(run(cc)).length > 0;
      };
      const cut = cutFaults(c, fails, DRAWN_FAULTS);
      const details = fc.check(property(scenario, options, context), { seed: options.seed, numRuns: 1, examples: [[cut.c]] });
      const shrunk = (details.failed ? details.counterexample?.[0] : undefined) ?? cut.c;
      return report(context, shrunk, runs, cut.removed + details.numShrinks);
    },
  };
  return context;
}

function property(scenario: AnyScenario, options: ExploreOptions, context: ExploreContext): fc.IPropertyWithHooks<[ExploreCase]> {
  return fc.property(exploreCaseArbitrary(scenario, options.sets), (c) => {
    const cc = context.concrete(c);
    fc.pre(cc !== undefined);
    return context.violated(context.run(cc!)).length === 0;
  });
}

function report(context: ExploreContext, c: ExploreCase, runs: number, shrinks: number): ExploreOutcome {
  const counterexample = context.concrete(c)!;
  const result = context.run(counterexample);
  return { found: true, runs, shrinks, counterexample, violated: context.violated(result), result };
}
