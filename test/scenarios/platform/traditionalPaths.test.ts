import { describe, expect, it } from 'vitest';
import { getScenario, runScenario } from '../../../scenarios/index.js';

describe('cognitive-variables store=server', () => {
  const cv = getScenario('cognitive-variables');
  const base = { variables: 10, agents: 10, ops: 5, latency: 'const:2', processing: 'const:0.5' };

  it('should time each update from the caller to the central parameter server and back', () => {
    const server = runScenario(cv, { ...base, store: 'server' }, 1).metrics['update_local_ms'] as { count: number; min: number };
    const cognitive = runScenario(cv, base, 1).metrics['update_local_ms'] as { count: number; min: number };
    expect(server.count).toBeGreaterThan(0);
    expect(server.min).toBeCloseTo(4.5, 6);
    expect(cognitive.min).toBeCloseTo(0.5, 6);
  });
});

describe('ml-workflow iteration_ms and creation_ms', () => {
  const ml = getScenario('ml-workflow');

  it('should split the optimisation into iterations, the cognitive ones ending after the variables adapt', () => {
    const total = (strategy: string) => {
      const r = runScenario(ml, { preset: 'simple', iterations: 6, strategy }, 2);
      const it = r.metrics['iteration_ms'] as { count: number; mean: number };
      expect(it.count).toBe(6);
      return { iterations: it.mean * 6, optimisation: (r.metrics['optimisation_ms'] as { value: number }).value };
    };
    const grid = total('grid');
    expect(grid.iterations).toBeCloseTo(grid.optimisation, 3);
    const cognitive = total('cognitive');
    expect(cognitive.iterations).toBeGreaterThan(cognitive.optimisation);
  });

  it('should register every variable and agent before the program counts as created', () => {
    const p = { preset: 'simple', iterations: 2, creation: true, latency: 'const:2' };
    const cognitive = runScenario(ml, { ...p, strategy: 'cognitive' }, 1).metrics['creation_ms'] as { count: number; mean: number };
    expect(cognitive.count).toBe(1);
    expect(cognitive.mean).toBe(4);
    const slow = runScenario(ml, { ...p, strategy: 'cognitive', resources: 'on', cores: 1, cpu_ms: 'const:1' }, 1).metrics['creation_ms'] as { mean: number };
    // The registrar's one core handles the create and 7 answers (2 evaluators, 3 variables,
    // 2 holders) — 8 ms — besides the two 2-ms hops.
    expect(slow.mean).toBeGreaterThanOrEqual(4 + 8);
  });
});
