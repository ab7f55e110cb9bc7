/** `agentsim run <scenario|file>`: one seeded run, a summary on stdout, optional output files. */
import { formatRunSummary, failedInvariants, renderRunMarkdown } from '../../analysis/index.js';
import { runScenario } from '../../scenarios/index.js';
import { parseSeed, parseSets, readConfig, readFaultPlan, readInputFile } from '../inputs.js';
import type { Io } from '../Io.js';
import { loadScenario } from '../loadScenario.js';
import { openAtomic, writeFileAtomic } from '../writeFileAtomic.js';

/** Options of `run`. */
export interface RunCommandOptions {
  seed?: string;
  set?: string[];
  config?: string;
  faults?: string;
  json?: string;
  report?: string;
  trace?: string;
  quiet?: boolean;
}

/** Runs the command; returns the exit code (1 when an applicable invariant is violated). */
export async function runCommand(target: string, options: RunCommandOptions, io: Io): Promise<number> {
  const scenario = await loadScenario(target);
  const seed = parseSeed(options.seed);
  const params = { ...readConfig(options.config), ...parseSets(options.set) };
  const faults = readFaultPlan(options.faults);
  const trace = options.trace === undefined ? undefined : openAtomic(options.trace);
  let result;
  const started = performance.now();
  try {
    result = runScenario(scenario, params, seed, { faults, sink: trace?.write, readInput: readInputFile });
    trace?.commit();
  } catch (err) {
    trace?.abort();
    throw err;
  }
  result.wallMs = Math.round(performance.now() - started);
  if (options.json !== undefined) writeFileAtomic(options.json, `${JSON.stringify(result, null, 2)}\n`);
  if (options.report !== undefined) writeFileAtomic(options.report, renderRunMarkdown(result));
  if (!options.quiet) io.stdout(formatRunSummary(result));
  const failed = failedInvariants(result.invariants);
  if (failed.length > 0) {
    io.stderr(`invariant violated: ${failed.map((f) => f.name).join(', ')}\n`);
    return 1;
  }
  return 0;
}
