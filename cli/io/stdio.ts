/**
 * The process's standard streams, written synchronously so a failure surfaces where it happens:
 * stdout closed by its reader (EPIPE, as in `agentsim replay big.jsonl | head -1`) throws
 * {@link StdoutClosed}, which ends the command quietly with exit 0 like any Unix tool; any other
 * failure (ENOSPC on `> /dev/full`) throws a one-line {@link OutputError}.
 */
import { writeSync } from 'node:fs';
import { AgentsimError, UsageError } from '../../engine/index.js';

/** stdout's reader went away; the command stops and exits 0. */
export class StdoutClosed extends AgentsimError {
  override name = 'StdoutClosed';
  constructor() {
    super('stdout closed');
  }
}

/** An output could not be written (disk full, device error): exit 2, one line. */
export class OutputError extends UsageError {
  override name = 'OutputError';
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes all of `text` to `fd`, waiting out EAGAIN on a non-blocking pipe. */
export function writeAllSync(fd: number, text: string | Uint8Array): void {
  let buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  while (buf.length > 0) {
    let n: number;
    try {
      n = writeSync(fd, buf);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 2);
        continue;
      }
      throw err;
    }
    buf = buf.subarray(n);
  }
}

/** Writes to stdout (fd 1). */
export function writeStdout(text: string): void {
  try {
    writeAllSync(1, text);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') throw new StdoutClosed();
    throw new OutputError(`stdout: cannot write (${code ?? (err as Error).message})`);
  }
}

/** Writes to stderr (fd 2); a failure there has nowhere to be reported and is dropped. */
export function writeStderr(text: string): void {
  try {
    writeAllSync(2, text);
  } catch {
    // stderr is gone: nothing left to tell
  }
}
