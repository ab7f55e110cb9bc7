#!/usr/bin/env node
/**
 * Prints every built-in scenario's trace hash and metrics for fixed small parameters and seeds,
 * as JSON, from the compiled build (`npm run build` first). Used to show that a refactor changes
 * no behaviour: run before and after, and diff the two files (`--metrics-only` drops the hashes,
 * for changes that legitimately re-encode the trace).
 */
import { runScenario, scenarios } from '../dist/scenarios/index.js';
import { SMALL_PARAMS as SMALL } from '../dist/testing/smallParams.js';

const metricsOnly = process.argv.includes('--metrics-only');
const out = {};
for (const [name, scenario] of scenarios) {
  for (const seed of [1, 2, 3]) {
    const r = runScenario(scenario, SMALL[name] ?? {}, seed);
    out[`${name}#${seed}`] = metricsOnly ? { metrics: r.metrics } : { traceHash: r.traceHash, events: r.events, metrics: r.metrics };
  }
}
process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
