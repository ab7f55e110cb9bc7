import { describe, expect, it } from 'vitest';
import { agentRegistration, runScenario, type DistributionMetric, type ScalarMetric } from '../../../scenarios/index.js';

const dist = (r: ReturnType<typeof runScenario>, name: string) => r.metrics[name] as DistributionMetric;
const small = { nodes: 4 };

describe('agentRegistration', () => {
  it.each(['single', 'bulk', 'concurrent', 'discovery', 'capability-matching', 'cluster-discovery'])('should run op %s on both registries', (op) => {
    for (const registry of ['central', 'replicated']) {
      const sizes = op === 'single' ? { iterations: 50 } : op === 'bulk' || op === 'concurrent' ? { agents: 30, iterations: 2 } : { agents: 60, queries: 40 };
      const r = runScenario(agentRegistration, { ...small, op, registry, ...sizes }, 1);
      expect(dist(r, 'registration_ms').count).toBeGreaterThan(0);
      expect(dist(r, 'registration_ms').min).toBeGreaterThan(0);
      if (op === 'bulk' || op === 'concurrent') expect(dist(r, 'bulk_registration_ms').count).toBe(2);
      if (sizes.queries) {
        expect(dist(r, 'discovery_ms').count).toBe(40);
        expect(dist(r, 'results_count').max).toBeGreaterThan(0);
      }
    }
  });

  it('should answer exactly from a central registry and measure staleness of replicas', () => {
    const central = runScenario(agentRegistration, { op: 'cluster-discovery', agents: 300, queries: 50 }, 2);
    expect(central.invariants.find((i) => i.name === 'registry.discovery-exact')).toMatchObject({ holds: true, applicable: true });
    expect(dist(central, 'stale_results_count').max).toBe(0);
    // Replicas start answering right after the last registration ack, before gossip caught up.
    const replicated = runScenario(agentRegistration, { op: 'cluster-discovery', registry: 'replicated', agents: 300, queries: 50, think: 'const:1' }, 2);
    expect(dist(replicated, 'stale_results_count').max).toBeGreaterThan(0);
    expect(dist(replicated, 'stale_results_count').p50).toBe(0);
    expect(dist(replicated, 'replication_lag_ms').count).toBeGreaterThan(0);
  });

  it('should queue concurrent registrations: bulk rounds take longer than one registration', () => {
    const r = runScenario(agentRegistration, { op: 'bulk', agents: 100, iterations: 3, processing: 'const:1' }, 3);
    // 100 registrations served back to back at 1 ms each.
    expect(dist(r, 'bulk_registration_ms').min).toBeGreaterThan(100);
  });

  it('should count crashed agents in stale answers until the registry hears of them', () => {
    const r = runScenario(agentRegistration, { op: 'discovery', agents: 200, queries: 200, crash: 20, think: 'const:1' }, 4);
    expect((r.metrics['crashes_count'] as ScalarMetric).value).toBe(20);
    expect((r.metrics['registered_count'] as ScalarMetric).value).toBe(180);
    expect(r.invariants.find((i) => i.name === 'registry.discovery-exact')?.applicable).toBe(false);
  });

  it('should be deterministic per seed', () => {
    const p = { op: 'discovery', registry: 'replicated', agents: 100, queries: 30 };
    const a = runScenario(agentRegistration, p, 5);
    expect(runScenario(agentRegistration, p, 5).traceHash).toBe(a.traceHash);
    expect(runScenario(agentRegistration, p, 6).traceHash).not.toBe(a.traceHash);
  });
});
