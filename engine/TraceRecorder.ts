/**
 * Canonical trace recording. Every event becomes one JSON line with a fixed field order
 * (`t, seq, kind, src, dst, type, payload, ref, h`); `h` is a rolling 32-bit FNV-1a hash over all
 * lines so far, so two traces can be compared event by event and the first divergence named
 * without keeping either in memory. `traceHash` is the SHA-256 of the whole file (header
 * included): `sha256sum trace.jsonl` gives the same digest.
 *
 * Writing is optional: without a sink, lines are hashed and dropped, so large runs pay for
 * hashing but not for I/O.
 */
import { createHash, type Hash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.js';
import type { TraceEvent } from './TraceEvent.js';

/** Header line of a trace: what is needed to re-simulate it. */
export interface TraceHeader {
  readonly schema: 'agentsim.trace/1';
  readonly agentsim: string;
  readonly scenario: string;
  readonly params: Record<string, unknown>;
  readonly seed: number;
  readonly faults?: readonly unknown[];
}

/** Options of {@link TraceRecorder}. */
export interface TraceRecorderOptions {
  /** Receives the trace text in chunks of whole lines (e.g. to write a file). */
  sink?: (chunk: string) => void;
  /** Keep each line's text in memory (for in-process diffs); default false. */
  keepLines?: boolean;
}

const CHUNK_LINES = 2048;

/** Records events as canonical JSON lines and fingerprints them. */
export class TraceRecorder {
  private readonly hash: Hash = createHash('sha256');
  private readonly sink: ((chunk: string) => void) | undefined;
  private readonly kept: string[] | undefined;
  private buffer: string[] = [];
  private rolling = 0x811c9dc5;
  private count = 0;
  private digest: string | undefined;

  constructor(header: TraceHeader | Record<string, unknown>, options: TraceRecorderOptions = {}) {
    this.sink = options.sink;
    this.kept = options.keepLines ? [] : undefined;
    this.push(canonicalJson(header));
  }

  /** Number of events recorded (the header not counted). */
  get events(): number {
    return this.count;
  }

  /** The rolling hash after the last event, as 8 hex digits. */
  get rollingHash(): string {
    return hex32(this.rolling);
  }

  /** Lines kept in memory (header first) when `keepLines` was set. */
  get lines(): readonly string[] {
    return this.kept ?? [];
  }

  /** Appends one event; `seq` is assigned here. Returns the event's sequence number. */
  record(time: number, kind: TraceEvent['kind'], src: string, dst: string, type: string, payload?: unknown, ref?: number): number {
    const seq = this.count++;
    const body =
      `{"t":${time},"seq":${seq},"kind":"${kind}","src":${JSON.stringify(src)},"dst":${JSON.stringify(dst)},` +
      `"type":${JSON.stringify(type)}${payload === undefined ? '' : `,"payload":${canonicalJson(payload)}`}` +
      (ref === undefined ? '' : `,"ref":${ref}`);
    this.rolling = fnv1a(body, this.rolling);
    this.push(`${body},"h":"${hex32(this.rolling)}"}`);
    return seq;
  }

  /** Flushes and returns the SHA-256 hex digest of the trace; further records are an error. */
  finish(): string {
    if (this.digest === undefined) {
      this.flush();
      this.digest = this.hash.digest('hex');
    }
    return this.digest;
  }

  private push(line: string): void {
    if (this.digest !== undefined) throw new Error('TraceRecorder: record after finish');
    this.kept?.push(line);
    this.buffer.push(line);
    if (this.buffer.length >= CHUNK_LINES) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    const chunk = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    this.hash.update(chunk);
    this.sink?.(chunk);
  }
}

/** FNV-1a over the UTF-16 code units of `text`, continuing from `seed`. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0');
}
