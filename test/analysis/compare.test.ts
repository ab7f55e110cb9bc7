import { describe, expect, it } from 'vitest';
import { compareResults, detectTrends, historyRuns } from '../../analysis/index.js';
import { Rng } from '../../engine/index.js';
import { fakeResult } from './fakeResult.js';

/** Ten seeds of a noisy metric: mean `mu`, ±10% uniform noise. */
function runs(rng: Rng, mu: number, n = 10, success = 0.99) {
  return Array.from({ length: n }, (_, i) => fakeResult(i + 1, mu * rng.uniform(0.9, 1.1), success));
}

describe('compareResults', () => {
  it('should report a 30% latency increase across 10 seeds as critical', () => {
    const rng = new Rng(1);
    const c = compareResults(runs(rng, 100), runs(rng, 130));
    const m = c.metrics.find((x) => x.metric === 'latency_ms.mean')!;
    expect(m).toMatchObject({ verdict: 'regression', severity: 'critical', method: 'mann-whitney', significant: true });
    expect(c.critical).toBeGreaterThan(0);
  });

  it('should not report noise: same distribution, 20 different draws', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rng = new Rng(seed);
      const c = compareResults(runs(rng, 100), runs(rng, 100));
      expect(c.critical, `draw ${seed}`).toBe(0);
    }
  });

  it('should call an improvement info and a small significant shift unchanged under the threshold', () => {
    const rng = new Rng(2);
    const better = compareResults(runs(rng, 100), runs(rng, 70));
    expect(better.metrics.find((x) => x.metric === 'latency_ms.mean')).toMatchObject({ verdict: 'improvement', severity: 'info' });
    const tiny = compareResults(runs(rng, 100, 10), runs(rng, 102, 10));
    // ±10% noise can move a median by more than 5%, but never significantly: at most info.
    expect([null, 'info']).toContain(tiny.metrics.find((x) => x.metric === 'latency_ms.mean')!.severity);
  });

  it('should know that a drop of a success ratio is a regression', () => {
    const c = compareResults(runs(new Rng(3), 100, 5, 0.99), runs(new Rng(3), 100, 5, 0.8));
    expect(c.metrics.find((x) => x.metric === 'success_ratio')).toMatchObject({ verdict: 'regression' });
  });

  it('should use single-run and CI-overlap rules with few seeds', () => {
    const one = compareResults([fakeResult(1, 100)], [fakeResult(1, 120)]);
    expect(one.metrics.find((x) => x.metric === 'latency_ms.mean')).toMatchObject({ method: 'single-run', severity: 'critical' });
    const two = compareResults([fakeResult(1, 100), fakeResult(2, 140)], [fakeResult(1, 125), fakeResult(2, 160)]);
    expect(two.metrics.find((x) => x.metric === 'latency_ms.mean')).toMatchObject({ method: 'ci-overlap', significant: false, severity: 'warning' });
  });
});

describe('compareResults on lost metrics', () => {
  it('should call a distribution whose samples vanished (count 0) a critical regression', () => {
    const base = runs(new Rng(6), 100, 5);
    const never = base.map((r) => ({ ...r, metrics: { ...r.metrics, latency_ms: { unit: 'ms', count: 0, mean: null, std: null, min: null, p50: null, p90: null, p99: null, max: null } } }));
    const c = compareResults(base, never as never);
    expect(c.metrics.filter((m) => m.metric.startsWith('latency_ms.'))).toEqual([
      expect.objectContaining({ metric: 'latency_ms.mean', verdict: 'regression', severity: 'critical', method: 'vanished', current: [] }),
      expect.objectContaining({ metric: 'latency_ms.p99', verdict: 'regression', severity: 'critical', method: 'vanished' }),
    ]);
    expect(c.critical).toBe(2);
  });

  it('should call a metric that disappeared a critical regression', () => {
    const base = runs(new Rng(7), 100, 3);
    const gone = base.map((r) => ({ ...r, metrics: { latency_ms: r.metrics['latency_ms']! } }));
    const c = compareResults(base, gone);
    expect(c.metrics.find((m) => m.metric === 'success_ratio')).toMatchObject({ verdict: 'regression', severity: 'critical', method: 'vanished' });
  });

  it('should compare nothing when no scenario and parameter set is in common', () => {
    const c = compareResults(runs(new Rng(8), 100, 3), [fakeResult(1, 100, 0.99, 'other')]);
    expect(c.metrics).toEqual([]);
    expect(c.onlyInCurrent).toHaveLength(1);
  });
});

describe('historyRuns', () => {
  it('should count the runs of each scenario on its own', () => {
    const mixed = Array.from({ length: 12 }, (_, k) => [fakeResult(1, 100 + k, 0.99, k % 2 === 0 ? 'a' : 'b')]);
    expect(historyRuns(mixed)).toEqual(new Map([['a', 6], ['b', 6]]));
    expect(detectTrends(mixed)).toEqual([]);
  });
});

describe('detectTrends', () => {
  it('should flag a latency creeping up over 12 runs and not a flat noisy history', () => {
    const rng = new Rng(4);
    const creeping = Array.from({ length: 12 }, (_, k) => runs(rng, 100 * (1 + 0.03 * k), 3));
    const t = detectTrends(creeping).find((x) => x.metric === 'latency_ms.mean')!;
    expect(t).toMatchObject({ trend: 'increasing', worsening: true, severity: 'warning' });
    const flat = Array.from({ length: 12 }, () => runs(rng, 100, 3));
    expect(detectTrends(flat).find((x) => x.metric === 'latency_ms.mean')!.severity).toBeNull();
  });

  it('should need at least 10 runs', () => {
    expect(detectTrends([runs(new Rng(5), 100, 2)])).toEqual([]);
  });
});
