/**
 * Atomic output files: content goes to a temporary file beside the target and is renamed into
 * place only when complete, so a failed or interrupted command never leaves a partial file.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Writes `content` to `path` atomically (creating parent folders). */
export function writeFileAtomic(path: string, content: string): void {
  const out = openAtomic(path);
  try {
    out.write(content);
    out.commit();
  } catch (err) {
    out.abort();
    throw err;
  }
}

/** A file being written; invisible at its path until {@link AtomicFile.commit}. */
export interface AtomicFile {
  readonly path: string;
  write(chunk: string): void;
  /** Closes and renames into place. */
  commit(): void;
  /** Closes and deletes the temporary file. */
  abort(): void;
}

/** Opens `path` for atomic writing. */
export function openAtomic(path: string): AtomicFile {
  const target = resolve(path);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const fd = openSync(temp, 'w');
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    path: target,
    write: (chunk) => void writeSync(fd, chunk),
    commit: () => {
      close();
      renameSync(temp, target);
    },
    abort: () => {
      close();
      rmSync(temp, { force: true });
    },
  };
}
