/**
 * Where an output path really leads, checked before a command starts: `-` (or `/dev/stdout`) is
 * stdout; a FIFO or character device is written in place; anything else must be a regular file or
 * not exist yet, reached through symlinks (which are kept) and under folders that are folders.
 * Every refusal is a UsageError naming the option and the path.
 */
import { accessSync, constants, lstatSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../../engine/index.js';
import { brief } from './brief.js';

/** A file's identity: same device and inode is the same file, whatever the path. */
export interface FileId {
  readonly dev: number;
  readonly ino: number;
}

/** A resolved output. */
export type OutputTarget =
  | { readonly kind: 'stdout'; readonly key: 'stdout' }
  /** A FIFO or character device: opened and written in place, never replaced. */
  | { readonly kind: 'inplace'; readonly path: string; readonly key: string; readonly id: FileId }
  /** A regular file, written atomically (temporary file beside it, renamed into place). */
  | { readonly kind: 'file'; readonly path: string; readonly key: string; readonly id?: FileId; readonly mode?: number; readonly missingDirs: readonly string[] };

const STDOUT_NAMES = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);
const MAX_LINKS = 40;

/** Resolves and checks output `path` of `option` (e.g. `--json`). */
export function resolveOutput(option: string, path: string): OutputTarget {
  const named = `${option} ${brief(path)}`;
  if (path === '') throw new UsageError(`${option}: empty file name`);
  if (path.includes('\0')) throw new UsageError(`${named}: file name contains a NUL byte`);
  if (STDOUT_NAMES.has(path)) return { kind: 'stdout', key: 'stdout' };
  if (/[/\\]$/.test(path)) throw new UsageError(`${named}: ends with "/"; give a file name, not a folder`);
  let target = resolve(path);
  let stats: Stats | undefined;
  for (let hops = 0; ; hops++) {
    if (hops > MAX_LINKS) throw new UsageError(`${named}: symlink loop`);
    let link: Stats;
    try {
      link = lstatSync(target);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') break;
      if (code === 'ENOTDIR') throw new UsageError(`${named}: ${brief(blockingFile(target) ?? dirname(target))} is not a folder`);
      if (code === 'ELOOP') throw new UsageError(`${named}: symlink loop`);
      throw new UsageError(`${named}: cannot write (${code ?? (err as Error).message})`);
    }
    if (!link.isSymbolicLink()) {
      stats = link;
      break;
    }
    target = resolve(dirname(target), readlinkSync(target));
  }
  if (stats?.isDirectory()) throw new UsageError(`${named}: is a folder; give a file name`);
  if (stats && (stats.isFIFO() || stats.isCharacterDevice())) {
    return { kind: 'inplace', path: target, key: realpathSync(target), id: idOf(stats) };
  }
  if (stats && !stats.isFile()) throw new UsageError(`${named}: not a regular file`);
  const { existing, missing } = nearestFolder(named, dirname(target));
  try {
    accessSync(existing, constants.W_OK);
  } catch (err) {
    throw new UsageError(`${named}: cannot write in ${brief(existing)} (${(err as NodeJS.ErrnoException).code ?? 'denied'})`);
  }
  const key = join(realpathSync(existing), ...missing, basename(target));
  return stats ? { kind: 'file', path: target, key, id: idOf(stats), mode: stats.mode & 0o7777, missingDirs: [] } : { kind: 'file', path: target, key, missingDirs: missingPaths(existing, missing) };
}

/**
 * Checks output folder `path` of `option` (a sweep's `--out`): an existing folder (a resume), or
 * a path that can be created — not under a file, not a file itself, not empty.
 */
export function checkOutputFolder(option: string, path: string): void {
  const named = `${option} ${brief(path)}`;
  if (path === '') throw new UsageError(`${option}: empty folder name`);
  if (path === '-') throw new UsageError(`${option} -: a folder cannot be stdout; give a folder name (./- for a folder named "-")`);
  if (path.includes('\0')) throw new UsageError(`${named}: folder name contains a NUL byte`);
  const target = resolve(path);
  let stats: Stats | undefined;
  try {
    stats = statSync(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw new UsageError(`${named}: ${brief(blockingFile(target) ?? dirname(target))} is not a folder`);
    if (code === 'ELOOP') throw new UsageError(`${named}: symlink loop`);
    if (code !== 'ENOENT') throw new UsageError(`${named}: cannot write (${code ?? (err as Error).message})`);
    if (isDanglingLink(target)) throw new UsageError(`${named}: is a dangling symlink`);
  }
  if (stats !== undefined && !stats.isDirectory()) throw new UsageError(`${named}: exists and is not a folder`);
  const { existing } = stats ? { existing: target } : nearestFolder(named, dirname(target));
  try {
    accessSync(existing, constants.W_OK);
  } catch (err) {
    throw new UsageError(`${named}: cannot write in ${brief(existing)} (${(err as NodeJS.ErrnoException).code ?? 'denied'})`);
  }
}

/** The identity and canonical path of an existing input, or undefined when it does not exist. */
export function inputIdentity(path: string): { readonly key: string; readonly id: FileId } | undefined {
  try {
    return { key: realpathSync(path), id: idOf(statSync(path)) };
  } catch {
    return undefined;
  }
}

/** Whether two identities are the same file. */
export function sameFile(a: FileId | undefined, b: FileId | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

function idOf(stats: Stats): FileId {
  return { dev: stats.dev, ino: stats.ino };
}

/** The nearest existing ancestor of `dir` (which must be a folder) and the names below it to create. */
function nearestFolder(named: string, dir: string): { existing: string; missing: string[] } {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    let stats: Stats | undefined;
    try {
      stats = statSync(current);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw new UsageError(`${named}: ${brief(blockingFile(current) ?? current)} is not a folder`);
      if (code === 'ELOOP') throw new UsageError(`${named}: symlink loop in ${brief(current)}`);
      if (code !== 'ENOENT') throw new UsageError(`${named}: cannot write (${code ?? (err as Error).message})`);
      if (isDanglingLink(current)) throw new UsageError(`${named}: ${brief(current)} is a dangling symlink`);
    }
    if (stats !== undefined) {
      if (!stats.isDirectory()) throw new UsageError(`${named}: ${brief(current)} is not a folder`);
      return { existing: current, missing };
    }
    missing.unshift(basename(current));
    const parent = dirname(current);
    if (parent === current) return { existing: current, missing };
    current = parent;
  }
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The first ancestor of `path` that exists and is not a folder. */
function blockingFile(path: string): string | undefined {
  const parts: string[] = [];
  for (let p = path; dirname(p) !== p; p = dirname(p)) parts.unshift(p);
  for (const p of parts) {
    try {
      if (!statSync(p).isDirectory()) return p;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function missingPaths(existing: string, missing: readonly string[]): string[] {
  const out: string[] = [];
  let p = existing;
  for (const name of missing) out.push((p = join(p, name)));
  return out;
}
