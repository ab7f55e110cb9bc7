/**
 * Small helpers shared by the benchmarks: a seeded PRNG, a forced GC, medians, and the
 * formatting of figures. Benchmarks run outside vitest with plain node, so xstate's production
 * build is the one measured.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** mulberry32: a tiny seeded PRNG, so every run of a benchmark does the same work. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let gcFn;
/** Runs a full GC between measurements (exposes `gc` on the fly when node lacks --expose-gc). */
export function gc() {
  if (gcFn === undefined) {
    if (typeof globalThis.gc === 'function') gcFn = globalThis.gc;
    else {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc');
    }
  }
  gcFn();
  gcFn();
}

/**
 * Wall time of `fn()` in ms and the process's CPU time over it (`cpuMs`, user + system), after a
 * GC so one case does not pay for another's garbage. On a shared machine CPU time is the steadier
 * of the two: wall time also counts the time the process waited for a core.
 */
export function timed(fn) {
  gc();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, value };
}

/** The median of a non-empty list of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Relative spread of repeated measurements: (max - min) / median. */
export function spread(xs) {
  return (Math.max(...xs) - Math.min(...xs)) / median(xs);
}

/** 1234567 -> "1.23M", 12345 -> "12.3k". */
export function si(x) {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a >= 1e9) return `${(x / 1e9).toFixed(2)}G`;
  if (a >= 1e6) return `${(x / 1e6).toFixed(2)}M`;
  if (a >= 1e4) return `${(x / 1e3).toFixed(1)}k`;
  if (a >= 1e3) return `${(x / 1e3).toFixed(2)}k`;
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** Milliseconds as "812 ms" or "12.3 s". */
export function dur(ms) {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

/** A ratio as "0.63x" / "48.7x". */
export function ratio(x) {
  return x >= 10 ? `${x.toFixed(1)}x` : `${x.toFixed(2)}x`;
}

/** Bytes as "3.81 KB" / "412 MB" (binary units). */
export function bytes(b) {
  if (b >= 1024 ** 3) return `${(b / 1024 ** 3).toFixed(2)} GB`;
  if (b >= 1024 ** 2) return `${(b / 1024 ** 2).toFixed(0)} MB`;
  if (b >= 1024) return `${(b / 1024).toFixed(2)} KB`;
  return `${b.toFixed(0)} B`;
}

/** Prints rows (arrays of strings) as an aligned table with a header row. */
export function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Progress and notes go to stderr so stdout stays the report. */
export function note(text) {
  process.stderr.write(`  ${text}\n`);
}
