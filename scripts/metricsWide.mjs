#!/usr/bin/env node
/**
 * Every scenario's metrics over its variants (detectors, strategies, topologies, registry
 * operations, protocols, membership modes) at small sizes, as JSON: a wider net than
 * fingerprints.mjs for proving a performance change leaves behaviour unchanged.
 *   node scripts/metricsWide.mjs [DIST_DIR] [SCENARIO_FILTER] > out.json
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new globalThis.URL('../dist', import.meta.url));
const { runScenario, getScenario } = await import(`${dist}/scenarios/index.js`);

const cases = [];
for (const detector of ['timeout', 'phi', 'phi-exp', 'swim', 'central']) {
  for (const suspicion of detector === 'swim' ? [true, false] : [undefined]) {
    cases.push(['failure-detection', { detector, nodes: 40, duration_ms: 20_000, crash: 3, loss: 0.02, ...(suspicion === undefined ? {} : { suspicion }) }]);
  }
}
for (const strategy of ['round-robin', 'random', 'least-connections', 'p2c', 'peak-ewma']) {
  for (const topology of ['central', 'local']) cases.push(['load-balancing', { strategy, topology, nodes: 5, requests: 3000, crash: 1 }]);
}
for (const detector of ['phi', 'phi-exp', 'central']) cases.push(['load-balancing', { detector, nodes: 5, requests: 2000, crash: 1 }]);
cases.push(['load-balancing', { nodes: 1, crash: 0, latency: 'const:0', requests: 5000, strategy: 'round-robin' }]);
for (const op of ['single', 'bulk', 'concurrent', 'discovery', 'capability-matching', 'cluster-discovery']) {
  for (const registry of ['central', 'replicated']) cases.push(['agent-registration', { op, registry, agents: 200 }]);
}
for (const protocol of ['consensus', 'broadcast', 'hierarchical']) cases.push(['large-scale-coordination', { protocol, agents: 100, duration_ms: 4000 }]);
for (const mode of ['push', 'pull', 'push-pull', 'central']) cases.push(['node-discovery', { mode, nodes: 60 }]);
cases.push(['health-monitoring', { nodes: 20, duration_ms: 20_000, crash: 2, pause: 1 }]);
cases.push(['distributed-cluster', { preset: 'small' }]);
cases.push(['cognitive-variables', { preset: 'small' }]);
cases.push(['ml-workflow', { preset: 'simple' }]);

const out = {};
const only = process.argv[3];
for (const [name, params] of cases.filter(([n]) => only === undefined || n === only)) {
  for (const seed of [1, 2]) {
    const r = runScenario(getScenario(name), params, seed);
    out[`${name} ${JSON.stringify(params)} #${seed}`] = { events: undefined, metrics: r.metrics, invariants: r.invariants.map((i) => [i.name, i.holds]) };
  }
}
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
