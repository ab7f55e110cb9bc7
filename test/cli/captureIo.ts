import type { Io } from '../../cli/Io.js';
import { main } from '../../cli/main.js';

/** An Io that records what a command printed. */
export function captureIo(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
  };
  return io;
}

/** Runs the CLI in-process with `args`; returns its exit code and what it printed. */
export async function runCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = captureIo();
  const code = await main(args, io);
  return { code, stdout: io.out, stderr: io.err };
}
