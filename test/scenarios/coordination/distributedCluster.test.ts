import { describe, expect, it } from 'vitest';
import { distributedCluster, runScenario, type RunResult } from '../../../scenarios/index.js';

const OPS = ['discovery', 'consensus', 'load_balancing', 'resource_allocation'];
const small = { nodes: 4, agents_per_node: 20, duration_ms: 4000, lookups: 200, proposals: 30, requests: 200, allocations: 40 };
const metric = (r: RunResult, name: string): number => (r.metrics[name] as { value: number }).value;

describe('distributedCluster', () => {
  it('should be deterministic (same seed, same hash; other seed, other hash)', () => {
    const a = runScenario(distributedCluster, small, 5);
    expect(runScenario(distributedCluster, small, 5).traceHash).toBe(a.traceHash);
    expect(runScenario(distributedCluster, small, 6).traceHash).not.toBe(a.traceHash);
  });

  it('should report execution, success, latency and messages for every operation, all succeeding without faults', () => {
    const r = runScenario(distributedCluster, small, 1);
    for (const op of OPS) {
      expect((r.metrics[`${op}_execution_ms`] as { count: number }).count).toBeGreaterThan(0);
      expect(metric(r, `${op}_messages_count`)).toBeGreaterThan(0);
      expect(metric(r, `${op}_network_latency_ms`)).toBeGreaterThan(0);
    }
    for (const op of ['discovery', 'consensus', 'load_balancing']) expect(metric(r, `${op}_success_ratio`)).toBe(1);
    expect(metric(r, 'resource_allocation_success_ratio')).toBeGreaterThan(0.9);
    expect(r.invariants.every((i) => i.holds)).toBe(true);
  });

  it('should take intra-node latency for load balancing and inter-node latency for discovery', () => {
    const r = runScenario(distributedCluster, { ...small, intra_latency: 'const:0.5', inter_latency: 'const:7' }, 2);
    // A job and its completion stay on the node unless spilled over (rare at this load).
    expect(metric(r, 'load_balancing_network_latency_ms')).toBeLessThan(1);
    // A lookup: agent → own manager (0.5), → owner (7, unless local), → agent (7): mean > 4.
    expect(metric(r, 'discovery_network_latency_ms')).toBeGreaterThan(4);
    expect(metric(r, 'consensus_network_latency_ms')).toBe(7);
    // The lookup itself takes two inter-node hops and one local one when the owner is remote.
    const exec = r.metrics['discovery_execution_ms'] as { max: number };
    expect(exec.max).toBeCloseTo(14.5, 6);
  });

  it('should run one operation alone with op=…', () => {
    const r = runScenario(distributedCluster, { ...small, op: 'resource-allocation' }, 1);
    expect(Object.keys(r.metrics).filter((k) => k.startsWith('discovery'))).toEqual([]);
    expect(r.metrics['resource_allocation_success_ratio']).toBeDefined();
    expect(r.invariants.filter((i) => i.name.startsWith('raft.'))).toEqual([]);
  });

  it('should fail lookups and requests to crashed agents', () => {
    const faults = [{ at: 0, kind: 'crash' as const, targets: ['n1.mgr', 'n2.mgr'] }];
    const r = runScenario(distributedCluster, small, 3, { faults });
    expect(metric(r, 'discovery_success_ratio')).toBeLessThan(1);
    expect(metric(r, 'load_balancing_success_ratio')).toBeLessThan(1);
  });

  it('should resolve every preset by name', () => {
    for (const [preset, nodes, per] of [['small', 3, 100], ['medium', 10, 200], ['large', 25, 300], ['enterprise', 50, 500]] as const) {
      const r = runScenario(distributedCluster, { preset, op: 'discovery', duration_ms: 100, lookups: 1 }, 1);
      expect(r.params).toMatchObject({ nodes, agents_per_node: per });
      expect(metric(r, 'agents_count')).toBe(nodes * per);
    }
  });
});
