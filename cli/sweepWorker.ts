/**
 * The tinypool worker entry of `agentsim sweep` (`dist/cli/sweepWorker.js`): compiled JS only,
 * since Node 20 ignores module loaders in worker threads. One task in, one result out.
 *
 * The engine and scenarios are imported on the first task, not at start-up: a module that fails
 * to load then fails each task with its message, where a failing start-up would leave tinypool
 * waiting for a worker that never comes.
 *
 * `process.exit` is turned into a thrown error here: tinypool 2 leaves the task of a worker
 * thread that exits (rather than throws) pending forever, so a scenario calling it would hang
 * the sweep. Crashes that do kill the thread (an uncaught error, running out of memory) are
 * reported by tinypool as the task's error.
 */
import type { SweepTask, SweepTaskResult } from './sweep/runReplicate.js';

const exit = process.exit.bind(process);
process.exit = ((code?: number) => {
  // Node itself ends a worker through process.exit after an uncaught error: let that through.
  if (/workerOnGlobalUncaughtException|_fatalException/.test(new Error().stack ?? '')) return exit(code);
  throw new Error(`process.exit(${code ?? ''}) called in a sweep worker`);
}) as typeof process.exit;

/** Runs one replicate. */
export default async function sweepWorker(task: SweepTask): Promise<SweepTaskResult> {
  let runReplicate: (task: SweepTask) => Promise<SweepTaskResult>;
  try {
    ({ runReplicate } = await import('./sweep/runReplicate.js'));
  } catch (err) {
    return { index: task.index, ok: false, error: `cannot load agentsim in the worker: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` };
  }
  const result = await runReplicate(task);
  // An error the scenario left behind (a throwing microtask or immediate) kills the thread before
  // the result is sent, so the replicate is reported as failed every time, never only when the
  // worker's death loses the race with its result message.
  await new Promise((resolve) => setImmediate(resolve));
  return result;
}
