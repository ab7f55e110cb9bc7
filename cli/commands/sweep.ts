/**
 * `agentsim sweep <scenario|file> --seeds 1..200 [--set key=v1,v2]... [--workers N] [--shard K/N] --out DIR`:
 * seeds x parameter grid over worker threads, resumable, with a summary of means and 95%
 * confidence intervals per grid point. Exit 1 when a replicate failed (the others are kept).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { formatSweepSummary } from '../../analysis/index.js';
import { UsageError } from '../../engine/index.js';
import { resolveParams, scenarios } from '../../scenarios/index.js';
import { checkOutputFolder } from '../io/index.js';
import { processIo, type Io } from '../Io.js';
import { loadScenario } from '../loadScenario.js';
import { createExecutor } from '../sweep/createExecutor.js';
import { runSweep } from '../sweep/runSweep.js';
import { createProgress } from '../sweep/SweepProgress.js';
import { checkSweepSize, gridPoints, parseGrid, parseSeeds, parseShard, type SweepSpec } from '../sweep/SweepSpec.js';

/** Options of `sweep`. */
export interface SweepCommandOptions {
  seeds?: string;
  set?: string[];
  workers?: string;
  shard?: string;
  out?: string;
  bug?: string[];
  quiet?: boolean;
}

/** Runs the command. */
export async function sweepCommand(target: string, options: SweepCommandOptions, io: Io): Promise<number> {
  if (options.out === undefined) throw new UsageError('--out DIR: required (results are written there, one file per run)');
  checkOutputFolder('--out', options.out);
  const seeds = parseSeeds(options.seeds);
  const grid = parseGrid(options.set);
  checkSweepSize(grid, seeds);
  const shard = parseShard(options.shard);
  const workers = parseWorkers(options.workers);
  const scenario = await loadScenario(target);
  const bugs = [...new Set(options.bug ?? [])].sort();
  for (const bug of bugs) {
    if (!scenario.bugs?.includes(bug)) throw new UsageError(`--bug ${bug}: ${scenario.name} has no such variant (known: ${scenario.bugs?.join(', ') || 'none'})`);
  }
  // Check every grid point before running anything: bad input is exit 2 with nothing written.
  const resolved = gridPoints(grid).map((point) => resolveParams(scenario.name, scenario.params, point, scenario.presets));
  for (const params of resolved) scenario.validate?.(params);
  const spec: SweepSpec = { scenario: target, seeds, grid, bugs, ...(shard ? { shard } : {}) };
  const scenarioRef = scenarios.has(target) || !existsSync(target) ? target : resolve(target);
  const tty = io === processIo && process.stderr.isTTY === true;
  const outcome = await runSweep(spec, {
    out: options.out,
    executor: createExecutor(workers),
    scenarioRef,
    progress: (total, done) => createProgress(total, done, io, tty),
    expected: { scenario: scenario.name, params: resolved },
    warn: (line) => io.stderr(line),
  });
  if (!options.quiet) io.stdout(formatSweepSummary(outcome.summary));
  for (const f of outcome.failures) io.stderr(`replicate ${f.index} (point ${f.point}, seed ${f.seed}) failed: ${f.error}\n`);
  if (outcome.failures.length > 0) {
    io.stderr(`${outcome.failures.length} replicate(s) failed; the other results are in ${options.out}; run the same command again to retry them\n`);
    return 1;
  }
  return 0;
}

/** Parses `--workers` (default: every core; 0 = in the main thread). */
export function parseWorkers(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n > 1024) throw new UsageError(`--workers ${text}: expected an integer in [0, 1024] (0 = run in the main thread)`);
  return n;
}
