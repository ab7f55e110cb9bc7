/**
 * Canonical trace recording. Every event becomes one JSON line with a fixed field order
 * (`t, seq, kind, src, dst, type, payload, ref, h`); `h` is a rolling 32-bit FNV-1a hash over all
 * lines so far, so two traces can be compared event by event and the first divergence named
 * without keeping either in memory. `traceHash` is the SHA-256 of the whole file (header
 * included): `sha256sum trace.jsonl` gives the same digest.
 *
 * The last line is a footer with the event count and final rolling hash; a file without it was
 * cut short. Writing is optional: without a sink, lines are hashed and dropped, so large runs pay for
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
}

const CHUNK_LINES = 2048;

/** Records events as canonical JSON lines and fingerprints them. */
export class TraceRecorder {
  private readonly hash: Hash = createHash('sha256');
  private readonly sink: ((chunk: string) => void) | undefined;
  private readonly kept: string[] | undefined;
  private readonly quoted = new Map<string, string>();
  private buffer: string[] = [];
  private rolling = FNV_OFFSET;
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
      `{"t":${time},"seq":${seq},"kind":"${kind}","src":${this.quote(src)},"dst":${this.quote(dst)},"type":${this.quote(type)}` +
      (payload === undefined ? '' : `,"payload":${canonicalJson(payload)}`) +
      (ref === undefined ? '' : `,"ref":${ref}`);
    this.rolling = rollingHash(body, this.rolling);
    this.push(`${body},"h":"${hex32(this.rolling)}"}`);
    return seq;
  }

  /**
   * Appends the footer line (`{"end":{"events":N,"h":…}}`, which marks the trace complete),
   * flushes, and returns the SHA-256 hex digest of the whole text; further records are an error.
   */
  finish(): string {
    if (this.digest === undefined) {
      this.push(`{"end":{"events":${this.count},"h":"${hex32(this.rolling)}"}}`);
      this.flush();
      this.digest = this.hash.digest('hex');
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
    if (this.digest !== undefined) throw new Error('TraceRecorder: record after finish');
    this.kept?.push(line);
    this.hash.update(line);
    this.hash.update('\n');
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

const FNV_OFFSET = 0x811c9dc5;

/**
 * The rolling event hash: FNV-1a over pairs of UTF-16 code units (half the multiplications of
 * plain FNV-1a), continuing from `seed`. Cheap enough to run on every event; SHA-256 over the
 * file remains the run's fingerprint.
 */
export function rollingHash(text: string, seed = FNV_OFFSET): number {
  let h = seed;
  const n = text.length - 1;
  let i = 0;
  for (; i < n; i += 2) h = Math.imul(h ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
  if (i === n) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(n: number): string {
  return HEX[n >>> 24]! + HEX[(n >>> 16) & 255]! + HEX[(n >>> 8) & 255]! + HEX[n & 255]!;
}
