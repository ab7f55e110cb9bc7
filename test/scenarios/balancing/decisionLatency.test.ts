import { describe, expect, it } from 'vitest';
import { getScenario, runScenario } from '../../../scenarios/index.js';

const lb = getScenario('load-balancing');
const base = { nodes: 4, rps: 1000, service: 'exp:1', requests: 2000, crash: 0, drain_ms: 1000, latency: 'const:2' };
const decision = (p: Record<string, unknown>) => runScenario(lb, { ...base, ...p }, 1).metrics['decision_ms'] as { count: number; mean: number; min: number };

describe('load-balancing decision_ms', () => {
  it('should be zero when a request is handed to its balancer at no cost', () => {
    expect(decision({}).mean).toBe(0);
  });

  it('should include the hop to a central balancer when requests arrive over the network', () => {
    expect(decision({ entry: 'network' }).min).toBe(2);
  });

  it('should make a local agent faster than a central balancer on the resource model', () => {
    const on = { resources: 'on', cpu_ms: 'const:0.1' };
    const local = decision({ ...on, topology: 'local' });
    const central = decision({ ...on, entry: 'network' });
    expect(local.count).toBeGreaterThan(1500);
    expect(local.mean).toBeGreaterThanOrEqual(0.1);
    expect(central.mean).toBeGreaterThan(local.mean + 2);
  });
});
