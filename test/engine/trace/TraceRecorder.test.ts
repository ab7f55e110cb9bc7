import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createSimulation, fingerprintTrace, parseTraceLine, TraceRecorder, type TraceEvent, type TraceHeader } from '../../../engine/index.js';

const header: TraceHeader = { schema: 'agentsim.trace/2', agentsim: '0.1.0', scenario: 'test', params: { b: 2, a: 1 }, seed: 42 };

const kindArb = fc.constantFrom('send', 'deliver', 'drop', 'timer', 'fault', 'state', 'signal') as fc.Arbitrary<TraceEvent['kind']>;
const eventArb: fc.Arbitrary<Ev> = fc.record(
  {
    time: fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((t) => (Object.is(t, -0) ? 0 : t)),
    kind: kindArb,
    src: fc.string({ maxLength: 8 }),
    dst: fc.string({ maxLength: 8 }),
    type: fc.string({ maxLength: 8 }),
    payload: fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
    ref: fc.option(fc.nat(), { nil: undefined }),
  },
  { requiredKeys: ['time', 'kind', 'src', 'dst', 'type'] },
);

type Ev = { time: number; kind: TraceEvent['kind']; src: string; dst: string; type: string; payload?: unknown; ref?: number };

function record(recorder: TraceRecorder, e: Ev): number {
  return recorder.record(e.time, e.kind, e.src, e.dst, e.type, e.payload, e.ref);
}

describe('TraceRecorder', () => {
  it('should write a canonical header line and one line per event with a fixed field order', () => {
    const recorder = new TraceRecorder(header, { keepLines: true });
    expect(recorder.record(1.5, 'send', 'a', 'b', 'ping', { z: 1, type: 'ping' })).toBe(0);
    expect(recorder.record(2, 'deliver', 'a', 'b', 'ping', undefined, 0)).toBe(1);
    expect(recorder.events).toBe(2);
    const [head, first, second] = recorder.lines;
    expect(head).toBe('{"agentsim":"0.1.0","params":{"a":1,"b":2},"scenario":"test","schema":"agentsim.trace/2","seed":42}');
    expect(first).toMatch(/^\{"t":1\.5,"seq":0,"kind":"send","src":"a","dst":"b","type":"ping","payload":\{"type":"ping","z":1\},"h":"[0-9a-f]{16}"\}$/);
    expect(second).toMatch(/^\{"t":2,"seq":1,"kind":"deliver","src":"a","dst":"b","type":"ping","ref":0,"h":"[0-9a-f]{16}"\}$/);
  });

  it('should carry the rolling hash after each event on its line', () => {
    const recorder = new TraceRecorder(header, { keepLines: true });
    recorder.record(0, 'timer', 'a', 'a', 'timer');
    const h1 = recorder.rollingHash;
    recorder.record(1, 'timer', 'a', 'a', 'timer');
    expect(JSON.parse(recorder.lines[1]!).h).toBe(h1);
    expect(JSON.parse(recorder.lines[2]!).h).toBe(recorder.rollingHash);
    expect(recorder.rollingHash).not.toBe(h1);
  });

  test.prop([fc.array(eventArb, { maxLength: 3000 })], { numRuns: 25 })(
    'should write a file whose events re-hash to traceHash, recorded in its end line',
    async (events) => {
      let text = '';
      const recorder = new TraceRecorder(header, { sink: (chunk) => (text += chunk), keepLines: true });
      for (const e of events) record(recorder, e);
      const digest = recorder.finish();
      expect(digest).toMatch(/^[0-9a-f]{16}$/);
      expect(text).toBe(`${recorder.lines.join('\n')}\n`);
      // Header, one line per event, the footer, and the final newline.
      expect(text.split('\n')).toHaveLength(events.length + 3);
      expect(recorder.lines.at(-1)).toBe(`{"end":{"events":${events.length},"h":"${recorder.rollingHash}","traceHash":"${digest}"}}`);
      const file = await fingerprintTrace(recorder.lines);
      expect(file).toMatchObject({ traceHash: digest, recorded: digest, events: events.length, checkpoints: recorder.checkpoints });
      expect(recorder.finish()).toBe(digest);
    },
  );

  test.prop([fc.array(eventArb, { maxLength: 50 })])('should hash the same without a sink as with one, and render nothing without one', (events) => {
    const a = new TraceRecorder(header);
    const b = new TraceRecorder(header, { sink: () => {} });
    for (const r of [a, b]) for (const e of events) record(r, e);
    expect(a.lines).toEqual([]);
    expect(a.finish()).toBe(b.finish());
  });

  it('should change traceHash when the header changes', () => {
    const a = new TraceRecorder(header);
    const b = new TraceRecorder({ ...header, seed: 43 });
    expect(a.finish()).not.toBe(b.finish());
  });

  it('should render only the window of seqs asked for, with the same hashes as a full rendering', () => {
    const full = new TraceRecorder(header, { keepLines: true });
    const part = new TraceRecorder(header, { keepLines: true, window: { from: 3, to: 6 } });
    for (const r of [full, part]) for (let i = 0; i < 10; i++) r.record(i, 'timer', 'a', 'a', 'timer');
    expect(part.finish()).toBe(full.finish());
    expect(part.lines).toEqual([full.lines[0], ...full.lines.slice(4, 7)]);
  });

  it('should deliver the sink whole lines in chunks', () => {
    const chunks: string[] = [];
    const recorder = new TraceRecorder(header, { sink: (c) => chunks.push(c) });
    for (let i = 0; i < 5000; i++) recorder.record(i, 'timer', 'a', 'a', 'timer');
    recorder.finish();
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.endsWith('\n')).toBe(true);
    expect(chunks.join('').split('\n')).toHaveLength(5003);
  });

  it('should refuse records after finish', () => {
    const recorder = new TraceRecorder(header);
    recorder.finish();
    expect(() => recorder.record(0, 'timer', 'a', 'a', 'timer')).toThrow(/after finish/);
  });

  it('should give a simulation the same traceHash with and without a trace file, recomputable from the file', async () => {
    let text = '';
    const run = (sink?: (c: string) => void): string => {
      const sim = createSimulation({ seed: 9, trace: sink ? { sink } : {} });
      sim.publish('env', 'hello', { b: 1, a: 2, m: new Map([['k', 1]]) });
      sim.kernel.schedule(10, () => sim.publish('env', 'later', [1.5, -0, NaN]));
      sim.run();
      return sim.traceHash;
    };
    const hash = run((c) => (text += c));
    expect(run()).toBe(hash);
    expect(text.split('\n')[0]).toContain('"seed":9');
    expect((await fingerprintTrace(text.split('\n').slice(0, -1))).traceHash).toBe(hash);
  });

  test.prop([fc.array(eventArb, { maxLength: 50 })])('should round-trip every recorded line through parseTraceLine', (events) => {
    const recorder = new TraceRecorder(header, { keepLines: true });
    const seqs = events.map((e) => record(recorder, e));
    recorder.lines.slice(1).forEach((line, i) => {
      const e = events[i]!;
      const expected: TraceEvent = {
        time: e.time,
        seq: seqs[i]!,
        kind: e.kind,
        src: e.src,
        dst: e.dst,
        type: e.type,
        ...(e.payload === undefined ? {} : { payload: JSON.parse(JSON.stringify(e.payload)) as unknown }),
        ...(e.ref === undefined ? {} : { ref: e.ref }),
      };
      expect(parseTraceLine(line)).toEqual(expected);
    });
  });
});
