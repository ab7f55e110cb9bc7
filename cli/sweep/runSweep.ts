/**
 * Runs a sweep into a directory: skips replicates whose results are already there (resume),
 * fans the rest out to the executor, writes each result atomically as it arrives, gathers by
 * replicate index, and writes `summary.json`. A failed replicate is reported, not fatal.
 */
import { join } from 'node:path';
import { summarizeSweep, type Replicate, type SweepSummary } from '../../analysis/index.js';
import { VERSION } from '../../engine/index.js';
import { writeFileAtomic } from '../writeFileAtomic.js';
import type { SweepExecutor } from './createExecutor.js';
import { openSweepDir, readResults, writeResult } from './SweepDir.js';
import type { SweepProgress } from './SweepProgress.js';
import { gridPoints, shardReplicates, shardText, type SweepSpec } from './SweepSpec.js';

/** Options of {@link runSweep}. */
export interface RunSweepOptions {
  readonly out: string;
  readonly executor: SweepExecutor;
  /** The scenario as workers should load it (an absolute path for a file). */
  readonly scenarioRef: string;
  /** Called with the number of replicates and how many are already done. */
  readonly progress?: (total: number, done: number) => SweepProgress;
  /** The scenario's name and each grid point's resolved parameters, checked against run files on resume. */
  readonly expected?: { readonly scenario: string; readonly params: readonly Record<string, unknown>[] };
  /** Diagnostics (a run file that does not match its replicate and is run again). */
  readonly warn?: (line: string) => void;
}

/** A replicate that threw or whose worker died. */
export interface ReplicateFailure extends Replicate {
  readonly error: string;
}

/** Outcome of a sweep. */
export interface SweepOutcome {
  readonly summary: SweepSummary;
  readonly failures: ReplicateFailure[];
  /** Replicates run now (not found from an earlier, interrupted run). */
  readonly ran: number;
}

/** Runs (or resumes) the sweep. */
export async function runSweep(spec: SweepSpec, options: RunSweepOptions): Promise<SweepOutcome> {
  openSweepDir(options.out, spec);
  const points = gridPoints(spec.grid);
  const replicates = shardReplicates(spec);
  const expected = options.expected;
  const results = readResults(
    options.out,
    replicates,
    { agentsim: VERSION, bugs: spec.bugs, ...(expected ? { scenario: expected.scenario, params: (point: number) => expected.params[point]! } : {}) },
    (file, why) => options.warn?.(`sweep: ${file} does not match its replicate (${why}); running it again\n`),
  );
  const todo = replicates.filter((r) => !results.has(r.index));
  const progress = options.progress?.(replicates.length, replicates.length - todo.length);
  const failures: ReplicateFailure[] = [];
  try {
    await Promise.all(
      todo.map(async (r) => {
        const outcome = await options.executor.run({ index: r.index, scenario: options.scenarioRef, params: points[r.point]!, seed: r.seed, bugs: spec.bugs });
        if (outcome.ok) {
          writeResult(options.out, r, outcome.result);
          results.set(r.index, outcome.result);
        } else {
          failures.push({ ...r, error: outcome.error });
        }
        progress?.tick(!outcome.ok);
      }),
    );
  } finally {
    progress?.stop();
    await options.executor.close();
  }
  failures.sort((a, b) => a.index - b.index);
  const summary = summarizeSweep({ agentsim: VERSION, scenario: spec.scenario, seeds: spec.seeds, grid: spec.grid, bugs: spec.bugs, shard: shardText(spec) }, points, replicates, results);
  writeFileAtomic(join(options.out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return { summary, failures, ran: todo.length };
}
