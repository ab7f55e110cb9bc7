import type { RunResult } from '../../scenarios/index.js';

/** A minimal result with a latency distribution (mean = p99 = `latency`) and a success ratio. */
export function fakeResult(seed: number, latency: number, success = 0.99, scenario = 'fake'): RunResult {
  return {
    schema: 'agentsim.result/1',
    agentsim: '0.0.0',
    scenario,
    seed,
    params: { agents: 10 },
    virtualTimeMs: 1000,
    events: 1,
    traceHash: 'x',
    metrics: {
      latency_ms: { unit: 'ms', count: 10, mean: latency, std: 1, min: latency, p50: latency, p90: latency, p99: latency, max: latency },
      success_ratio: { unit: 'ratio', value: success },
    },
    invariants: [],
    faults: [],
  };
}
