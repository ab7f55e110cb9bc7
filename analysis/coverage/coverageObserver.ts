/**
 * The run observer that turns statechart coverage on for a `runScenario` call and adds the
 * report to the result (`result.coverage`). Observing only: the trace hash is unchanged.
 */
import type { CoverageReport, Simulation } from '../../engine/index.js';
import type { RunResultExtras } from '../../scenarios/index.js';

/** An observer for `RunOptions.observe` that collects coverage into `result.coverage`. */
export function coverageObserver(): (sim: Simulation) => () => RunResultExtras {
  return (sim) => {
    const collector = sim.enableCoverage();
    return () => ({ coverage: collector.report() });
  };
}

/** The coverage a result carries (absent unless run with {@link coverageObserver}). */
export function resultCoverage(result: { coverage?: unknown }): CoverageReport | undefined {
  return result.coverage as CoverageReport | undefined;
}
