/**
 * `agentsim check <scenario>`: the same run twice; identical, or the first diverging event. Both
 * runs only fingerprint; when the fingerprints differ, the span after the last shared checkpoint
 * is re-run with rendering on to name the first diverging event.
 */
import { diffTraces, divergenceWindow } from '../../engine/index.js';
import { fingerprintRun, renderWindow } from '../fingerprintRun.js';
import { parseSeed, parseSets, readConfig, readFaultPlan } from '../inputs.js';
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
  const a = interruptible(() => fingerprintRun(scenario, params, seed, { faults }));
  const b = interruptible(() => fingerprintRun(scenario, params, seed, { faults }));
  if (a.traceHash === b.traceHash) {
    io.stdout(`identical: ${a.events} events, traceHash ${a.traceHash}\n`);
    return 0;
  }
  const window = divergenceWindow(a.checkpoints, b.checkpoints);
  const diff = await diffTraces(renderWindow(scenario, params, seed, { faults }, window), renderWindow(scenario, params, seed, { faults }, window), window.from);
  io.stdout(diff.identical ? `DIVERGED: fingerprints ${a.traceHash} vs ${b.traceHash}, but the re-rendered runs did not (nondeterministic)\n` : `DIVERGED at ${diff.summary}\n`);
  return 1;
}
