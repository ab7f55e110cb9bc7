/**
 * `agentsim merge DIR... --out FILE`: combines the run files of shard directories of one sweep
 * into the summary a single-machine sweep would have written (byte for byte). Exit 1 when some
 * replicates have no result in any directory.
 */
import { join } from 'node:path';
import { formatSweepSummary, summarizeSweep } from '../../analysis/index.js';
import { canonicalJson, UsageError } from '../../engine/index.js';
import type { RunResult } from '../../scenarios/index.js';
import type { Io } from '../Io.js';
import { readResults, readSweepArgs, specOf } from '../sweep/SweepDir.js';
import { allReplicates, gridPoints } from '../sweep/SweepSpec.js';
import { OutputPlan } from '../io/index.js';

/** Options of `merge`. */
export interface MergeCommandOptions {
  out?: string;
  quiet?: boolean;
}

/** Runs the command. */
export function mergeCommand(dirs: readonly string[], options: MergeCommandOptions, io: Io): Promise<number> {
  return OutputPlan.run(io, (plan) => merge(dirs, options, plan));
}

function merge(dirs: readonly string[], options: MergeCommandOptions, plan: OutputPlan): number {
  const io = plan.display;
  if (options.out === undefined) throw new UsageError('--out FILE: required');
  if (dirs.length === 0) throw new UsageError('merge: give at least one sweep directory');
  const out = plan.output('--out', options.out);
  const args = dirs.map((dir) => ({ dir, args: readSweepArgs(dir, plan) }));
  // A shard's own summary is not read, but it is the user's record of that shard: never replace it.
  for (const dir of dirs) plan.input('a shard\'s summary', join(dir, 'summary.json'));
  const first = args[0]!;
  for (const { dir, args: other } of args.slice(1)) {
    for (const key of ['agentsim', 'scenario', 'seeds', 'grid', 'bugs'] as const) {
      if (canonicalJson(other[key]) !== canonicalJson(first.args[key])) throw new UsageError(`merge: ${dir} is a different sweep from ${first.dir} (${key} differs)`);
    }
  }
  const spec = specOf({ ...first.args, shard: null });
  const replicates = allReplicates(spec);
  const results = new Map<number, RunResult>();
  const expected = { agentsim: first.args.agentsim, bugs: spec.bugs };
  for (const { dir } of args) {
    for (const [index, result] of readResults(dir, replicates, expected, (file, why) => io.stderr(`merge: ${file} does not match its replicate (${why}); left out\n`), plan)) {
      const seen = results.get(index);
      if (seen !== undefined && seen.traceHash !== result.traceHash) {
        throw new UsageError(`merge: ${dir} has a different result for replicate ${index} (seed ${result.seed}): traceHash ${result.traceHash} vs ${seen.traceHash}`);
      }
      if (seen === undefined) results.set(index, result);
    }
  }
  const summary = summarizeSweep({ scenario: spec.scenario, seeds: spec.seeds, grid: spec.grid, bugs: spec.bugs, agentsim: first.args.agentsim }, gridPoints(spec.grid), replicates, results);
  plan.write(out, `${JSON.stringify(summary, null, 2)}\n`);
  plan.commit();
  if (!options.quiet) io.stdout(formatSweepSummary(summary));
  if (summary.missing.length > 0) {
    io.stderr(`merge: ${summary.missing.length} of ${replicates.length} replicates have no result (a shard missing or failed runs)\n`);
    return 1;
  }
  return 0;
}
