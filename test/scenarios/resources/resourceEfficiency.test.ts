import { describe, expect, it } from 'vitest';
import { createProcessProbe } from '../../../cli/processProbe.js';
import { resourceEfficiency, runScenario, type ProcessProbe } from '../../../scenarios/index.js';

/** A probe returning arbitrary, changing numbers: the trace must not depend on them. */
function noisyProbe(seed: number): ProcessProbe {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2 ** 31);
  return { gcAvailable: true, heapUsed: () => 1e7 + next(), cpuMs: () => next() / 1e3 };
}

describe('resourceEfficiency', () => {
  it('should give the same trace hash whatever the process measurements (and differ by seed)', () => {
    const a = runScenario(resourceEfficiency, { preset: 'small' }, 5, { probe: noisyProbe(1) });
    const b = runScenario(resourceEfficiency, { preset: 'small' }, 5, { probe: noisyProbe(99) });
    const c = runScenario(resourceEfficiency, { preset: 'small' }, 5);
    expect(b.traceHash).toBe(a.traceHash);
    expect(c.traceHash).toBe(a.traceHash);
    expect(runScenario(resourceEfficiency, { preset: 'small' }, 6).traceHash).not.toBe(a.traceHash);
    expect(a.metrics['process_heap_per_agent_bytes']).not.toEqual(b.metrics['process_heap_per_agent_bytes']);
  });

  it('should report process metrics only when a probe is given', () => {
    const bare = runScenario(resourceEfficiency, { preset: 'small' }, 1);
    expect(Object.keys(bare.metrics).filter((k) => k.startsWith('process_'))).toEqual([]);
    // Every operation is one request and one reply, each a message.
    expect(bare.metrics['messages_count']).toEqual({ unit: 'count', value: 3 * 1000 * 2 });
  });

  it('should measure real heap per agent and per variable with the CLI probe', () => {
    const r = runScenario(resourceEfficiency, { preset: 'large', cycles: 3 }, 1, { probe: createProcessProbe() });
    const value = (k: string): number => (r.metrics[k] as { value: number }).value;
    // A hosted idle XState actor weighs a few KB; these bounds catch unit or sign errors.
    expect(value('process_heap_per_agent_bytes')).toBeGreaterThan(1000);
    expect(value('process_heap_per_agent_bytes')).toBeLessThan(50_000);
    expect(value('process_heap_per_variable_bytes')).toBeGreaterThan(1000);
    expect(value('process_peak_heap_bytes')).toBeGreaterThan(value('process_setup_heap_bytes'));
    expect(value('process_cpu_per_event_ms')).toBeGreaterThan(0);
  });

  it('should resolve every preset by name (baseline spawns nothing)', () => {
    const r = runScenario(resourceEfficiency, { preset: 'baseline' }, 1);
    expect(r.params).toMatchObject({ agents: 0, variables: 0 });
    expect(r.metrics['events_count']).toEqual({ unit: 'count', value: 0 });
    for (const [preset, agents, variables] of [['small', 10, 20], ['medium', 50, 100], ['large', 200, 500], ['enterprise', 1000, 2000]] as const) {
      expect(runScenario(resourceEfficiency, { preset, operations: 10, cycles: 1 }, 1).params).toMatchObject({ agents, variables });
    }
  });
});
