/**
 * Arrival times of a workload, generated up front into a Float64Array (8 bytes a request, so a
 * million requests cost 8 MB) so a run knows its last arrival and can schedule them as plain
 * kernel callbacks: `poisson` (exponential gaps), `constant` (equal gaps), or `trace:FILE`
 * (recorded arrival times from a CSV, read through the injected input reader).
 */
import { parseDecimal, UsageError, type Rng } from '../../engine/index.js';

/**
 * Parses a CSV of arrival times: one arrival per line, the first column the arrival time in ms
 * (any origin, non-decreasing); further columns are ignored. An optional header line (whose
 * first field is not a number), blank lines and lines starting with `#` are skipped.
 * @throws UsageError naming the file, line and value
 */
export function parseArrivalCsv(text: string, name: string): Float64Array {
  const times: number[] = [];
  const lines = text.split(/\r?\n/);
  let previous = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const field = line.split(',')[0]!.trim();
    const t = parseDecimal(field);
    if (!Number.isFinite(t)) {
      if (times.length === 0 && i === firstDataLine(lines)) continue; // a header
      throw new UsageError(`${name}: line ${i + 1}: "${field}" is not an arrival time in ms`);
    }
    if (t < previous) throw new UsageError(`${name}: line ${i + 1}: arrival time ${t} is before the previous one (${previous}); times must be non-decreasing`);
    previous = t;
    times.push(t);
  }
  if (times.length === 0) throw new UsageError(`${name}: no arrival times found`);
  return Float64Array.from(times);
}

function firstDataLine(lines: readonly string[]): number {
  return lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
}

/** Options of {@link arrivalTimes}. */
export interface ArrivalOptions {
  /** `poisson`, `constant` or `trace:FILE`. */
  arrival: string;
  /** Number of arrivals (a trace shorter than this caps it). */
  count: number;
  /** Mean arrival rate in requests per ms; 0 replays a trace unscaled. */
  ratePerMs: number;
  rng: Rng;
  readInput: (path: string) => string;
}

/**
 * Arrival times (ms, non-decreasing, the first one after 0). A trace is shifted to start at its
 * first gap and, when `ratePerMs` > 0, its gaps are scaled so its mean rate is `ratePerMs`.
 */
export function arrivalTimes(options: ArrivalOptions): Float64Array {
  const { arrival, count, ratePerMs, rng } = options;
  if (arrival === 'poisson' || arrival === 'constant') {
    const out = new Float64Array(count);
    const mean = 1 / ratePerMs;
    let t = 0;
    for (let i = 0; i < count; i++) {
      t += arrival === 'poisson' ? -mean * Math.log(1 - rng.next()) : mean;
      out[i] = t;
    }
    return out;
  }
  const path = arrival.slice('trace:'.length);
  const recorded = parseArrivalCsv(options.readInput(path), `arrival trace ${path}`);
  const n = Math.min(count, recorded.length);
  const first = recorded[0]!;
  const span = recorded[n - 1]! - first;
  // Scale so that n arrivals over the recorded span have the requested mean rate.
  const scale = ratePerMs > 0 && n > 1 && span > 0 ? (n - 1) / span / ratePerMs : 1;
  // The first arrival comes one mean gap after 0, so warm-up starts from an empty system.
  const offset = n > 1 && span > 0 ? (span * scale) / (n - 1) : ratePerMs > 0 ? 1 / ratePerMs : 1;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = offset + (recorded[i]! - first) * scale;
  return out;
}
