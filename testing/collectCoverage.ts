/**
 * `collectCoverage(sim)`: statechart coverage for a user's own simulation, for property tests
 * such as "this transition was taken at least once over 100 seeds".
 */
import type { CoverageReport, Simulation } from '../engine/index.js';

/** A live coverage collection: `report()` gives the coverage so far. */
export interface CoverageHandle {
  report(): CoverageReport;
}

/**
 * Turns coverage on for `sim` — call it before spawning (an actor started earlier is covered from
 * its next restart) — and returns a handle whose `report()` is the same structure as
 * `agentsim coverage --json` (merge several with `mergeCoverage`). The trace hash is unchanged.
 */
export function collectCoverage(sim: Simulation): CoverageHandle {
  const collector = sim.enableCoverage();
  return { report: () => collector.report() };
}
