import { describe, expect, it } from 'vitest';
import { loadBalancing, runScenario, type DistributionMetric, type RunResult, type ScalarMetric } from '../../../index.js';
import { mm1ResponseMs, supermarketResponse } from '../analytic.js';

const dist = (r: RunResult, name: string) => r.metrics[name] as DistributionMetric;
const scalar = (r: RunResult, name: string) => (r.metrics[name] as ScalarMetric).value;
const run = (params: Record<string, unknown>, seed = 1, bugs?: string[]) => runScenario(loadBalancing, params, seed, { bugs });

describe('loadBalancing', () => {
  it('should give the same trace for the same seed and a different one for another seed', () => {
    const params = { requests: 3000, nodes: 5, strategy: 'peak-ewma', topology: 'local', decision: 'exp:0.5' };
    const a = run(params, 7);
    expect(run(params, 7).traceHash).toBe(a.traceHash);
    expect(run(params, 8).traceHash).not.toBe(a.traceHash);
  });

  it("should match M/M/1's mean response 1/(μ−λ) and Little's law with one server", () => {
    // λ = 0.05/ms, μ = 0.1/ms: W = 20 ms; ~13,500 measured requests give a standard error ≈ 3%.
    const r = run({ nodes: 1, crash: 0, load: 0.5, service: 'exp:10', requests: 15_000, latency: 'const:0', strategy: 'round-robin' }, 3);
    const w = dist(r, 'response_ms').mean!;
    expect(w).toBeGreaterThan(mm1ResponseMs(0.05, 0.1) * 0.88);
    expect(w).toBeLessThan(mm1ResponseMs(0.05, 0.1) * 1.12);
    const lambda = scalar(r, 'throughput_rps') / 1000;
    expect(scalar(r, 'in_system')).toBeCloseTo(lambda * w, 0);
    expect(Math.abs(scalar(r, 'in_system') / (lambda * w) - 1)).toBeLessThan(0.05);
    expect(scalar(r, 'utilisation_ratio')).toBeCloseTo(0.5, 1);
  });

  it("should match the supermarket model's mean time in system for p2c on 100 servers", () => {
    // Service rate 1/ms, λ = 0.9: T = 1 + λ² + λ⁶ + λ¹⁴ + … ≈ 2.61 ms (an M/M/1 queue: 10 ms).
    const r = run({ nodes: 100, crash: 0, load: 0.9, service: 'exp:1', requests: 40_000, warmup: 0.2, latency: 'const:0', strategy: 'p2c' }, 5);
    const expected = supermarketResponse(0.9, 2);
    expect(expected).toBeCloseTo(2.614, 2);
    expect(Math.abs(dist(r, 'response_ms').mean! / expected - 1)).toBeLessThan(0.06);
  });

  it('should order strategies as queueing theory says: random worst, least-connections best', () => {
    const base = { nodes: 20, crash: 0, load: 0.9, service: 'exp:1', requests: 8000, latency: 'const:0' };
    const mean = (strategy: string) => dist(run({ ...base, strategy }, 2), 'response_ms').mean!;
    const random = mean('random');
    const p2c = mean('p2c');
    const jsq = mean('least-connections');
    expect(random).toBeGreaterThan(2 * p2c);
    expect(p2c).toBeGreaterThan(jsq);
  });

  it('should never route to a server its health view declared dead, and count what the crash lost', () => {
    for (const topology of ['central', 'local']) {
      const r = run({ requests: 8000, nodes: 5, crash: 2, topology }, 11);
      expect(r.invariants.find((i) => i.name === 'lb.never-routes-to-dead')).toMatchObject({ holds: true, violations: 0 });
      expect(scalar(r, 'crashes_count')).toBe(2);
      expect(scalar(r, 'completed_count') + scalar(r, 'lost_count') + scalar(r, 'rejected_count') + scalar(r, 'unfinished_count')).toBe(8000);
    }
  });

  it('should catch the balancer-ignores-health bug with lb.never-routes-to-dead', () => {
    const r = run({ requests: 8000, nodes: 5, crash: 1, strategy: 'round-robin' }, 11, ['balancer-ignores-health']);
    const inv = r.invariants.find((i) => i.name === 'lb.never-routes-to-dead')!;
    expect(inv.holds).toBe(false);
    expect(inv.violations).toBeGreaterThan(0);
    expect(inv.example).toMatch(/routed request \d+ to server-\d+/);
  });

  it('should follow the phi, phi-exp and central detectors as well as the timeout one', () => {
    for (const detector of ['phi', 'phi-exp', 'central']) {
      const r = run({ requests: 4000, nodes: 4, crash: 1, detector }, 4);
      expect(r.invariants[0]).toMatchObject({ name: 'lb.never-routes-to-dead', holds: true });
      expect(scalar(r, 'lost_count')).toBeLessThan(400);
    }
  });

  it('should replay arrival times from a CSV trace through the injected reader, rescaled to the rate', () => {
    const csv = '# arrivals\ntime_ms,path\n0,/a\n5,/b\n5,/c\n20,/d\n40,/e\n';
    const readInput = (path: string) => (path === 'w.csv' ? csv : '');
    const r = runScenario(loadBalancing, { arrival: 'trace:w.csv', requests: 100, crash: 0, rps: 0, load: 0, warmup: 0 }, 1, { readInput });
    expect(scalar(r, 'completed_count')).toBe(5);
    expect(scalar(r, 'offered_rps')).toBeCloseTo(100, 6); // 4 gaps over 40 ms, unscaled
    const scaled = runScenario(loadBalancing, { arrival: 'trace:w.csv', crash: 0, rps: 1000, warmup: 0 }, 1, { readInput });
    expect(scalar(scaled, 'offered_rps')).toBeCloseTo(1000, 6);
    expect(() => run({ arrival: 'trace:w.csv' })).toThrow(/cannot read input file "w.csv"/);
  });

  it("should apply the seed's presets and reject bad parameters naming the key", () => {
    const r = run({ preset: 'spike', requests: 5000 });
    expect(r.params).toMatchObject({ rps: 50_000, nodes: 50, service: 'exp:0.8' });
    expect(scalar(r, 'offered_rps')).toBeGreaterThan(45_000);
    expect(() => run({ crash: 10, nodes: 10 })).toThrow(/crash: 10/);
    expect(() => run({ choices: 11, nodes: 10, strategy: 'p2c' })).toThrow(/choices: 11/);
    expect(() => run({ strategy: 'fastest' })).toThrow(/strategy/);
    expect(() => run({ rps: 0, load: 0 })).toThrow(/need a rate/);
  });
});
