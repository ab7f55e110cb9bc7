/**
 * Temporary files and folders agentsim is writing right now, so an interrupted command can
 * remove them on the way out: SIGINT/SIGTERM/SIGHUP remove every one and exit 128 + the signal
 * number. A synchronous simulation run inside {@link interruptible} is stopped by SIGINT at once
 * (node cannot run a signal handler while JavaScript is busy); other signals take effect when it
 * returns.
 */
import { rmdirSync, rmSync } from 'node:fs';
import { Script } from 'node:vm';
import { AgentsimError } from '../../engine/index.js';

const liveFiles = new Set<string>();
const liveDirs: string[] = [];

/** Records a temporary file as live until {@link releaseTemp}. */
export function trackTemp(path: string): void {
  liveFiles.add(path);
}

/** The file was renamed into place or removed. */
export function releaseTemp(path: string): void {
  liveFiles.delete(path);
}

/** Records a folder created for an output; removed on interruption when still empty. */
export function trackDir(path: string): void {
  liveDirs.push(path);
}

/** The created folders now hold a committed output. */
export function releaseDir(path: string): void {
  const i = liveDirs.lastIndexOf(path);
  if (i >= 0) liveDirs.splice(i, 1);
}

/** Removes every live temporary file and every created folder left empty (deepest first). */
export function removeLiveTemps(): void {
  for (const path of liveFiles) rmSync(path, { force: true });
  liveFiles.clear();
  for (const dir of [...liveDirs].reverse()) removeEmptyDir(dir);
  liveDirs.length = 0;
}

/** Removes `dir` if it is empty; anything else is left alone. */
export function removeEmptyDir(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // not empty, or already gone: keep it
  }
}

/** A command stopped by a signal; exit code 128 + the signal number. */
export class Interrupted extends AgentsimError {
  override name = 'Interrupted';
  constructor(readonly exitCode: number) {
    super(`interrupted (exit ${exitCode})`);
  }
}

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
let installed = false;

/** Installs the process's signal handlers (the executable only; tests drive `main` in-process). */
export function installSignalCleanup(): void {
  if (installed) return;
  installed = true;
  for (const [signal, n] of Object.entries(SIGNALS)) {
    process.on(signal, () => {
      removeLiveTemps();
      process.exit(128 + n);
    });
  }
}

const script = new Script('globalThis.__agentsimInterruptible()', { filename: 'agentsim-run' });

/**
 * Runs synchronous `fn` so that SIGINT stops it at once; the interruption is thrown as
 * {@link Interrupted} (exit 130), so callers' cleanup (`finally`, aborting outputs) runs.
 */
export function interruptible<T>(fn: () => T): T {
  const g = globalThis as { __agentsimInterruptible?: () => T };
  const previous = g.__agentsimInterruptible;
  g.__agentsimInterruptible = fn;
  try {
    return script.runInThisContext({ breakOnSigint: true }) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') throw new Interrupted(130);
    throw err;
  } finally {
    g.__agentsimInterruptible = previous;
  }
}

/**
 * A few turns of the event loop, so a signal that arrived during a synchronous run is handled
 * (temporaries removed, process exited) before outputs are committed. libuv notices a signal
 * in the poll phase, and not always in the first one after JavaScript was busy: two turns and a
 * timer were enough in every trial.
 */
export async function handlePendingSignals(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setTimeout(resolve, 0));
}
