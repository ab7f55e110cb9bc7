import { Readable } from 'node:stream';
import type { Io } from '../../cli/Io.js';
import { main } from '../../cli/main.js';

/** An Io that records what a command printed; its stdin holds `stdin` (never the test runner's). */
export function captureIo(stdin = ''): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    stdin: () => Readable.from([stdin]),
  };
  return io;
}

/** Runs the CLI in-process with `args`; returns its exit code and what it printed. */
export async function runCli(args: readonly string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo(stdin);
  const code = await main(args, io);
  return { code, stdout: io.out, stderr: io.err };
}
