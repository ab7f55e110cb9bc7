import { describe, expect, it } from 'vitest';
import { loadBalancing, runScenario, type DistributionMetric, type ScalarMetric } from '../../index.js';
import { mm1ResponseMs, supermarketResponse } from '../scenarios/analytic.js';

const base = { crash: 0, latency: 'const:0', warmup: 0.1 };

describe('loadBalancing (long verification)', () => {
  it("should match M/M/1's mean response within 3% and Little's law within 1% (400k requests)", () => {
    for (const rho of [0.5, 0.8]) {
      const r = runScenario(loadBalancing, { ...base, nodes: 1, load: rho, service: 'exp:1', requests: 400_000, strategy: 'round-robin' }, 1);
      const w = (r.metrics['response_ms'] as DistributionMetric).mean!;
      const expected = mm1ResponseMs(rho, 1);
      console.log(`M/M/1 rho=${rho}: simulated ${w.toFixed(4)} ms, analytic ${expected.toFixed(4)} ms`);
      expect(Math.abs(w / expected - 1)).toBeLessThan(rho === 0.5 ? 0.03 : 0.06);
      const lambda = (r.metrics['throughput_rps'] as ScalarMetric).value / 1000;
      expect(Math.abs((r.metrics['in_system'] as ScalarMetric).value / (lambda * w) - 1)).toBeLessThan(0.01);
    }
  });

  it("should match the supermarket model's mean time in system for d = 2 and 3 on 200 servers within 3%", () => {
    for (const [d, lambda] of [
      [2, 0.9],
      [2, 0.95],
      [3, 0.95],
    ] as const) {
      const r = runScenario(loadBalancing, { ...base, nodes: 200, load: lambda, service: 'exp:1', requests: 600_000, warmup: 0.2, strategy: 'p2c', choices: d }, 2);
      const t = (r.metrics['response_ms'] as DistributionMetric).mean!;
      const expected = supermarketResponse(lambda, d);
      console.log(`supermarket d=${d} lambda=${lambda}: simulated ${t.toFixed(4)}, analytic (n→∞) ${expected.toFixed(4)}`);
      expect(Math.abs(t / expected - 1)).toBeLessThan(0.03);
    }
  });
});
