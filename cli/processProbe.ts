/**
 * The process probe the CLI injects into runs (`RunOptions.probe`): heap from
 * `process.memoryUsage()`, CPU from `process.cpuUsage()`, and a full GC through `global.gc`, or,
 * when node was started without `--expose-gc`, through V8's flag being switched on at run time.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ProcessProbe } from '../scenarios/index.js';

function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

/** A probe of this process. */
export function createProcessProbe(): ProcessProbe {
  const gc = findGc();
  return {
    gcAvailable: gc !== undefined,
    heapUsed(collect) {
      if (!collect || !gc) return process.memoryUsage().heapUsed;
      // One full GC can leave memory that only a later one frees (weak references, flushed
      // bytecode): collect until the heap stops shrinking, so two readings bracket only what
      // was allocated between them.
      gc();
      let used = process.memoryUsage().heapUsed;
      for (let i = 0; i < 8; i++) {
        gc();
        const next = process.memoryUsage().heapUsed;
        if (next >= used - 1024) return Math.min(used, next);
        used = next;
      }
      return used;
    },
    cpuMs() {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    },
  };
}
