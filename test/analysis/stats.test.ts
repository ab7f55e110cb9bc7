import { describe, expect, it } from 'vitest';
import { mannKendall, mannWhitney, meanInterval, metricDirection, timeWeightedAverage } from '../../analysis/index.js';

describe('meanInterval', () => {
  it('should give the Student-t 95% interval (t(0.975, 4) = 2.776445)', () => {
    const ci = meanInterval([1, 2, 3, 4, 5])!;
    expect(ci.mean).toBe(3);
    expect(ci.std).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(ci.halfWidth).toBeCloseTo((2.776445105 * Math.sqrt(2.5)) / Math.sqrt(5), 6);
  });

  it('should use t(0.975, 1) = 12.7062 for two values and collapse for one', () => {
    expect(meanInterval([0, 2])!.halfWidth).toBeCloseTo(12.7062047, 5);
    expect(meanInterval([7])).toMatchObject({ mean: 7, low: 7, high: 7, halfWidth: null });
    expect(meanInterval([])).toBeNull();
  });
});

describe('mannWhitney', () => {
  it('should give the exact p of completely separated samples (2 / C(8,4) = 2/70)', () => {
    const r = mannWhitney([1, 2, 3, 4], [5, 6, 7, 8]);
    expect(r).toMatchObject({ ok: true, u: 0, method: 'exact' });
    expect(r.ok && r.p).toBeCloseTo(2 / 70, 12);
  });

  it('should match the exact distribution of a small known case (n1=n2=3, U=1: P(U<=1)=2/20)', () => {
    const r = mannWhitney([1, 2, 4], [3, 5, 6]);
    expect(r.ok && r.u).toBe(1);
    expect(r.ok && r.p).toBeCloseTo(0.2, 12);
  });

  it('should fall back to the tie-corrected normal approximation with ties', () => {
    const r = mannWhitney([1, 1, 2, 2, 3], [2, 3, 3, 4, 4]);
    expect(r).toMatchObject({ ok: true, method: 'normal' });
    expect(r.ok && r.p).toBeGreaterThan(0.05);
    expect(r.ok && r.p).toBeLessThan(0.2);
  });

  it('should report an empty sample rather than throw', () => {
    expect(mannWhitney([], [1])).toMatchObject({ ok: false });
  });
});

describe('mannKendall', () => {
  it('should detect a monotonic increase with Sen slope 1', () => {
    const r = mannKendall(Array.from({ length: 12 }, (_, i) => i + (i % 3) * 0.1));
    expect(r).toMatchObject({ ok: true, direction: 'increasing' });
    expect(r.ok && r.p).toBeLessThan(0.001);
    expect(r.ok && r.slope).toBeCloseTo(1, 1);
  });

  it('should see no trend in an alternating series and refuse short histories', () => {
    expect(mannKendall([5, 6, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6])).toMatchObject({ ok: true, direction: 'none' });
    expect(mannKendall([1, 2, 3])).toMatchObject({ ok: false });
  });

  it('should give S = n(n-1)/2 and the textbook variance for a strictly increasing series', () => {
    const r = mannKendall(Array.from({ length: 10 }, (_, i) => i));
    const variance = (10 * 9 * 25) / 18;
    expect(r.ok && r.s).toBe(45);
    expect(r.ok && r.z).toBeCloseTo(44 / Math.sqrt(variance), 12);
  });
});

describe('timeWeightedAverage', () => {
  it('should weigh each value by the time it held', () => {
    // 0 on [0,10), 4 on [10,15), 2 on [15,20] → (0·10 + 4·5 + 2·5) / 20 = 1.5
    expect(timeWeightedAverage([{ t: 10, v: 4 }, { t: 15, v: 2 }], 0, 20)).toBe(1.5);
    expect(timeWeightedAverage([], 0, 10, 3)).toBe(3);
    expect(timeWeightedAverage([], 5, 5)).toBeNull();
  });
});

describe('metricDirection', () => {
  it('should know lower- and higher-is-better from names and units', () => {
    expect(metricDirection('detection_ms')).toBe('lower');
    expect(metricDirection('response_ms.p99')).toBe('lower');
    expect(metricDirection('false_positives')).toBe('lower');
    expect(metricDirection('false_positive_rate')).toBe('lower');
    expect(metricDirection('messages_count')).toBe('lower');
    expect(metricDirection('success_ratio')).toBe('higher');
    expect(metricDirection('throughput_rps')).toBe('higher');
    expect(metricDirection('final_objective')).toBe('higher');
    expect(metricDirection('utilisation_spread')).toBe('lower');
    expect(metricDirection('crashes_count')).toBe('neutral');
    expect(metricDirection('something')).toBe('neutral');
  });
});
