import { describe, expect, it } from 'vitest';
import { getScenario, runScenario } from '../../../scenarios/index.js';

const hm = getScenario('health-monitoring');
const base = { nodes: 10, check_ms: 1000, duration_ms: 20_000, crash: 0, pause: 0, latency: 'const:3' };

describe('CheckLatencyTracker', () => {
  it('should measure one network round trip per check without the resource model', () => {
    for (const detector of ['central', 'swim']) {
      const m = runScenario(hm, { ...base, detector }, 1).metrics['check_latency_ms'] as { count: number; min: number; max: number };
      expect(m.count).toBeGreaterThan(100);
      expect([m.min, m.max]).toEqual([6, 6]);
    }
  });

  it('should include the time a central checker\'s answers wait for its cores', () => {
    const p = { ...base, detector: 'central', resources: 'on', cores: 1, cpu_ms: 'const:0', cpu_roles: 'monitor=const:1' };
    const m = runScenario(hm, p, 1).metrics['check_latency_ms'] as { min: number; max: number; mean: number };
    // 10 answers arrive together; the k-th is handled after k ms on the monitor's one core.
    expect(m.min).toBe(7);
    expect(m.max).toBeGreaterThanOrEqual(15);
  });

  it('should report no check latency for heartbeat detectors', () => {
    expect(runScenario(hm, { ...base, detector: 'timeout' }, 1).metrics['check_latency_ms']).toBeUndefined();
  });
});
