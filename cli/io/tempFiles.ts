/**
 * Temporary files and folders agentsim is writing right now, so an interrupted command can
 * remove them on the way out: SIGINT/SIGTERM/SIGHUP remove every one and exit 128 + the signal
 * number. Node cannot run a signal handler while JavaScript is busy, so synchronous work inside
 * {@link interruptible} is stopped by SIGINT at once (node's break-on-SIGINT), and by SIGTERM or
 * SIGHUP at once too when nothing is there to remove: their handlers are taken off for the
 * duration, so the signal's default action ends the process. While a temporary file is live
 * (a trace streamed by `run`) the handlers stay, and the long work yields to the event loop
 * between slices instead (see runCooperatively).
 */
import { rmdirSync, rmSync } from 'node:fs';
import { Script } from 'node:vm';
import { AgentsimError } from '../../engine/index.js';

const liveFiles = new Set<string>();
const liveDirs: string[] = [];

/** Records a temporary file as live until {@link releaseTemp}. */
export function trackTemp(path: string): void {
  liveFiles.add(path);
  attachHandlers();
}

/** The file was renamed into place or removed. */
export function releaseTemp(path: string): void {
  liveFiles.delete(path);
}

/** Records a folder created for an output; removed on interruption when still empty. */
export function trackDir(path: string): void {
  liveDirs.push(path);
  attachHandlers();
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
/** The installed handlers of SIGHUP and SIGTERM (SIGINT's stays on: break-on-SIGINT covers it). */
const detachable = new Map<string, () => void>();
let attached = false;

/** Installs the process's signal handlers (the executable only; tests drive `main` in-process). */
export function installSignalCleanup(): void {
  if (detachable.size > 0) return;
  for (const [signal, n] of Object.entries(SIGNALS)) {
    const handler = (): void => {
      removeLiveTemps();
      process.exit(128 + n);
    };
    if (signal === 'SIGINT') process.on(signal, handler);
    else detachable.set(signal, handler);
  }
  attachHandlers();
}

/**
 * Puts the SIGTERM/SIGHUP handlers back before a temporary file or folder is created, so a
 * signal from then on is handled (and the file removed) rather than ending the process at once.
 */
export function keepSignalHandlers(): void {
  attachHandlers();
}

function attachHandlers(): void {
  if (attached || detachable.size === 0) return;
  for (const [signal, handler] of detachable) process.on(signal, handler);
  attached = true;
}

/** Takes the SIGTERM/SIGHUP handlers off when nothing would be left to remove; true if it did. */
function detachHandlersIfIdle(): boolean {
  if (!attached || liveFiles.size > 0 || liveDirs.length > 0) return false;
  for (const [signal, handler] of detachable) process.off(signal, handler);
  attached = false;
  return true;
}

const script = new Script('globalThis.__agentsimInterruptible()', { filename: 'agentsim-run' });

/**
 * Runs synchronous `fn` so that SIGINT stops it at once; the interruption is thrown as
 * {@link Interrupted} (exit 130), so callers' cleanup (`finally`, aborting outputs) runs.
 * SIGTERM and SIGHUP end the process at once when no temporary file or folder is live (nothing
 * to clean up); otherwise they are handled when `fn` returns. A signal that arrived before `fn`
 * started, while JavaScript was busy, waits in node's queue until `fn` returns: a caller about to
 * start long work lets the event loop turn first ({@link handlePendingSignals}).
 */
export function interruptible<T>(fn: () => T): T {
  const g = globalThis as { __agentsimInterruptible?: () => T };
  const previous = g.__agentsimInterruptible;
  g.__agentsimInterruptible = fn;
  const detached = detachHandlersIfIdle();
  try {
    return script.runInThisContext({ breakOnSigint: true }) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') throw new Interrupted(130);
    throw err;
  } finally {
    g.__agentsimInterruptible = previous;
    if (detached) attachHandlers();
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
