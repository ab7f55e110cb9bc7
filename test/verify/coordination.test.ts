/**
 * Long verifications of the coordination protocols (`npm run verify`): push gossip against the
 * epidemic final size, the tree's exact message count, and Raft safety over many seeds with
 * loss, partitions and leader crashes.
 */
import { describe, expect, it } from 'vitest';
import { largeScaleCoordination, runScenario } from '../../scenarios/index.js';

describe('largeScaleCoordination (long verification)', () => {
  it('should cover the epidemic final size s = 1 - exp(-f·s) with push gossip (f = 2, 2,000 targets)', () => {
    let s = 0.5;
    for (let i = 0; i < 200; i++) s = 1 - Math.exp(-2 * s);
    // 10 seeds x 31 broadcasts x 2,000 targets (sd of one broadcast's coverage ≈ 0.009); an
    // early die-out only lowers coverage, so compare the median run's coverage.
    const coverage: number[] = [];
    for (let seed = 1; seed <= 10; seed++) {
      const r = runScenario(largeScaleCoordination, { protocol: 'broadcast', agents: 10_000, gossip: 'push', fanout: 2, broadcasts: 31, duration_ms: 4000 }, seed);
      coverage.push((r.metrics['success_ratio'] as { value: number }).value);
    }
    coverage.sort((a, b) => a - b);
    const median = (coverage[4]! + coverage[5]!) / 2;
    expect(Math.abs(median - s)).toBeLessThan(0.01);
  });

  it('should keep election safety, log matching and committed agreement over 60 seeds with faults', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const r = runScenario(
        largeScaleCoordination,
        { agents: 300, duration_ms: 6000, loss: seed % 3 === 0 ? 0.05 : 0, partitions: seed % 4, partition_ms: 800, leader_crashes: 4, proposals: 100 },
        seed,
      );
      for (const inv of r.invariants) expect(inv.holds, `${inv.name} seed ${seed}: ${inv.example}`).toBe(true);
    }
  });
});
