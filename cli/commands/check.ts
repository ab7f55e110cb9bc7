/** `agentsim check <scenario>`: the same run twice; identical, or the first diverging event. */
import { diffTraces } from '../../engine/index.js';
import { runScenario, type AnyScenario, type RunOptions } from '../../scenarios/index.js';
import { parseSeed, parseSets, readConfig, readFaultPlan, readInputFile } from '../inputs.js';
import type { Io } from '../Io.js';
import { loadScenario } from '../loadScenario.js';
import { interruptible } from '../io/index.js';

/** Options of `check`. */
export interface CheckCommandOptions {
  seed?: string;
  set?: string[];
  config?: string;
  faults?: string;
}

/** Runs the check; exit 1 when the runs diverge. */
export async function checkCommand(target: string, options: CheckCommandOptions, io: Io): Promise<number> {
  const scenario = await loadScenario(target);
  const seed = parseSeed(options.seed);
  const params = { ...readConfig(options.config), ...parseSets(options.set) };
  const faults = readFaultPlan(options.faults);
  const a = interruptible(() => traceOf(scenario, params, seed, { faults }));
  const b = interruptible(() => traceOf(scenario, params, seed, { faults }));
  const diff = await diffTraces(a.lines, b.lines);
  if (diff.identical) {
    io.stdout(`identical: ${diff.events} events, traceHash ${a.traceHash}\n`);
    return 0;
  }
  io.stdout(`DIVERGED at ${diff.summary}\n`);
  return 1;
}

function traceOf(scenario: AnyScenario, params: Record<string, unknown>, seed: number, options: RunOptions): { lines: string[]; traceHash: string } {
  const chunks: string[] = [];
  const { traceHash } = runScenario(scenario, params, seed, { readInput: readInputFile, ...options, sink: (chunk) => chunks.push(chunk) });
  const lines = chunks.join('').split('\n');
  lines.pop();
  return { lines, traceHash };
}
