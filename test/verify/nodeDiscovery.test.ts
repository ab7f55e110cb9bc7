import { describe, expect, it } from 'vitest';
import { nodeDiscovery, runScenario, type ScalarMetric } from '../../index.js';
import { expectedPushRounds } from '../scenarios/analytic.js';

describe('nodeDiscovery (long verification)', () => {
  it("should spread a join by push gossip in the exact chain's expected rounds within 0.15 (Pittel)", () => {
    for (const [n, runs] of [
      [100, 300],
      [1000, 100],
    ] as const) {
      const rounds = Array.from(
        { length: runs },
        (_, seed) => (runScenario(nodeDiscovery, { nodes: n, mode: 'push', max_rounds: 30 }, seed).metrics['rounds_to_full'] as ScalarMetric).value,
      );
      const mean = rounds.reduce((a, b) => a + b, 0) / runs;
      const sd = Math.sqrt(rounds.reduce((a, b) => a + (b - mean) ** 2, 0) / (runs - 1));
      const exact = expectedPushRounds(n, 2);
      console.log(`push n=${n}: simulated ${mean.toFixed(3)} ± ${(sd / Math.sqrt(runs)).toFixed(3)} rounds, exact ${exact.toFixed(3)}, log2 n + ln n = ${(Math.log2(n) + Math.log(n)).toFixed(3)}`);
      expect(Math.abs(mean - exact)).toBeLessThan(Math.max(0.15, 3 * (sd / Math.sqrt(runs))));
    }
  });
});
