/**
 * Runs the CLI and maps outcomes to exit codes: 0 success, 1 a verdict failed (the command's
 * own code), 2 bad usage or bad input (one line on stderr, no stack trace), 3 internal error.
 * stdout closed by its reader ends the command quietly with exit 0; a signal with 128 + its number.
 */
import { CommanderError } from 'commander';
import { AgentsimError, UsageError } from '../engine/index.js';
import { createProgram, type ProgramState } from './createProgram.js';
import { brief, oneLine } from './io/brief.js';
import { StdoutClosed } from './io/stdio.js';
import { Interrupted } from './io/tempFiles.js';
import { processIo, type Io } from './Io.js';

/** Parses `userArgv` (user arguments only, without `node` and the script) and returns the exit code. */
export async function main(userArgv: readonly string[], io: Io = processIo): Promise<number> {
  const state: ProgramState = { exitCode: 0 };
  const program = createProgram(io, state).exitOverride();
  for (const command of program.commands) command.exitOverride();
  const names = program.commands.map((c) => c.name());
  // commander answers `help UNKNOWN` with the whole help text; one line names the problem.
  // commander answers `help help` with the usage on stderr and exit 2, though `help` is a command.
  const argv = userArgv[0] === 'help' && userArgv[1] === 'help' ? ['help', ...userArgv.slice(2)] : userArgv;
  if (argv[0] === 'help' && argv[1] !== undefined && !names.includes(argv[1])) {
    io.stderr(`agentsim: help ${brief(argv[1])}: unknown command (commands: ${names.filter((n) => n !== 'help').join(', ')})\n`);
    return 2;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.exitCode;
  } catch (err) {
    return exitCodeFor(err, io);
  }
}

/** Reports an error on stderr (one line) and returns its exit code. */
export function exitCodeFor(err: unknown, io: Io): number {
  if (err instanceof CommanderError) {
    // commander already printed its message; help and version exit 0.
    return err.exitCode === 0 ? 0 : 2;
  }
  if (err instanceof StdoutClosed) return 0;
  if (err instanceof Interrupted) return err.exitCode;
  if (err instanceof UsageError) {
    io.stderr(`agentsim: ${oneLine(err.message)}\n`);
    return 2;
  }
  if (isCwdGone(err)) {
    io.stderr('agentsim: the current folder no longer exists; cd to a folder that does\n');
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(`agentsim: ${err instanceof AgentsimError ? '' : 'internal error: '}${oneLine(message)}\n`);
  if (process.env['AGENTSIM_DEBUG'] && err instanceof Error) io.stderr(`${err.stack}\n`);
  return 3;
}

/** Node's `process.cwd()` (behind every relative path) fails this way once the folder was deleted. */
function isCwdGone(err: unknown): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).syscall === 'uv_cwd' && (err as NodeJS.ErrnoException).code === 'ENOENT';
}
