import { describe, expect, it } from 'vitest';
import { runScenario, scenarios } from '../../scenarios/index.js';

/**
 * Small parameters for every registered scenario. A scenario added without an entry here fails
 * the first test, so every scenario stays guarded by the determinism check below.
 */
const SMALL: Record<string, Record<string, unknown>> = {
  'failure-detection': { nodes: 10, duration_ms: 15_000, crash: 2, loss: 0.05 },
  'health-monitoring': { nodes: 5, check_ms: 1000, duration_ms: 20_000, crash: 1, pause: 1, pause_ms: 3000 },
  'load-balancing': { nodes: 4, requests: 500, warmup: 0.1, drain_ms: 2000 },
  'node-discovery': { nodes: 20, mode: 'push-pull' },
  'large-scale-coordination': { agents: 50, duration_ms: 3000, leader_crashes: 1, proposals: 20, loss: 0.02 },
  'distributed-cluster': { nodes: 2, agents_per_node: 10, duration_ms: 5000, lookups: 50, proposals: 10, requests: 50, allocations: 10 },
  'resource-efficiency': { agents: 5, variables: 5, operations: 50, cycles: 1 },
  'agent-registration': { op: 'discovery', agents: 30, queries: 20, registry: 'replicated' },
  'cognitive-variables': { variables: 10, agents: 10, ops: 3 },
  'ml-workflow': { preset: 'simple', iterations: 5 },
};

describe('scenarios', () => {
  it('should have small parameters here for every registered scenario', () => {
    expect(Object.keys(SMALL).sort()).toEqual([...scenarios.keys()].sort());
  });

  it.each([...scenarios.keys()])('should give %s the same trace hash for the same seed and another for another seed', (name) => {
    const scenario = scenarios.get(name)!;
    const params = SMALL[name] ?? {};
    const a = runScenario(scenario, params, 11);
    const b = runScenario(scenario, params, 11);
    const c = runScenario(scenario, params, 12);
    expect(b.traceHash).toBe(a.traceHash);
    expect(b.metrics).toEqual(a.metrics);
    expect(c.traceHash).not.toBe(a.traceHash);
    expect(a.events).toBeGreaterThan(0);
  });
});
