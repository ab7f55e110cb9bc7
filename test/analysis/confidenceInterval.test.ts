import { describe, expect, it } from 'vitest';
import { confidenceInterval, studentTCdf, studentTQuantile } from '../../analysis/confidenceInterval.js';

describe('studentTQuantile', () => {
  it('should match tabulated two-sided 95% critical values', () => {
    const table: [number, number][] = [[1, 12.7062], [2, 4.3027], [3, 3.1824], [5, 2.5706], [10, 2.2281], [30, 2.0423], [100, 1.984], [1000, 1.9623]];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 3);
  });

  it('should be symmetric and invert the CDF', () => {
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-studentTQuantile(0.975, 7), 10);
    expect(studentTCdf(studentTQuantile(0.9, 4), 4)).toBeCloseTo(0.9, 9);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });
});

describe('confidenceInterval', () => {
  it('should give mean ± t·s/√n', () => {
    const ci = confidenceInterval([1, 2, 3, 4, 5]);
    // s = 1.5811, t(0.975, 4) = 2.7764 → half-width 1.9632
    expect(ci).toMatchObject({ n: 5, mean: 3, level: 0.95 });
    expect(ci.low).toBeCloseTo(1.0368, 3);
    expect(ci.high).toBeCloseTo(4.9632, 3);
  });

  it('should have no interval for fewer than two values and ignore non-finite ones', () => {
    expect(confidenceInterval([])).toMatchObject({ n: 0, mean: null, low: null });
    expect(confidenceInterval([7, NaN])).toMatchObject({ n: 1, mean: 7, std: 0, low: null, high: null });
  });

  it('should cover the true mean about 95% of the time', () => {
    // Deterministic LCG normal samples (Box–Muller), n = 5 per interval, 2000 intervals.
    let state = 12345;
    const u = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) + 0.5) / 2 ** 32;
    const normal = (): number => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
    let covered = 0;
    for (let i = 0; i < 2000; i++) {
      const ci = confidenceInterval(Array.from({ length: 5 }, () => 10 + 3 * normal()));
      if (ci.low! <= 10 && 10 <= ci.high!) covered++;
    }
    // binomial sd at 2000 trials ≈ 0.5%: allow ±1.5%
    expect(covered / 2000).toBeGreaterThan(0.935);
    expect(covered / 2000).toBeLessThan(0.965);
  });

  it('should reject a level outside (0, 1)', () => {
    expect(() => confidenceInterval([1, 2], 1)).toThrow(RangeError);
  });
});
