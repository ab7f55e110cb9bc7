import { createHash } from 'node:crypto';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseTraceLine, rollingHash, TraceRecorder, type TraceEvent, type TraceHeader } from '../../../engine/index.js';

const header: TraceHeader = { schema: 'agentsim.trace/1', agentsim: '0.1.0', scenario: 'test', params: { b: 2, a: 1 }, seed: 42 };
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

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
    expect(head).toBe('{"agentsim":"0.1.0","params":{"a":1,"b":2},"scenario":"test","schema":"agentsim.trace/1","seed":42}');
    expect(first).toMatch(/^\{"t":1\.5,"seq":0,"kind":"send","src":"a","dst":"b","type":"ping","payload":\{"type":"ping","z":1\},"h":"[0-9a-f]{8}"\}$/);
    expect(second).toMatch(/^\{"t":2,"seq":1,"kind":"deliver","src":"a","dst":"b","type":"ping","ref":0,"h":"[0-9a-f]{8}"\}$/);
  });

  it('should chain the rolling hash over every event body', () => {
    const recorder = new TraceRecorder(header, { keepLines: true });
    recorder.record(0, 'timer', 'a', 'a', 'timer');
    recorder.record(1, 'timer', 'a', 'a', 'timer');
    const bodies = recorder.lines.slice(1).map((l) => l.replace(/,"h":"[0-9a-f]{8}"\}$/, ''));
    const h1 = rollingHash(bodies[0]!);
    const h2 = rollingHash(bodies[1]!, h1);
    expect(JSON.parse(recorder.lines[1]!).h).toBe(h1.toString(16).padStart(8, '0'));
    expect(recorder.rollingHash).toBe(h2.toString(16).padStart(8, '0'));
  });

  test.prop([fc.array(eventArb, { maxLength: 5000 })], { numRuns: 25 })(
    'should make traceHash the sha256 of exactly the text the sink received',
    (events) => {
      let text = '';
      const recorder = new TraceRecorder(header, { sink: (chunk) => (text += chunk), keepLines: true });
      for (const e of events) record(recorder, e);
      const digest = recorder.finish();
      expect(digest).toBe(sha256(text));
      expect(text).toBe(`${recorder.lines.join('\n')}\n`);
      // Header, one line per event, the footer, and the final newline.
      expect(text.split('\n')).toHaveLength(events.length + 3);
      expect(recorder.lines.at(-1)).toBe(`{"end":{"events":${events.length},"h":"${recorder.rollingHash}"}}`);
      expect(recorder.finish()).toBe(digest);
    },
  );

  it('should hash the same without a sink as with one', () => {
    const a = new TraceRecorder(header);
    const b = new TraceRecorder(header, { sink: () => {} });
    for (const r of [a, b]) r.record(3, 'signal', 's', 's', 'metric', 1.25);
    expect(a.finish()).toBe(b.finish());
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

  it('should give a simulation traceHash equal to the sha256 of its trace file', () => {
    let text = '';
    const sim = createSimulation({ seed: 9, trace: { sink: (c) => (text += c) } });
    sim.publish('env', 'hello', { b: 1, a: 2 });
    sim.kernel.schedule(10, () => sim.publish('env', 'later'));
    sim.run();
    expect(sim.traceHash).toBe(sha256(text));
    expect(text.split('\n')[0]).toContain('"seed":9');
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
