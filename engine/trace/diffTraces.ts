/**
 * First-divergence diff of two traces. Lines are compared in order; because every line carries
 * the rolling hash of everything before it, the first differing line is the first diverging
 * event, and everything after it differs too. The traces may be windows of two runs (the header,
 * then the events from seq `firstSeq` on); the divergence is named by its seq in the whole run.
 */
import type { TraceEvent } from './TraceEvent.js';

/** Result of {@link diffTraces}. */
export type TraceDiff =
  | { readonly identical: true; readonly events: number }
  | {
      readonly identical: false;
      /** 0 for the header line, otherwise 1 + the event's seq. */
      readonly line: number;
      /** The diverging event in each trace; undefined where that trace had already ended. */
      readonly a: TraceEvent | undefined;
      readonly b: TraceEvent | undefined;
      /** One sentence naming the divergence. */
      readonly summary: string;
    };

type Lines = Iterable<string> | AsyncIterable<string>;

/** Compares two traces (as line sequences, header first) and names the first divergence. */
export async function diffTraces(a: Lines, b: Lines, firstSeq = 0): Promise<TraceDiff> {
  const ia = iterate(a);
  const ib = iterate(b);
  for (let line = 0; ; line++) {
    const [ra, rb] = await Promise.all([ia.next(), ib.next()]);
    const la = ra.done || isTraceFooter(ra.value) ? undefined : ra.value;
    const lb = rb.done || isTraceFooter(rb.value) ? undefined : rb.value;
    if (la === undefined && lb === undefined) return { identical: true, events: firstSeq + Math.max(0, line - 1) };
    if (la === lb) continue;
    if (line === 0) {
      return { identical: false, line, a: undefined, b: undefined, summary: 'the headers differ (scenario, params, seed or version)' };
    }
    const ea = la === undefined ? undefined : parseTraceLine(la);
    const eb = lb === undefined ? undefined : parseTraceLine(lb);
    const seq = firstSeq + line - 1;
    return { identical: false, line: seq + 1, a: ea, b: eb, summary: describeDivergence(seq, ea, eb) };
  }
}

/** A short human description of one event: `t=1000.5 send agent-3 -> monitor heartbeat`. */
export function describeEvent(e: TraceEvent): string {
  return `t=${e.time} ${e.kind} ${e.src} -> ${e.dst} ${e.type}`;
}

/** Whether `line` is a trace's closing `{"end":…}` line. */
export function isTraceFooter(line: string): boolean {
  return line.startsWith('{"end":');
}

/** Parses one event line of a trace file (`t` becomes `time`). Throws SyntaxError on bad JSON. */
export function parseTraceLine(line: string): TraceEvent {
  const { t, h: _h, ...rest } = JSON.parse(line) as Omit<TraceEvent, 'time'> & { t: number; h?: string };
  return { time: t, ...rest };
}

function describeDivergence(seq: number, a: TraceEvent | undefined, b: TraceEvent | undefined): string {
  if (a === undefined) return `event #${seq}: first trace ended; second has ${describeEvent(b!)}`;
  if (b === undefined) return `event #${seq}: second trace ended; first has ${describeEvent(a)}`;
  return `event #${seq}: ${describeEvent(a)}  vs  ${describeEvent(b)}`;
}

function iterate(lines: Lines): AsyncIterator<string> | Iterator<string> {
  const asyncIt = (lines as AsyncIterable<string>)[Symbol.asyncIterator];
  return asyncIt ? asyncIt.call(lines) : (lines as Iterable<string>)[Symbol.iterator]();
}
