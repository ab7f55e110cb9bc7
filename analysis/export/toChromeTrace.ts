/**
 * Export of a trace to the Chrome / Perfetto trace-event JSON format (load the file in
 * ui.perfetto.dev or chrome://tracing). Mapping:
 *
 * - one process (pid 1, named after the scenario and seed); each actor is a thread (tid from 1 in
 *   order of first appearance, named by `thread_name` metadata); `env` (faults, injections) too;
 * - each actor's state is a complete slice (`X`) from one state change to the next;
 * - a message is a 1 µs slice `send <type>` on the sender and `recv <type>` on the receiver,
 *   bound by a flow (`s` → `f`, `bp: "e"`) whose id is the send's seq (a delivery's `ref`);
 * - drops, timers and signals are thread instants (`i`, `s: "t"`); faults are global instants;
 *   numeric `metric.*` samples are also counters (`C`).
 *
 * Virtual milliseconds become trace microseconds (× 1000).
 */
import type { TraceEvent, TraceHeader } from '../../engine/index.js';

/** One trace-event object. */
export type ChromeTraceEvent = Record<string, unknown> & { ph: string; pid: number; tid?: number; ts?: number; name: string };

const PID = 1;
const US = 1000;

/** Yields the trace events of a recorded run, metadata first, then in time order. */
export async function* toChromeTrace(header: TraceHeader, events: AsyncIterable<TraceEvent> | Iterable<TraceEvent>): AsyncGenerator<ChromeTraceEvent> {
  const tids = new Map<string, number>();
  const open = new Map<string, { name: string; ts: number }>();
  yield { ph: 'M', pid: PID, name: 'process_name', args: { name: `${header.scenario} seed ${header.seed}` } };
  const tid = function* (actor: string): Generator<ChromeTraceEvent, number> {
    let id = tids.get(actor);
    if (id === undefined) {
      id = tids.size + 1;
      tids.set(actor, id);
      yield { ph: 'M', pid: PID, tid: id, name: 'thread_name', args: { name: actor } };
    }
    return id;
  };
  let last = 0;
  for await (const e of events) {
    const ts = e.time * US;
    last = ts;
    switch (e.kind) {
      case 'send': {
        const t = yield* tid(e.src);
        yield { ph: 'X', pid: PID, tid: t, ts, dur: 1, name: `send ${e.type}`, cat: 'message', args: { to: e.dst, seq: e.seq } };
        yield { ph: 's', pid: PID, tid: t, ts, id: e.seq, name: e.type, cat: 'message' };
        break;
      }
      case 'deliver': {
        const t = yield* tid(e.dst);
        yield { ph: 'X', pid: PID, tid: t, ts, dur: 1, name: `recv ${e.type}`, cat: 'message', args: { from: e.src, seq: e.seq } };
        if (e.ref !== undefined) yield { ph: 'f', bp: 'e', pid: PID, tid: t, ts, id: e.ref, name: e.type, cat: 'message' };
        break;
      }
      case 'drop': {
        const t = yield* tid(e.src);
        yield { ph: 'i', s: 't', pid: PID, tid: t, ts, name: `drop ${e.type}`, cat: 'drop', args: { to: e.dst, ...(e.payload as object) } };
        if (e.ref !== undefined) yield { ph: 'f', bp: 'e', pid: PID, tid: t, ts, id: e.ref, name: e.type, cat: 'message' };
        break;
      }
      case 'state': {
        const t = yield* tid(e.src);
        const prior = open.get(e.src);
        if (prior) yield { ph: 'X', pid: PID, tid: t, ts: prior.ts, dur: ts - prior.ts, name: prior.name, cat: 'state' };
        open.set(e.src, { name: e.type, ts });
        break;
      }
      case 'fault': {
        const t = yield* tid('env');
        yield { ph: 'i', s: 'g', pid: PID, tid: t, ts, name: `fault ${e.type}`, cat: 'fault', args: { fault: e.payload, targets: e.dst } };
        break;
      }
      case 'timer': {
        const t = yield* tid(e.dst);
        yield { ph: 'i', s: 't', pid: PID, tid: t, ts, name: `timer ${e.type}`, cat: 'timer' };
        break;
      }
      case 'signal': {
        const t = yield* tid(e.src);
        if (typeof e.payload === 'number' && e.type.startsWith('metric.')) {
          yield { ph: 'C', pid: PID, ts, name: e.type.slice(7), args: { value: e.payload } };
        } else {
          yield { ph: 'i', s: 't', pid: PID, tid: t, ts, name: e.type, cat: 'signal', ...(e.payload === undefined ? {} : { args: { data: e.payload } }) };
        }
        break;
      }
    }
  }
  for (const [actor, state] of open) {
    yield { ph: 'X', pid: PID, tid: tids.get(actor)!, ts: state.ts, dur: Math.max(1, last - state.ts), name: state.name, cat: 'state' };
  }
}
