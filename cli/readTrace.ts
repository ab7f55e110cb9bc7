/**
 * Reading trace files (or stdin, `-`) in one pass: the header is checked first, then every line
 * must be an event (`t, seq, kind, src, dst, type, [payload], [ref], h`, with `seq` counting up
 * and `t` never going back) until the `{"end":…}` footer, whose event count must match — anything
 * else is a UsageError naming the file and line.
 */
import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { isTraceFooter, parseTraceLine, TRACE_SCHEMA, UsageError, type TraceEvent, type TraceHeader } from '../engine/index.js';
import { brief } from './io/brief.js';
import { checkJson } from './io/schemas.js';
import type { Io } from './Io.js';

/** An opened trace: its header and its lines, which can be read once. */
export interface TraceFile {
  /** The path as given, or `stdin`. */
  readonly name: string;
  readonly header: TraceHeader;
  /** Raw lines, header and footer included, validated as read. */
  lines(): AsyncIterable<string>;
  /** Parsed events, in order. */
  events(): AsyncIterable<TraceEvent>;
  /** The footer line, once the lines have been read to the end. */
  footer(): string | undefined;
}

const count = z.number().int().nonnegative();

const headerSchema = z.looseObject({
  schema: z.enum([TRACE_SCHEMA, 'agentsim.trace/1']),
  agentsim: z.string(),
  scenario: z.string().min(1),
  params: z.record(z.string(), z.unknown()),
  seed: count,
  faults: z.array(z.unknown()).optional(),
  bugs: z.array(z.string()).optional(),
  module: z.object({ path: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) }).optional(),
});

const eventSchema = z.object({
  t: z.number().nonnegative(),
  seq: count,
  kind: z.enum(['send', 'deliver', 'drop', 'timer', 'fault', 'state', 'signal']),
  src: z.string(),
  dst: z.string(),
  type: z.string(),
  payload: z.unknown().optional(),
  ref: count.optional(),
  // 16 hex digits (trace/2's 64-bit fingerprint) or 8 (trace/1's FNV).
  h: z.string().regex(/^[0-9a-f]{8}([0-9a-f]{8})?$/),
});

const footerSchema = z.object({ end: z.object({ events: count, h: z.string().regex(/^[0-9a-f]{8}([0-9a-f]{8})?$/), traceHash: z.string().regex(/^[0-9a-f]{16}$/).optional() }) });

/** Opens a trace file (`-`: stdin) and reads and validates its header. */
export async function openTrace(path: string, io?: Io): Promise<TraceFile> {
  const name = path === '-' ? 'stdin' : brief(path);
  const stream = path === '-' ? (io?.stdin?.() ?? process.stdin) : openFile(path);
  const it = splitLines(stream, name);
  const close = (): void => {
    if (path !== '-') stream.destroy();
  };
  let first: IteratorResult<string>;
  try {
    first = await it.next();
  } catch (err) {
    close();
    throw readError(name, err);
  }
  if (first.done) {
    close();
    throw new UsageError(`${name}: empty trace file`);
  }
  let header: TraceHeader;
  try {
    header = parseHeader(name, first.value);
  } catch (err) {
    close();
    throw err;
  }
  let started = false;
  let footer: string | undefined;
  const lines = async function* (): AsyncGenerator<string> {
    if (started) throw new Error('openTrace: the lines of a trace can be read once');
    started = true;
    try {
      yield first.value;
      let n = 1;
      let events = 0;
      let lastTime = 0;
      for (;;) {
        let next: IteratorResult<string>;
        try {
          next = await it.next();
        } catch (err) {
          throw readError(name, err);
        }
        if (next.done) break;
        const line = next.value;
        n++;
        if (footer !== undefined) throw new UsageError(`${name}: line ${n}: content after the end line`);
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          throw new UsageError(`${name}: line ${n} is truncated or not JSON`);
        }
        if (isTraceFooter(line)) {
          const end = checkJson(footerSchema, value, `${name}: line ${n} (end line)`).end;
          if (end.events !== events) throw new UsageError(`${name}: line ${n}: the end line says ${end.events} events, the trace has ${events}`);
          footer = line;
        } else {
          const e = checkJson(eventSchema, value, `${name}: line ${n} is not a trace event`);
          if (e.seq !== events) throw new UsageError(`${name}: line ${n}: event seq ${e.seq}, expected ${events} (a line missing or moved?)`);
          if (e.t < lastTime) throw new UsageError(`${name}: line ${n}: time ${e.t} goes back (previous event at ${lastTime})`);
          lastTime = e.t;
          events++;
        }
        yield line;
      }
      if (footer === undefined) throw new UsageError(`${name}: truncated (no end line after line ${n})`);
    } finally {
      close();
    }
  };
  return {
    name,
    header,
    lines,
    footer: () => footer,
    events: async function* () {
      let n = 0;
      for await (const line of lines()) {
        if (n++ === 0 || isTraceFooter(line)) continue;
        yield parseTraceLine(line);
      }
    },
  };
}

/** Longest line accepted (characters): far above any real event, far below V8's string limit. */
const MAX_LINE = 64 * 1024 * 1024;

/** The stream's lines (without `\n` or `\r\n`); a line past {@link MAX_LINE} is a UsageError. */
async function* splitLines(stream: Readable, name: string): AsyncGenerator<string> {
  if (!stream.readableObjectMode) stream.setEncoding('utf8');
  // The start of an unfinished line, kept in pieces (joining on every chunk would be quadratic).
  let parts: string[] = [];
  let partsLength = 0;
  let n = 0;
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      let line = text.slice(start, end);
      if (parts.length > 0) {
        line = parts.join('') + line;
        parts = [];
        partsLength = 0;
      }
      n++;
      yield line.endsWith('\r') ? line.slice(0, -1) : line;
      start = end + 1;
    }
    if (start < text.length) {
      parts.push(text.slice(start));
      partsLength += text.length - start;
      if (partsLength > MAX_LINE) throw new UsageError(`${name}: line ${n + 1} is longer than ${MAX_LINE} characters (not a trace)`);
    }
  }
  if (parts.length > 0) yield parts.join('');
}

function openFile(path: string): Readable {
  if (path === '') throw new UsageError('replay: empty trace file name');
  let stats;
  try {
    stats = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${brief(path)}: no such trace file` : `${brief(path)}: cannot read (${code ?? String(err)})`);
  }
  if (stats.isDirectory()) throw new UsageError(`${brief(path)}: is a folder, not a trace file`);
  return createReadStream(path, 'utf8');
}

function readError(name: string, err: unknown): UsageError {
  if (err instanceof UsageError) return err;
  return new UsageError(`${name}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
}

function parseHeader(name: string, line: string): TraceHeader {
  let header: unknown;
  try {
    header = JSON.parse(line);
  } catch {
    throw new UsageError(`${name}: line 1 is not a trace header (not JSON)`);
  }
  const schema = (header as { schema?: unknown } | null)?.schema;
  // trace/1 (SHA-256 era) files differ only in their hashes: they still play back as timelines.
  if (schema !== TRACE_SCHEMA && schema !== 'agentsim.trace/1') throw new UsageError(`${name}: line 1 is not an ${TRACE_SCHEMA} header`);
  return checkJson(headerSchema, header, `${name}: line 1 (header)`) as TraceHeader;
}
