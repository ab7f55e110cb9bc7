import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../engine/index.js';
import { getScenario, headerParams, resourceOptions, runScenario, withResourceParams } from '../../../scenarios/index.js';

const fd = getScenario('failure-detection');
const small = { nodes: 10, duration_ms: 20_000, crash: 2 };

describe('resourceOptions', () => {
  it('should be undefined with the model off and parse role lists with it on', () => {
    const params = (extra: Record<string, unknown>) => ({ ...Object.fromEntries(Object.entries(withResourceParams({})).map(([k, s]) => [k, s.default])), ...extra });
    expect(resourceOptions('x', params({}))).toBeUndefined();
    expect(resourceOptions('x', params({ resources: 'on', cpu_roles: 'monitor=exp:0.2,agent=const:1' }))?.cpuRoles).toEqual({ monitor: 'exp:0.2', agent: 'const:1' });
    expect(() => resourceOptions('x', params({ resources: 'on', memory_roles: 'var=lots' }))).toThrow(UsageError);
  });
});

describe('headerParams', () => {
  it('should leave quiet parameters at their default out of the header', () => {
    const specs = withResourceParams({});
    expect(headerParams(specs, { resources: 'off', cores: 2, other: 1 })).toEqual({ other: 1 });
    expect(headerParams(specs, { resources: 'on', cores: 4 })).toEqual({ resources: 'on', cores: 4 });
  });
});

describe('runScenario with resources', () => {
  it('should declare the resource parameters on every scenario, off by default', () => {
    expect(fd.params['resources']?.default).toBe('off');
    const r = runScenario(fd, small, 3);
    expect(r.params['resources']).toBe('off');
    expect(Object.keys(r.metrics).filter((k) => k.startsWith('cpu_') || k.startsWith('memory_'))).toEqual([]);
  });

  it('should reject a bad role list or distribution with a usage error', () => {
    expect(() => runScenario(fd, { ...small, resources: 'on', cpu_roles: 'monitor' }, 1)).toThrow(UsageError);
    expect(() => runScenario(fd, { ...small, resources: 'on', cpu_roles: 'monitor=exp:-1' }, 1)).toThrow(UsageError);
  });

  it('should report utilisation and modelled memory, and slow a central monitor down as its cost grows', () => {
    const cheap = runScenario(fd, { ...small, detector: 'central', resources: 'on' }, 3);
    const dear = runScenario(fd, { ...small, detector: 'central', resources: 'on', cores: 1, cpu_roles: 'monitor=const:20' }, 3);
    const util = (r: typeof cheap) => r.metrics['cpu_utilisation_ratio'] as { count: number; max: number; mean: number };
    expect(util(cheap).count).toBe(11);
    expect(util(cheap).max).toBeGreaterThan(0);
    expect(util(dear).max).toBeGreaterThan(util(cheap).max * 10);
    const latency = (r: typeof cheap) => (r.metrics['check_latency_ms'] as { mean: number }).mean;
    expect(latency(dear)).toBeGreaterThan(latency(cheap) + 20);
    expect((cheap.metrics['memory_per_actor_bytes'] as { min: number }).min).toBeGreaterThanOrEqual(262_144);
    expect(cheap.traceHash).not.toBe(runScenario(fd, { ...small, detector: 'central' }, 3).traceHash);
  });

  it('should be deterministic with the model on', () => {
    const p = { ...small, detector: 'swim', resources: 'on' };
    expect(runScenario(fd, p, 5).traceHash).toBe(runScenario(fd, p, 5).traceHash);
  });

  it('should find a table that grows without bound, and none in a bounded one', () => {
    const phi = { detector: 'phi', nodes: 5, crash: 0, resources: 'on' };
    const unbounded = runScenario(fd, { ...phi, max_samples: 100_000, duration_ms: 600_000 }, 1);
    const bounded = runScenario(fd, { ...phi, max_samples: 50, duration_ms: 600_000 }, 1);
    const growth = (r: typeof bounded) => (r.metrics['memory_growth_bytes_per_hour'] as { value: number }).value;
    // 5 windows gaining one 128-byte sample per second: 5 × 3600 × 128 B per hour.
    expect(growth(unbounded)).toBeGreaterThan(0.9 * 5 * 3600 * 128);
    expect(growth(bounded)).toBe(0);
  });
});
