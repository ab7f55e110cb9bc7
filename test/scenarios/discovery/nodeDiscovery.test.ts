import { describe, expect, it } from 'vitest';
import { nodeDiscovery, runScenario, type RunResult, type ScalarMetric } from '../../../index.js';
import { expectedPushRounds } from '../analytic.js';

const scalar = (r: RunResult, name: string) => (r.metrics[name] as ScalarMetric | undefined)?.value;
const run = (params: Record<string, unknown>, seed = 1) => runScenario(nodeDiscovery, params, seed);

describe('nodeDiscovery', () => {
  it('should give the same trace for the same seed and a different one for another seed', () => {
    const params = { nodes: 30, joiners: 3, mode: 'push-pull', phase: 'random', join_window_ms: 500 };
    const a = run(params, 7);
    expect(run(params, 7).traceHash).toBe(a.traceHash);
    expect(run(params, 8).traceHash).not.toBe(a.traceHash);
  });

  it("should spread a join by push gossip in the exact chain's expected rounds (Pittel: log2 n + ln n)", () => {
    // 32 nodes, a joiner and its contact informed at round 0: the exact expectation is ≈ 7.9
    // rounds (log2 32 + ln 32 = 8.47 is the asymptotic form); the rounds' std is ≈ 1, so 40
    // runs give a standard error ≈ 0.16.
    const n = 32;
    const rounds = Array.from({ length: 40 }, (_, seed) => scalar(run({ nodes: n, mode: 'push', max_rounds: 20 }, seed), 'rounds_to_full')!);
    const mean = rounds.reduce((a, b) => a + b, 0) / rounds.length;
    const exact = expectedPushRounds(n, 2);
    expect(Math.abs(exact - (Math.log2(n) + Math.log(n)))).toBeLessThan(1.5);
    expect(Math.abs(mean - exact)).toBeLessThan(0.5);
  });

  it('should discover the full membership in every mode, push-pull and central faster than push', () => {
    const rounds = new Map<string, number>();
    for (const mode of ['push', 'pull', 'push-pull', 'central']) {
      const r = run({ nodes: 64, mode, max_rounds: 40 }, 3);
      expect(r.invariants.find((i) => i.name === 'nd.full-membership')).toMatchObject({ holds: true });
      expect(scalar(r, 'discovered_ratio')).toBe(1);
      rounds.set(mode, scalar(r, 'rounds_to_full')!);
    }
    expect(rounds.get('central')).toBe(1);
    expect(rounds.get('push-pull')!).toBeLessThan(rounds.get('push')!);
  });

  it('should bootstrap a cold cluster (every node but one joining) and count messages until full', () => {
    const r = run({ nodes: 20, joiners: 19, mode: 'push-pull', fanout: 2 }, 5);
    expect(scalar(r, 'discovered_ratio')).toBe(1);
    expect(scalar(r, 'messages_count')).toBeGreaterThan(19);
    expect(scalar(r, 'messages_count')!).toBeLessThanOrEqual(scalar(r, 'messages_total_count')!);
  });

  it('should report no full discovery, and an inapplicable invariant, when updates stop being retransmitted too soon', () => {
    const r = run({ nodes: 200, mode: 'push', retransmit: 1, max_rounds: 30 }, 2);
    expect(scalar(r, 'rounds_to_full')).toBeUndefined();
    expect(scalar(r, 'discovered_ratio')).toBeLessThan(1);
    expect(r.invariants.find((i) => i.name === 'nd.full-membership')).toMatchObject({ holds: false, applicable: false });
  });

  it('should reject bad parameters naming the key', () => {
    expect(() => run({ nodes: 5, joiners: 5 })).toThrow(/joiners: 5/);
    expect(() => run({ nodes: 5, fanout: 5 })).toThrow(/fanout: 5/);
    expect(() => run({ mode: 'multicast' })).toThrow(/mode/);
  });
});
