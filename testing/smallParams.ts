/**
 * Small parameters for every built-in scenario: each runs in milliseconds yet exercises its
 * protocol, faults and invariants. For quick determinism and property checks (agentsim's own
 * determinism guard and `scripts/fingerprints.mjs` use them).
 */
export const SMALL_PARAMS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
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
