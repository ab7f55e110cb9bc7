/**
 * One sweep replicate, as run by a worker thread (or in-process with `--workers 0`). Tasks and
 * results are plain structured-clone-safe objects; a scenario that throws becomes `{ ok: false }`
 * so one bad replicate never takes the sweep down.
 */
import { runScenario, type RunResult } from '../../scenarios/index.js';
import { readInputFile } from '../inputs.js';
import { loadScenario } from '../loadScenario.js';

/** What a worker is asked to run. */
export interface SweepTask {
  readonly index: number;
  /** A built-in scenario name, or an absolute path to a scenario module. */
  readonly scenario: string;
  readonly params: Record<string, string>;
  readonly seed: number;
  readonly bugs: readonly string[];
}

/** What a worker returns. */
export type SweepTaskResult = { readonly index: number; readonly ok: true; readonly result: RunResult } | { readonly index: number; readonly ok: false; readonly error: string };

/** Runs one replicate; never throws. */
export async function runReplicate(task: SweepTask): Promise<SweepTaskResult> {
  try {
    const scenario = await loadScenario(task.scenario);
    const started = performance.now();
    const result = runScenario(scenario, task.params, task.seed, { bugs: task.bugs, readInput: readInputFile });
    result.wallMs = Math.round(performance.now() - started);
    return { index: task.index, ok: true, result };
  } catch (err) {
    return { index: task.index, ok: false, error: err instanceof Error ? err.message.split('\n')[0]! : String(err) };
  }
}
