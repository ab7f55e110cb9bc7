/**
 * Where sweep replicates run: a tinypool pool of worker threads running the compiled worker
 * (`dist/cli/sweepWorker.js`), or — with `--workers 0` — the main thread, one at a time (for
 * debugging and profiling, and for tests that should not depend on a fresh build).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import { AgentsimError } from '../../engine/index.js';
import { runReplicate, type SweepTask, type SweepTaskResult } from './runReplicate.js';

/** Runs replicates; `run` never rejects (a worker that dies becomes `{ ok: false }`). */
export interface SweepExecutor {
  run(task: SweepTask): Promise<SweepTaskResult>;
  close(): Promise<void>;
}

/** The compiled worker file: beside this module in dist/, or dist/ of the package from source. */
export function sweepWorkerFile(): string {
  const beside = fileURLToPath(new URL('../sweepWorker.js', import.meta.url));
  if (existsSync(beside)) return beside;
  const built = fileURLToPath(new URL('../../dist/cli/sweepWorker.js', import.meta.url));
  if (existsSync(built)) return built;
  throw new AgentsimError(`sweep: worker file not found (${beside}); run \`npm run build\` first, or use --workers 0`);
}

/** An executor with `workers` threads (0 = in the main thread). */
export function createExecutor(workers: number): SweepExecutor {
  return workers === 0 ? inlineExecutor() : poolExecutor(workers);
}

const WORKER_DEATH_RETRIES = 2;
const MAX_ATTEMPTS = 10;

function poolExecutor(workers: number): SweepExecutor {
  const pool = new Tinypool({ filename: sweepWorkerFile(), minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  // A worker that dies while running a task fails that task (below); one that dies idle is replaced.
  pool.on('error', () => {});
  // A dying worker also fails the tasks tinypool had queued on it, so a task whose worker died
  // is tried again on a fresh one; a task that kills its worker every time is reported.
  // A task failed only because another task's crash tore its worker down is tried again without
  // spending its own budget (a neighbour retried twice can take down two more workers).
  const run = (task: SweepTask, attemptsLeft: number, causes: string[]): Promise<SweepTaskResult> =>
    (pool.run(task) as Promise<SweepTaskResult>).catch((err: unknown) => {
      const cause = err instanceof Error ? err.message : String(err);
      causes.push(cause);
      const innocent = cause === TERMINATING && causes.length <= MAX_ATTEMPTS;
      if (innocent || attemptsLeft > 0) return run(task, innocent ? attemptsLeft : attemptsLeft - 1, causes);
      return { index: task.index, ok: false as const, error: `worker died: ${firstCause(causes)}` };
    });
  return {
    run: (task) => run(task, WORKER_DEATH_RETRIES, []),
    close: () => pool.destroy(),
  };
}

/**
 * The reason shown for a task whose worker died: the first cause, not the last. A retry can
 * land on a worker that tinypool is tearing down and fail with its generic "Terminating worker
 * thread" — which of the two a user saw depended on timing. So the first error that is not a
 * termination wins (the first error when all are).
 */
export function firstCause(causes: readonly string[]): string {
  return causes.find((c) => c !== TERMINATING) ?? causes[0] ?? 'unknown';
}

const TERMINATING = 'Terminating worker thread';

function inlineExecutor(): SweepExecutor {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      // One at a time, yielding to the event loop between runs so progress can be drawn.
      const next = tail.then(() => new Promise((resolve) => setImmediate(resolve))).then(() => runReplicate(task));
      tail = next;
      return next;
    },
    close: async () => void (await tail),
  };
}
