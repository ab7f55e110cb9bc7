/**
 * Reading trace files: the header is checked first, every line must be JSON, and the file must
 * end with the `{"end":…}` footer — anything else is a UsageError naming the file and line.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { isTraceFooter, parseTraceLine, TRACE_SCHEMA, UsageError, type TraceEvent, type TraceHeader } from '../engine/index.js';

/** An opened trace: its header and an async stream of its event lines (validated as read). */
export interface TraceFile {
  readonly header: TraceHeader;
  /** Raw lines, header and footer included, for diffing. */
  lines(): AsyncIterable<string>;
  /** Parsed events, in order. */
  events(): AsyncIterable<TraceEvent>;
}

/** Opens and validates the header of a trace file. */
export async function openTrace(path: string): Promise<TraceFile> {
  if (!existsSync(path)) throw new UsageError(`${path}: no such trace file`);
  let header: TraceHeader | undefined;
  for await (const line of rawLines(path)) {
    header = parseHeader(path, line);
    break;
  }
  if (header === undefined) throw new UsageError(`${path}: empty trace file`);
  const lines = async function* (): AsyncGenerator<string> {
    let n = 0;
    let ended = false;
    for await (const line of rawLines(path)) {
      n++;
      if (ended) throw new UsageError(`${path}: line ${n}: content after the end line`);
      if (n > 1) {
        try {
          JSON.parse(line);
        } catch {
          throw new UsageError(`${path}: line ${n} is truncated or not JSON`);
        }
        ended = isTraceFooter(line);
      }
      yield line;
    }
    if (!ended) throw new UsageError(`${path}: truncated (no end line after line ${n})`);
  };
  return {
    header,
    lines,
    events: async function* () {
      let n = 0;
      for await (const line of lines()) {
        if (n++ === 0 || isTraceFooter(line)) continue;
        yield parseTraceLine(line);
      }
    },
  };
}

const READABLE = [TRACE_SCHEMA, 'agentsim.trace/1'];

function rawLines(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
}

function parseHeader(path: string, line: string): TraceHeader {
  let header: unknown;
  try {
    header = JSON.parse(line);
  } catch {
    throw new UsageError(`${path}: line 1 is not a trace header (not JSON)`);
  }
  const h = header as Partial<Omit<TraceHeader, 'schema'>> & { schema?: unknown };
  // trace/1 (SHA-256 era) files differ only in their hashes: they still play back as timelines.
  if (!READABLE.includes(h?.schema as string) || typeof h.scenario !== 'string' || typeof h.seed !== 'number') {
    throw new UsageError(`${path}: line 1 is not an ${TRACE_SCHEMA} header`);
  }
  return h as TraceHeader;
}
