/**
 * Draws claim maps with the sweep machinery: every run the maps need (shared runs once) goes to
 * the executor — worker threads on all cores by default — and results are gathered by run index,
 * so the maps do not depend on the number of workers or on completion order.
 */
import { evaluateClaim, planClaim, type ClaimMap, type ClaimPlan, type ClaimRunOutcome, type Phase, type TargetRow } from '../../analysis/index.js';
import { AgentsimError } from '../../engine/index.js';
import { scenarios } from '../../scenarios/index.js';
import type { Io } from '../Io.js';
import { createExecutor } from './createExecutor.js';
import { createProgress } from './SweepProgress.js';

/** Options of {@link runClaimMaps}. */
export interface RunClaimMapsOptions {
  readonly phase: Phase;
  readonly quick: boolean;
  readonly seeds: readonly number[];
  /** Worker threads (0 = the main thread). */
  readonly workers: number;
  readonly tty?: boolean;
}

/** The maps, rows that could not be mapped (with why), and how many runs failed. */
export interface ClaimMapsOutcome {
  readonly maps: ClaimMap[];
  readonly skipped: { readonly id: string; readonly reason: string }[];
  readonly failedRuns: number;
}

/** Plans, runs and evaluates the claim maps of `rows` (rows without a claim are skipped). */
export async function runClaimMaps(rows: readonly TargetRow[], options: RunClaimMapsOptions, io: Io): Promise<ClaimMapsOutcome> {
  const plans: ClaimPlan[] = [];
  const skipped: { id: string; reason: string }[] = [];
  for (const row of rows) {
    if (row.claim === undefined) continue;
    if ('unmeasured' in row.measure) {
      skipped.push({ id: row.id, reason: `not measured: ${row.measure.unmeasured}` });
      continue;
    }
    const scenario = scenarios.get(row.measure.scenario);
    if (scenario === undefined) {
      skipped.push({ id: row.id, reason: `scenario not available (${row.measure.scenario})` });
      continue;
    }
    // A declaration the scenario does not accept (a renamed parameter) skips its map, not every map.
    try {
      plans.push(planClaim(row, { quick: options.quick, seeds: options.seeds, scenario }));
    } catch (err) {
      if (!(err instanceof AgentsimError)) throw err;
      skipped.push({ id: row.id, reason: `claim not accepted by ${row.measure.scenario}: ${err.message}` });
    }
  }
  const runs = [...new Map(plans.flatMap((p) => p.runs).map((r) => [r.key, r])).values()];
  const outcomes = new Map<string, ClaimRunOutcome>();
  let failedRuns = 0;
  if (runs.length > 0) {
    const executor = createExecutor(options.workers);
    const progress = createProgress(runs.length, 0, { stdout: io.stdout, stderr: (t) => io.stderr(t.replace(/^sweep:/, 'claims:')) }, options.tty ?? false);
    try {
      const results = await Promise.all(
        runs.map(async (run, index) => {
          const params = Object.fromEntries(Object.entries(run.params).map(([k, v]) => [k, String(v)]));
          const outcome = await executor.run({ index, scenario: run.scenario, params, seed: run.seed, bugs: [] });
          progress.tick(!outcome.ok);
          return outcome;
        }),
      );
      results.forEach((outcome, index) => {
        if (outcome.ok) outcomes.set(runs[index]!.key, { metrics: outcome.result.metrics });
        else {
          failedRuns++;
          outcomes.set(runs[index]!.key, { error: outcome.error });
        }
      });
    } finally {
      progress.stop();
      await executor.close();
    }
  }
  const maps: ClaimMap[] = [];
  for (const plan of plans) {
    const map = evaluateClaim(plan, options.phase, outcomes);
    if (map === null) skipped.push({ id: plan.row.id, reason: `no target for phase ${options.phase}` });
    else maps.push(map);
  }
  return { maps, skipped, failedRuns };
}
