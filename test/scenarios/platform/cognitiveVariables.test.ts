import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cognitiveVariables, runScenario, type DistributionMetric, type ScalarMetric } from '../../../scenarios/index.js';

const holds = (r: ReturnType<typeof runScenario>, name: string) => r.invariants.find((i) => i.name === name)!;

describe('cognitiveVariables', () => {
  it('should run the small and seed presets and report every metric of the seed table', () => {
    for (const preset of ['small', 'seed']) {
      const r = runScenario(cognitiveVariables, { preset, ops: preset === 'seed' ? 3 : 10 }, 1);
      for (const m of ['creation_ms', 'update_local_ms', 'update_cluster_ms', 'adaptation_ms', 'coordination_ms', 'consensus_ms', 'notification_ms']) {
        expect((r.metrics[m] as DistributionMetric).count, m).toBeGreaterThan(0);
      }
      expect((r.metrics['coordination_success_ratio'] as ScalarMetric).value).toBeGreaterThan(0.5);
      expect(r.invariants.filter((i) => !i.holds)).toEqual([]);
    }
  });

  it('should order latencies as the protocol implies: local < cluster < coordination', () => {
    const r = runScenario(cognitiveVariables, { preset: 'small', ops: 40 }, 2);
    const mean = (m: string) => (r.metrics[m] as DistributionMetric).mean!;
    expect(mean('update_local_ms')).toBeLessThan(mean('update_cluster_ms'));
    expect(mean('update_cluster_ms')).toBeLessThan(mean('coordination_ms'));
  });

  it('should keep every invariant for random sizes, rejections, crashes and latencies (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1e6 }),
          variables: fc.integer({ min: 1, max: 15 }),
          agents: fc.integer({ min: 5, max: 12 }),
          affected: fc.integer({ min: 0, max: 5 }),
          reject: fc.double({ min: 0, max: 0.3, noNaN: true }),
          crash: fc.integer({ min: 0, max: 3 }),
          latency: fc.constantFrom('exp:2', 'uniform:0:20', 'const:1'),
          kind: fc.constantFrom('mixed', 'float', 'choice', 'team'),
        }),
        ({ seed, ...p }) => {
          const r = runScenario(cognitiveVariables, { ...p, ops: 8 }, seed);
          for (const name of ['variables.agreement-after-commit', 'variables.abort-keeps-old', 'variables.within-bounds']) {
            expect(holds(r, name), name).toMatchObject({ holds: true });
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it.each([
    ['commit-without-quorum', 'variables.agreement-after-commit'],
    ['apply-on-propose', 'variables.abort-keeps-old'],
    ['skip-bounds-check', 'variables.within-bounds'],
  ])('should catch the %s bug with %s', (bug, invariant) => {
    const r = runScenario(cognitiveVariables, { preset: 'small', reject: 0.1 }, 1, { bugs: [bug] });
    expect(holds(r, invariant)).toMatchObject({ holds: false, applicable: true });
    expect(runScenario(cognitiveVariables, { preset: 'small', reject: 0.1 }, 1).invariants.every((i) => i.holds)).toBe(true);
  });

  it('should be deterministic per seed', () => {
    const a = runScenario(cognitiveVariables, { preset: 'small', crash: 1 }, 7);
    expect(runScenario(cognitiveVariables, { preset: 'small', crash: 1 }, 7).traceHash).toBe(a.traceHash);
    expect(runScenario(cognitiveVariables, { preset: 'small', crash: 1 }, 8).traceHash).not.toBe(a.traceHash);
  });
});
