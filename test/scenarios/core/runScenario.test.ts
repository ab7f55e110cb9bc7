import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { fingerprintTrace, UsageError, VERSION } from '../../../engine/index.js';
import { getScenario, runScenario } from '../../../scenarios/index.js';

const scenario = getScenario('failure-detection');

/** Small failure-detection parameter sets: nodes 1..30, 2..20 s, crash <= nodes. */
const paramsArb = fc
  .record({ nodes: fc.integer({ min: 1, max: 30 }), duration_ms: fc.integer({ min: 2000, max: 20_000 }), crashFraction: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ nodes, duration_ms, crashFraction }) => ({ nodes, duration_ms, crash: Math.floor(crashFraction * nodes) }));
const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });

/**
 * A run's trace lines and hash. RunResult does not carry the lines that `keepLines` keeps, so
 * they are read from the sink, which receives the same text.
 */
function traced(params: Record<string, unknown>, seed: number): { hash: string; lines: readonly string[] } {
  const lines: string[] = [];
  const result = runScenario(scenario, params, seed, { sink: (chunk) => lines.push(chunk) });
  return { hash: result.traceHash, lines: lines.join('').split('\n') };
}

describe('runScenario', () => {
  test.prop([paramsArb, seedArb], { numRuns: 15 })('should give the same traceHash for the same seed and params', (params, seed) => {
    const a = runScenario(scenario, params, seed);
    const b = runScenario(scenario, params, seed);
    expect(b.traceHash).toBe(a.traceHash);
    expect(b.events).toBe(a.events);
    expect(b.metrics).toEqual(a.metrics);
  });

  test.prop([paramsArb, seedArb, seedArb], { numRuns: 15 })('should give different event content for different seeds', (params, s1, s2) => {
    fc.pre(s1 !== s2);
    const a = traced(params, s1);
    const b = traced(params, s2);
    expect(a.hash).not.toBe(b.hash);
    // The header names the seed, so compare from line 1: the events themselves must differ.
    expect(a.lines.length).toBeGreaterThan(3);
    expect(b.lines.length).toBeGreaterThan(3);
    expect(a.lines.slice(1)).not.toEqual(b.lines.slice(1));
  });

  it('should give the same traceHash with and without a trace, and the trace text re-hashes to it', async () => {
    const { hash, lines } = traced({ nodes: 4, crash: 1, duration_ms: 5000 }, 11);
    expect(runScenario(scenario, { nodes: 4, crash: 1, duration_ms: 5000 }, 11).traceHash).toBe(hash);
    expect((await fingerprintTrace(lines.slice(0, -1))).traceHash).toBe(hash);
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(header).toMatchObject({ schema: 'agentsim.trace/2', agentsim: VERSION, scenario: 'failure-detection', seed: 11 });
    expect(header['params']).toMatchObject({ nodes: 4, crash: 1, duration_ms: 5000, heartbeat_ms: 1000 });
  });

  it('should return a result with every parameter filled in and the run figures', () => {
    const result = runScenario(scenario, { nodes: '3', duration_ms: '4000', crash: '0' }, 5);
    expect(result).toMatchObject({ schema: 'agentsim.result/1', agentsim: VERSION, scenario: 'failure-detection', seed: 5, virtualTimeMs: 4000 });
    expect(Object.keys(result.params).sort()).toEqual(Object.keys(scenario.params).sort());
    expect(result.params['nodes']).toBe(3);
    expect(result.events).toBeGreaterThan(0);
    expect(result.traceHash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('should apply a fault plan and list it among the faults', () => {
    const result = runScenario(scenario, { nodes: 3, crash: 0, duration_ms: 10_000 }, 1, { faults: [{ at: 1000, kind: 'crash', targets: ['agent-2'] }] });
    expect(result.faults).toEqual([{ at: 1000, kind: 'crash', targets: ['agent-2'] }]);
    expect(result.metrics['detection_ms']).toMatchObject({ count: 1 });
  });

  it('should reject bad parameters and fault plans naming unknown nodes with UsageErrors', () => {
    expect(() => runScenario(scenario, { nodes: 0 }, 1)).toThrow(UsageError);
    expect(() => runScenario(scenario, { bogus: 1 }, 1)).toThrow(/unknown parameter "bogus"/);
    expect(() => runScenario(scenario, { nodes: 2, crash: 0, duration_ms: 2000 }, 1, { faults: [{ at: 10, kind: 'crash', targets: ['agent-9'] }] })).toThrow(
      'faults[0].targets: unknown node "agent-9"',
    );
  });
});
