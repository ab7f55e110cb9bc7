/**
 * Every output of one command, checked before it starts and committed all together at the end.
 *
 * - Each output path is resolved and checked when declared ({@link resolveOutput}): a folder, a
 *   path under a file, an empty name or a trailing slash is a UsageError before anything runs.
 * - An output that is the same file as one of the command's inputs (by device and inode, through
 *   symlinks and hard links) or as another output is a UsageError: nothing is ever overwritten
 *   that the command reads.
 * - Regular files are written to temporary files beside their targets (`NAME.tmp-PID-XXXXXX`) and
 *   renamed into place only at {@link OutputPlan.commit}, after every output was written; a
 *   failure (or {@link OutputPlan.abort}) removes them all, and a rename failing part-way puts back
 *   what the earlier renames replaced. Symlinks are kept: their target is what gets replaced.
 * - FIFOs and character devices are written in place (never replaced by a rename), and `-` is
 *   stdout; whole-content outputs there are written at commit, before the renames.
 */
import { closeSync, fchmodSync, linkSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { UsageError } from '../../engine/index.js';
import type { Io } from '../Io.js';
import { brief } from './brief.js';
import { inputIdentity, resolveOutput, sameFile, type FileId, type OutputTarget } from './resolveOutput.js';
import { OutputError, writeAllSync } from './stdio.js';
import { handlePendingSignals, keepSignalHandlers, releaseDir, releaseTemp, removeEmptyDir, trackDir, trackTemp } from './tempFiles.js';

/** One declared output. */
export interface Output {
  /** The option that named it, e.g. `--json`. */
  readonly option: string;
  /** The path as given. */
  readonly path: string;
  readonly target: OutputTarget;
}

interface Staged {
  readonly output: Output;
  temp?: string;
  fd?: number;
  /** Content for an in-place or stdout output, written at commit. */
  pending?: string;
}

interface DeclaredInput {
  readonly what: string;
  readonly path: string;
  readonly key: string;
  readonly id: FileId;
}

/** The outputs (and inputs) of one command. */
export class OutputPlan {
  /** Where the command's human-readable text goes: stderr once an output took stdout. */
  readonly display: Io;
  private readonly inputs: DeclaredInput[] = [];
  private readonly staged: Staged[] = [];
  private readonly createdDirs: string[] = [];
  private state: 'open' | 'committed' | 'aborted' = 'open';

  constructor(private readonly io: Io) {
    this.display = {
      stdout: (text) => (this.staged.some((s) => s.output.target.kind === 'stdout') ? io.stderr(text) : io.stdout(text)),
      stderr: (text) => io.stderr(text),
      ...(io.stdin ? { stdin: io.stdin.bind(io) } : {}),
    };
  }

  /**
   * Runs a command body with a fresh plan: commits the outputs when it returns (unless it did so
   * itself), removes them all when it throws.
   */
  static async run(io: Io, body: (plan: OutputPlan) => Promise<number> | number): Promise<number> {
    const plan = new OutputPlan(io);
    try {
      const code = await body(plan);
      await handlePendingSignals();
      plan.commit();
      return code;
    } catch (err) {
      plan.abort();
      throw err;
    }
  }

  /** Declares input files (those that exist); an output resolving to one is refused. */
  input(what: string, ...paths: readonly (string | undefined)[]): void {
    for (const path of paths) {
      if (path === undefined || path === '-') continue;
      const identity = inputIdentity(path);
      if (identity === undefined) continue;
      const input = { what, path, ...identity };
      for (const s of this.staged) this.refuseClash(s.output, input);
      this.inputs.push(input);
    }
  }

  /** Declares output `path` of `option` (undefined: not asked for); checks it now. */
  output(option: string, path: string | undefined): Output | undefined {
    if (path === undefined) return undefined;
    const output: Output = { option, path, target: resolveOutput(option, path) };
    for (const input of this.inputs) this.refuseClash(output, input);
    for (const s of this.staged) {
      const a = s.output.target;
      const b = output.target;
      if (a.key === b.key || ('id' in a && 'id' in b && sameFile(a.id, b.id))) {
        throw new UsageError(`${option} ${brief(path)}: same ${b.kind === 'stdout' ? 'stdout' : 'file'} as ${s.output.option}${b.kind === 'stdout' ? '' : ` ${brief(s.output.path)}`}; give each output its own file`);
      }
    }
    this.staged.push({ output });
    return output;
  }

  /** Writes the whole content of `output` (staged until commit). */
  write(output: Output | undefined, content: string): void {
    if (output === undefined) return;
    const s = this.stagedOf(output);
    if (output.target.kind !== 'file') {
      s.pending = (s.pending ?? '') + content;
      return;
    }
    this.append(s, content);
    this.close(s);
  }

  /**
   * A writer streaming `output` as it is produced (a trace, an export): a regular file goes to its
   * temporary file; stdout, a FIFO or a device receive each chunk at once.
   */
  stream(output: Output): (chunk: string) => void {
    const s = this.stagedOf(output);
    const target = output.target;
    if (target.kind === 'stdout') return (chunk) => this.io.stdout(chunk);
    if (target.kind === 'inplace') {
      return (chunk) => {
        s.fd ??= this.guard(output, () => openSync(target.path, 'w'));
        this.guard(output, () => writeAllSync(s.fd!, chunk));
      };
    }
    return (chunk) => this.append(s, chunk);
  }

  /** Reads a file a parameter names (`readInput` of a run), refusing one that is an output. */
  readInput(path: string, read: (path: string) => string): string {
    this.input('input file', path);
    return read(path);
  }

  /** Puts every output in place: all of them, or (on any failure) none. Idempotent. */
  commit(): void {
    if (this.state !== 'open') return;
    try {
      for (const s of this.staged) this.close(s);
      for (const s of this.staged) {
        if (s.pending === undefined) continue;
        const { output } = s;
        if (output.target.kind === 'stdout') this.io.stdout(s.pending);
        else this.guard(output, () => writeAllSync((s.fd ??= openSync(output.path, 'w')), s.pending!));
        this.closeInPlace(s);
      }
      this.renameAll();
    } catch (err) {
      this.abort();
      throw err;
    }
    for (const s of this.staged) this.closeInPlace(s);
    for (const dir of this.createdDirs) releaseDir(dir);
    this.state = 'committed';
  }

  /** Removes every temporary file and every folder this plan created. Idempotent. */
  abort(): void {
    if (this.state !== 'open') return;
    this.state = 'aborted';
    for (const s of this.staged) {
      if (s.fd !== undefined) closeQuietly(s.fd);
      s.fd = undefined;
      if (s.temp !== undefined) removeTemp(s.temp);
      s.temp = undefined;
    }
    for (const dir of [...this.createdDirs].reverse()) {
      removeEmptyDir(dir);
      releaseDir(dir);
    }
  }

  private renameAll(): void {
    const done: { s: Staged; backup?: string }[] = [];
    try {
      for (const s of this.staged) {
        if (s.temp === undefined) continue;
        const target = s.output.target as Extract<OutputTarget, { kind: 'file' }>;
        let backup: string | undefined;
        if (target.id !== undefined) {
          backup = tempName(target.path);
          keepSignalHandlers();
          try {
            linkSync(target.path, backup);
            trackTemp(backup);
          } catch {
            backup = undefined;
          }
        }
        const entry = { s, ...(backup ? { backup } : {}) };
        this.guard(s.output, () => renameSync(s.temp!, target.path));
        done.push(entry);
        releaseTemp(s.temp);
        s.temp = undefined;
      }
    } catch (err) {
      for (const { s, backup } of done.reverse()) {
        const path = (s.output.target as { path: string }).path;
        if (backup !== undefined) renameSync(backup, path);
        else rmSync(path, { force: true });
        if (backup !== undefined) releaseTemp(backup);
      }
      throw err;
    }
    for (const { backup } of done) if (backup !== undefined) removeTemp(backup);
  }

  private stagedOf(output: Output): Staged {
    if (this.state !== 'open') throw new Error(`OutputPlan: ${output.option} written after ${this.state === 'committed' ? 'commit' : 'abort'}`);
    const s = this.staged.find((x) => x.output === output);
    if (s === undefined) throw new Error(`OutputPlan: ${output.option} was not declared`);
    return s;
  }

  private append(s: Staged, chunk: string): void {
    const { output } = s;
    const target = output.target as Extract<OutputTarget, { kind: 'file' }>;
    if (s.temp === undefined) {
      keepSignalHandlers();
      for (const dir of target.missingDirs) {
        if (this.createdDirs.includes(dir)) continue;
        const created = this.guard(output, () => mkdirSync(dir, { recursive: true }));
        if (created === undefined) continue;
        this.createdDirs.push(dir);
        trackDir(dir);
      }
      const temp = tempName(target.path);
      s.fd = this.guard(output, () => openSync(temp, 'wx', 0o666));
      s.temp = temp;
      trackTemp(temp);
      if (target.mode !== undefined) this.guard(output, () => fchmodSync(s.fd!, target.mode!));
    }
    this.guard(output, () => writeAllSync(s.fd!, chunk));
  }

  private close(s: Staged): void {
    if (s.fd === undefined || s.output.target.kind !== 'file') return;
    const fd = s.fd;
    s.fd = undefined;
    this.guard(s.output, () => closeSync(fd));
  }

  private closeInPlace(s: Staged): void {
    if (s.fd === undefined || s.output.target.kind !== 'inplace') return;
    closeQuietly(s.fd);
    s.fd = undefined;
  }

  private refuseClash(output: Output, input: DeclaredInput): void {
    const t = output.target;
    if (t.kind === 'stdout') return;
    if (t.key === input.key || sameFile('id' in t ? t.id : undefined, input.id)) {
      throw new UsageError(`${output.option} ${brief(output.path)}: is also an input (${input.what} ${brief(input.path)}); writing it would destroy the input`);
    }
  }

  /** Runs a file operation, turning a system error into a one-line OutputError naming the output. */
  private guard<T>(output: Output, op: () => T): T {
    try {
      return op();
    } catch (err) {
      if (err instanceof UsageError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === undefined) throw err;
      throw new OutputError(`${output.option} ${brief(output.path)}: cannot write (${code})`);
    }
  }
}

function tempName(path: string): string {
  return `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
}

function removeTemp(path: string): void {
  rmSync(path, { force: true });
  releaseTemp(path);
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed or the device went away: nothing to keep
  }
}
