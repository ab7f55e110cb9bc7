#!/usr/bin/env node
/**
 * Prints every built-in scenario's trace hash and metrics for fixed small parameters and seeds,
 * as JSON, from the compiled build (`npm run build` first). Used to show that a refactor changes
 * no behaviour: run before and after, and diff the two files (`--metrics-only` drops the hashes,
 * for changes that legitimately re-encode the trace).
 */
import { runScenario, scenarios } from '../dist/scenarios/index.js';

const SMALL = {
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
const metricsOnly = process.argv.includes('--metrics-only');
const out = {};
for (const [name, scenario] of scenarios) {
  for (const seed of [1, 2, 3]) {
    const r = runScenario(scenario, SMALL[name] ?? {}, seed);
    out[`${name}#${seed}`] = metricsOnly ? { metrics: r.metrics } : { traceHash: r.traceHash, events: r.events, metrics: r.metrics };
  }
}
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
