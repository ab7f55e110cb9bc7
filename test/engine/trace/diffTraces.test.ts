import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { describeEvent, diffTraces, isTraceFooter, parseTraceLine, TraceRecorder, type TraceEvent, type TraceHeader } from '../../../engine/index.js';

const header: TraceHeader = { schema: 'agentsim.trace/2', agentsim: '0.1.0', scenario: 'test', params: {}, seed: 1 };

type Ev = Pick<TraceEvent, 'time' | 'kind' | 'src' | 'dst' | 'type'>;

/** The lines of a finished trace of `events` (header first, footer last). */
function traceOf(events: readonly Ev[], head: TraceHeader = header): string[] {
  const recorder = new TraceRecorder(head, { keepLines: true });
  for (const e of events) recorder.record(e.time, e.kind, e.src, e.dst, e.type);
  recorder.finish();
  return [...recorder.lines];
}

async function* asyncLines(lines: readonly string[]): AsyncGenerator<string> {
  for (const line of lines) yield await Promise.resolve(line);
}

const evArb: fc.Arbitrary<Ev> = fc.record({
  time: fc.nat({ max: 10_000 }),
  kind: fc.constantFrom('send', 'deliver', 'timer', 'state', 'signal') as fc.Arbitrary<TraceEvent['kind']>,
  src: fc.constantFrom('a', 'b', 'monitor'),
  dst: fc.constantFrom('a', 'b', 'monitor'),
  type: fc.constantFrom('heartbeat', 'timer', 'alive'),
});

describe('diffTraces', () => {
  test.prop([fc.array(evArb, { maxLength: 30 })])('should report identical traces with their event count', async (events) => {
    const result = await diffTraces(traceOf(events), traceOf(events));
    expect(result).toEqual({ identical: true, events: events.length });
  });

  it('should ignore the footer so a trace cut before it compares like the full one', async () => {
    const events: Ev[] = [{ time: 1, kind: 'timer', src: 'a', dst: 'a', type: 'timer' }];
    const full = traceOf(events);
    expect(isTraceFooter(full.at(-1)!)).toBe(true);
    expect(isTraceFooter(full[1]!)).toBe(false);
    expect(await diffTraces(full, full.slice(0, -1))).toEqual({ identical: true, events: 1 });
  });

  test.prop([fc.array(evArb, { minLength: 1, maxLength: 30 }), fc.nat(), evArb])(
    'should name the first diverging event',
    async (events, at, replacement) => {
      const k = at % events.length;
      const changed = events.slice();
      changed[k] = replacement;
      fc.pre(JSON.stringify(replacement) !== JSON.stringify(events[k]));
      const result = await diffTraces(traceOf(events), asyncLines(traceOf(changed)));
      if (result.identical) return expect.fail('expected a divergence');
      expect(result.line).toBe(k + 1);
      expect(result.a).toMatchObject({ ...events[k], seq: k });
      expect(result.b).toMatchObject({ ...replacement, seq: k });
      expect(result.summary).toBe(`event #${k}: ${describeEvent(result.a!)}  vs  ${describeEvent(result.b!)}`);
    },
  );

  it('should say which trace ended first', async () => {
    const events: Ev[] = [
      { time: 1, kind: 'timer', src: 'a', dst: 'a', type: 'timer' },
      { time: 2, kind: 'send', src: 'a', dst: 'monitor', type: 'heartbeat' },
    ];
    const short = await diffTraces(traceOf(events.slice(0, 1)), traceOf(events));
    expect(short).toMatchObject({ identical: false, line: 2, a: undefined, b: { time: 2, kind: 'send', seq: 1 } });
    if (!short.identical) expect(short.summary).toBe('event #1: first trace ended; second has t=2 send a -> monitor heartbeat');
    const long = await diffTraces(traceOf(events), traceOf(events.slice(0, 1)));
    if (long.identical) return expect.fail('expected a divergence');
    expect(long.b).toBeUndefined();
    expect(long.summary).toContain('second trace ended; first has t=2 send a -> monitor heartbeat');
  });

  it('should name a divergence by its seq in the whole run when given windows of two traces', async () => {
    const events: Ev[] = Array.from({ length: 8 }, (_, i) => ({ time: i, kind: 'timer', src: 'a', dst: 'a', type: 'timer' }));
    const changed = events.map((e, i) => (i === 5 ? { ...e, type: 'other' } : e));
    const window = (evs: Ev[]): string[] => {
      const recorder = new TraceRecorder(header, { keepLines: true, window: { from: 4, to: 8 } });
      for (const e of evs) recorder.record(e.time, e.kind, e.src, e.dst, e.type);
      return [...recorder.lines];
    };
    const result = await diffTraces(window(events), window(changed), 4);
    expect(result).toMatchObject({ identical: false, line: 6, a: { seq: 5, type: 'timer' }, b: { seq: 5, type: 'other' } });
  });

  it('should report differing headers at line 0', async () => {
    const result = await diffTraces(traceOf([]), traceOf([], { ...header, seed: 2 }));
    expect(result).toMatchObject({ identical: false, line: 0 });
    if (!result.identical) expect(result.summary).toContain('headers differ');
  });
});

describe('describeEvent', () => {
  it('should describe an event in one line', () => {
    expect(describeEvent({ time: 1000.5, seq: 3, kind: 'send', src: 'agent-3', dst: 'monitor', type: 'heartbeat' })).toBe(
      't=1000.5 send agent-3 -> monitor heartbeat',
    );
  });
});

describe('parseTraceLine', () => {
  it('should turn t into time and drop the rolling hash', () => {
    expect(parseTraceLine('{"t":5,"seq":2,"kind":"drop","src":"a","dst":"b","type":"x","payload":{"reason":"loss"},"ref":1,"h":"0123abcd"}')).toEqual({
      time: 5,
      seq: 2,
      kind: 'drop',
      src: 'a',
      dst: 'b',
      type: 'x',
      payload: { reason: 'loss' },
      ref: 1,
    });
  });

  it('should throw a SyntaxError on a malformed line', () => {
    expect(() => parseTraceLine('{"t":')).toThrow(SyntaxError);
  });
});
