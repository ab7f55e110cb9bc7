import { describe, expect, it } from 'vitest';
import { toChromeTrace, type ChromeTraceEvent } from '../../analysis/index.js';
import { parseTraceLine, type TraceHeader } from '../../engine/index.js';
import { failureDetection, runScenario } from '../../scenarios/index.js';

async function exported(): Promise<ChromeTraceEvent[]> {
  const chunks: string[] = [];
  runScenario(failureDetection, { nodes: 5, duration_ms: 8000, crash: 1 }, 3, { sink: (c) => chunks.push(c) });
  const lines = chunks.join('').trim().split('\n');
  const header = JSON.parse(lines[0]!) as TraceHeader;
  const events = lines.slice(1, -1).map(parseTraceLine);
  const out: ChromeTraceEvent[] = [];
  for await (const e of toChromeTrace(header, events)) out.push(e);
  // Must survive a JSON round trip as the trace-event container format.
  return (JSON.parse(JSON.stringify({ traceEvents: out })) as { traceEvents: ChromeTraceEvent[] }).traceEvents;
}

describe('toChromeTrace', () => {
  it('should produce valid trace events: known phases, numeric ts in µs, named threads', async () => {
    const events = await exported();
    for (const e of events) {
      expect(['M', 'X', 's', 'f', 'i', 'C']).toContain(e.ph);
      expect(e.pid).toBe(1);
      if (e.ph !== 'M') expect(Number.isFinite(e.ts)).toBe(true);
      if (e.ph === 'X') expect(e['dur']).toBeGreaterThanOrEqual(0);
    }
    const threads = events.filter((e) => e.name === 'thread_name').map((e) => (e['args'] as { name: string }).name);
    expect(threads).toContain('monitor');
    expect(threads).toContain('agent-1');
    expect(new Set(events.filter((e) => e.ph !== 'M' && e.tid !== undefined).map((e) => e.tid)).size).toBeLessThanOrEqual(threads.length);
  });

  it('should match every flow end to a flow start of the same id, after it in time', async () => {
    const events = await exported();
    const starts = new Map(events.filter((e) => e.ph === 's').map((e) => [e['id'], e.ts!]));
    const ends = events.filter((e) => e.ph === 'f');
    expect(ends.length).toBeGreaterThan(10);
    for (const f of ends) {
      expect(starts.has(f['id'])).toBe(true);
      expect(f.ts!).toBeGreaterThanOrEqual(starts.get(f['id'])!);
    }
  });

  it('should make faults global instants and states slices', async () => {
    const events = await exported();
    expect(events.some((e) => e.ph === 'i' && e['s'] === 'g' && e.name === 'fault crash')).toBe(true);
    expect(events.some((e) => e.ph === 'X' && e['cat'] === 'state')).toBe(true);
  });
});
