import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseFaultPlan } from '../../engine/index.js';
import { failureDetection } from '../../scenarios/index.js';
import { abstractFaultsArbitrary, FAULT_KINDS, faultPlanArbitrary, materializeFaults, paramsArbitrary, seedArbitrary } from '../../testing/index.js';

const nodes = ['a', 'b', 'c', 'd'];

describe('faultPlanArbitrary', () => {
  test.prop([faultPlanArbitrary({ nodes, untilMs: 10_000, maxFaults: 8 })], { numRuns: 300 })('should generate plans parseFaultPlan accepts, ordered by time, over the given nodes', (plan) => {
    expect(parseFaultPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    for (let i = 1; i < plan.length; i++) expect(plan[i]!.at).toBeGreaterThanOrEqual(plan[i - 1]!.at);
    for (const f of plan) {
      expect(f.at).toBeLessThanOrEqual(10_000);
      if ('targets' in f && f.targets) for (const t of f.targets) expect(nodes).toContain(t);
    }
  });

  it('should draw every kind of fault', () => {
    const seen = new Set(fc.sample(faultPlanArbitrary({ nodes, untilMs: 1000 }), { numRuns: 300, seed: 1 }).flat().map((f) => f.kind));
    expect([...seen].sort()).toEqual([...FAULT_KINDS].sort());
  });
});

describe('materializeFaults', () => {
  test.prop([abstractFaultsArbitrary(), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 100_000 })])('should fit any node list and horizon', (faults, n, horizon) => {
    const plan = materializeFaults(faults, Array.from({ length: n }, (_, i) => `n${i}`), horizon);
    // Every abstract fault but a heal appears once; a partition re-cutting a cut in force gets a
    // heal first; a heal of a cut not in force (a no-op) is left out.
    expect(plan.filter((f) => f.kind !== 'heal')).toHaveLength(faults.filter((f) => f.kind !== 'heal').length);
    expect(() => parseFaultPlan(plan)).not.toThrow();
  });
});

describe('materializeFaults partition ids', () => {
  it('should heal a cut in force before re-cutting under its id, so the plan stays valid', () => {
    const abstract = [
      { at: 100, kind: 'partition' as const, targets: [0], rate: 0, cut: 1 },
      { at: 200, kind: 'partition' as const, targets: [1], rate: 0, cut: 1 },
    ];
    expect(materializeFaults(abstract, ['a', 'b'], 1000)).toEqual([
      { at: 100, kind: 'partition', id: 'p1', targets: ['a'] },
      { at: 200, kind: 'heal', id: 'p1' },
      { at: 200, kind: 'partition', id: 'p1', targets: ['b'] },
    ]);
  });
});

describe('seedArbitrary', () => {
  it('should give non-negative safe integers', () => {
    for (const s of fc.sample(seedArbitrary(), 100)) expect(Number.isSafeInteger(s) && s >= 0).toBe(true);
  });
});

describe('paramsArbitrary', () => {
  it('should draw only valid values in the requested ranges', () => {
    const arb = paramsArbitrary(failureDetection, { vary: { nodes: [1, 8], crash: [0, 8], detector: true }, fixed: { duration_ms: 5000 } });
    for (const p of fc.sample(arb, { numRuns: 200, seed: 7 })) {
      expect(p['nodes']).toBeGreaterThanOrEqual(1);
      expect(p['crash'] as number).toBeLessThanOrEqual(p['nodes'] as number);
      expect(p['duration_ms']).toBe(5000);
    }
  });

  it('should reject a parameter the scenario does not declare', () => {
    expect(() => paramsArbitrary(failureDetection, { vary: { agents: [1, 2] } })).toThrow(/has no parameter "agents"/);
  });
});
