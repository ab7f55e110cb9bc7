import { describe, expect, it } from 'vitest';
import { getScenario, runScenario } from '../../../scenarios/index.js';

const dc = getScenario('distributed-cluster');
const base = { nodes: 3, agents_per_node: 5, op: 'consensus', duration_ms: 5000, proposals: 20, inter_latency: 'const:5' };

describe('distributed-cluster coordinator=central', () => {
  it('should commit every proposal through one coordinator after a round trip to every node', () => {
    const r = runScenario(dc, { ...base, coordinator: 'central' }, 1);
    const m = r.metrics['consensus_execution_ms'] as { count: number; min: number; max: number };
    expect(m.count).toBe(20);
    expect((r.metrics['consensus_success_ratio'] as { value: number }).value).toBe(1);
    // submit hop + prepare + ack across the cluster: three inter-node hops.
    expect(m.min).toBeCloseTo(15, 6);
    expect(m.max).toBeCloseTo(15, 6);
  });

  it('should block commits when a node is down, as two-phase commit does', () => {
    const r = runScenario(dc, { ...base, coordinator: 'central' }, 1, { faults: [{ at: 1, kind: 'crash', targets: ['n2.cc'] }] });
    expect((r.metrics['consensus_success_ratio'] as { value: number }).value).toBe(0);
  });
});
