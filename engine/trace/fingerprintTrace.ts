/**
 * Re-computing a trace file's fingerprint from its lines: the file's own checksum. The result
 * equals the run's `traceHash` exactly when the file holds that run's header and events
 * (see {@link Fingerprint}: parsed payloads hash like the live ones).
 */
import { CHECKPOINT_EVERY, Fingerprint } from './Fingerprint.js';
import { isTraceFooter, parseTraceLine } from './diffTraces.js';

/** What {@link fingerprintTrace} found. */
export interface TraceFingerprint {
  /** The fingerprint of the header and events as read. */
  readonly traceHash: string;
  readonly events: number;
  /** Rolling hashes after every `CHECKPOINT_EVERY` events (compare with a run's to locate a divergence). */
  readonly checkpoints: readonly string[];
  /** The footer's recorded `traceHash`, or undefined when there is no footer (or an old one). */
  readonly recorded: string | undefined;
  /** The rolling hash after the last event as read (what the footer's `h` must be). */
  readonly rolling: string;
  /** The seq of the first event line whose recorded `h` is not the rolling hash after it (an edited line). */
  readonly badRolling: number | undefined;
}

type Lines = Iterable<string> | AsyncIterable<string>;

/** Fingerprints a trace given as lines (header first; the footer, when present, is read, not hashed). */
export async function fingerprintTrace(lines: Lines): Promise<TraceFingerprint> {
  let fingerprint: Fingerprint | undefined;
  let recorded: string | undefined;
  let badRolling: number | undefined;
  for await (const line of lines as AsyncIterable<string>) {
    if (fingerprint === undefined) {
      fingerprint = new Fingerprint(line);
      continue;
    }
    if (isTraceFooter(line)) {
      const end = (JSON.parse(line) as { end?: { traceHash?: unknown } }).end;
      recorded = typeof end?.traceHash === 'string' ? end.traceHash : undefined;
      break;
    }
    const e = parseTraceLine(line);
    fingerprint.event(e.time, e.kind, e.src, e.dst, e.type, e.payload, e.ref);
    // `h` closes every canonical event line, so the last `"h":"` is the line's own.
    if (badRolling === undefined && line.slice(line.lastIndexOf('"h":"') + 5, -2) !== fingerprint.hex) badRolling = fingerprint.events - 1;
  }
  if (fingerprint === undefined) throw new RangeError('fingerprintTrace: no header line');
  return { traceHash: fingerprint.digest(), events: fingerprint.events, checkpoints: fingerprint.checkpoints, recorded, rolling: fingerprint.hex, badRolling };
}

/**
 * The seq window `[from, to)` that holds the first divergence of two runs whose fingerprints
 * differ, from their checkpoint lists: the span after the last checkpoint they share.
 */
export function divergenceWindow(a: readonly string[], b: readonly string[]): { from: number; to: number } {
  let k = 0;
  const n = Math.min(a.length, b.length);
  while (k < n && a[k] === b[k]) k++;
  return { from: k * CHECKPOINT_EVERY, to: (k + 1) * CHECKPOINT_EVERY };
}
