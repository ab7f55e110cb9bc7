/**
 * Trace recording. Every event is mixed into the run's {@link Fingerprint} (no text is built for
 * that); only when a sink or `keepLines` asks for it is the event also rendered as a canonical JSON
 * line with a fixed field order (`t, seq, kind, src, dst, type, payload, ref, h`), where `h` is the
 * fingerprint's rolling hash after that event. So two traces can be compared event by event and the
 * first divergence named, and `traceHash` is the same with or without a trace file.
 *
 * The last line is a footer with the event count, the final rolling hash and the `traceHash`; a
 * file without it was cut short. The footer's `traceHash` is recomputed from the file's events by
 * {@link fingerprintTrace} (and `agentsim replay --verify`): that is the file's own checksum.
 */
import { canonicalJson } from './canonicalJson.js';
import { Fingerprint } from './Fingerprint.js';
import type { TraceEvent } from './TraceEvent.js';

/** The trace schema this version writes. */
export const TRACE_SCHEMA = 'agentsim.trace/2';

/** Header line of a trace: what is needed to re-simulate it. */
export interface TraceHeader {
  readonly schema: typeof TRACE_SCHEMA;
  readonly agentsim: string;
  readonly scenario: string;
  readonly params: Record<string, unknown>;
  readonly seed: number;
  readonly faults?: readonly unknown[];
  /** Test-only bug variants that were switched on (absent when none). */
  readonly bugs?: readonly string[];
  /** For a scenario loaded from a module file: its absolute path and the SHA-256 of its content. */
  readonly module?: { readonly path: string; readonly sha256: string };
}

/** Options of {@link TraceRecorder}. */
export interface TraceRecorderOptions {
  /** Receives the trace text in chunks of whole lines (e.g. to write a file). */
  sink?: (chunk: string) => void;
  /** Keep each line's text in memory (for in-process diffs); default false. */
  keepLines?: boolean;
  /**
   * Render only the events whose seq is in `[from, to)` (the header is always rendered, the footer
   * only when the window reaches the end). Used to name a divergence found by fingerprints.
   */
  window?: { readonly from: number; readonly to: number };
}

const CHUNK_LINES = 2048;

/** Fingerprints events and, when asked, renders them as canonical JSON lines. */
export class TraceRecorder {
  private readonly fingerprint: Fingerprint;
  private readonly sink: ((chunk: string) => void) | undefined;
  private readonly kept: string[] | undefined;
  private readonly render: boolean;
  private readonly from: number;
  private readonly to: number;
  private readonly quoted = new Map<string, string>();
  private buffer: string[] = [];
  private count = 0;
  private digest: string | undefined;

  constructor(header: TraceHeader | Record<string, unknown>, options: TraceRecorderOptions = {}) {
    const head = canonicalJson(header);
    this.fingerprint = new Fingerprint(head);
    this.sink = options.sink;
    this.kept = options.keepLines ? [] : undefined;
    this.render = this.sink !== undefined || this.kept !== undefined;
    this.from = options.window?.from ?? 0;
    this.to = options.window?.to ?? Infinity;
    if (this.render) this.push(head);
  }

  /** Number of events recorded (the header not counted). */
  get events(): number {
    return this.count;
  }

  /** The rolling hash after the last event, as 16 hex digits. */
  get rollingHash(): string {
    return this.fingerprint.hex;
  }

  /** Rolling hashes after every {@link CHECKPOINT_EVERY} events (to locate a divergence). */
  get checkpoints(): string[] {
    return this.fingerprint.checkpoints;
  }

  /** Lines kept in memory (header first) when `keepLines` was set. */
  get lines(): readonly string[] {
    return this.kept ?? [];
  }

  /** Appends one event; `seq` is assigned here. Returns the event's sequence number. */
  record(time: number, kind: TraceEvent['kind'], src: string, dst: string, type: string, payload?: unknown, ref?: number): number {
    if (this.digest !== undefined) throw new Error('TraceRecorder: record after finish');
    const seq = this.count++;
    this.fingerprint.event(time, kind, src, dst, type, payload, ref);
    if (this.render && seq >= this.from && seq < this.to) {
      this.push(
        `{"t":${time},"seq":${seq},"kind":"${kind}","src":${this.quote(src)},"dst":${this.quote(dst)},"type":${this.quote(type)}` +
          (payload === undefined ? '' : `,"payload":${canonicalJson(payload)}`) +
          (ref === undefined ? '' : `,"ref":${ref}`) +
          `,"h":"${this.fingerprint.hex}"}`,
      );
    }
    return seq;
  }

  /**
   * Appends the footer line (`{"end":{"events":N,"h":…,"traceHash":…}}`, which marks the trace
   * complete), flushes, and returns the run's fingerprint; further records are an error.
   */
  finish(): string {
    if (this.digest === undefined) {
      this.digest = this.fingerprint.digest();
      if (this.render && this.count <= this.to) this.push(traceFooter(this.count, this.fingerprint.hex, this.digest));
      this.flush();
    }
    return this.digest;
  }

  private quote(text: string): string {
    let q = this.quoted.get(text);
    if (q === undefined) {
      q = JSON.stringify(text);
      if (this.quoted.size < 100_000) this.quoted.set(text, q);
    }
    return q;
  }

  private push(line: string): void {
    this.kept?.push(line);
    if (this.sink !== undefined) {
      this.buffer.push(line);
      if (this.buffer.length >= CHUNK_LINES) this.flush();
    }
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const chunk = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    this.sink?.(chunk);
  }
}

/** The footer line of a trace of `events` events. */
export function traceFooter(events: number, rolling: string, traceHash: string): string {
  return `{"end":{"events":${events},"h":"${rolling}","traceHash":"${traceHash}"}}`;
}
