/** Where a command writes: stdout for results, stderr for progress and diagnostics. */
import type { Readable } from 'node:stream';
import { writeStderr, writeStdout } from './io/stdio.js';

export interface Io {
  /** Throws `StdoutClosed` when the reader went away (exit 0), `OutputError` on other failures. */
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input, for `replay -` (the process's stdin when absent). */
  stdin?(): Readable;
}

/** The process's own streams, written synchronously (see io/stdio.ts). */
export const processIo: Io = {
  stdout: writeStdout,
  stderr: writeStderr,
  stdin: () => process.stdin,
};
