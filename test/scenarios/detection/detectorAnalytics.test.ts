import { describe, expect, it } from 'vitest';
import { centralDetection, ksUniform, phiCrossings, swimFirstDetection, timeoutDetection } from './detectorStats.js';

describe('failure detectors against analytic results (quick)', () => {
  it('should match SWIM\'s expected first-detection time in protocol periods (aligned, random target, no suspicion)', () => {
    const s = swimFirstDetection([1, 2, 3, 4, 5]);
    expect(s.n).toBe(s.crashes); // every crash detected
    for (const k of s.ks) expect(Number.isInteger(Math.round(k * 1e6) / 1e6)).toBe(true);
    // E[K] = 1/p ≈ e/(e-1); 4 standard errors.
    expect(Math.abs(s.meanK - s.expectedK)).toBeLessThan(4 * s.seK);
    // P(K = 1) = p ≈ 1 - 1/e, binomial standard error.
    expect(Math.abs(s.fracOne - s.expectedOne)).toBeLessThan(4 * Math.sqrt((s.expectedOne * (1 - s.expectedOne)) / s.n));
  });

  it('should declare phi (Akka) dead when the formula\'s phi crosses the threshold', () => {
    const { rows, check } = phiCrossings('phi', 7, 30, 25);
    expect(rows.length).toBe(25);
    for (const r of rows) {
      expect(r.silence).toBeGreaterThanOrEqual(r.expected - 1e-6);
      expect(r.silence).toBeLessThan(r.expected + check + 1e-6);
    }
  });

  it('should declare phi-exp (Cassandra) dead at threshold · ln10 · mean of silence', () => {
    const { rows, check } = phiCrossings('phi-exp', 7, 30, 25);
    expect(rows.length).toBe(25);
    for (const r of rows) {
      expect(r.silence).toBeGreaterThanOrEqual(r.expected - 1e-6);
      expect(r.silence).toBeLessThan(r.expected + check + 1e-6);
    }
  });

  it('should give the timeout detector a detection time uniform over one heartbeat interval', () => {
    const { samples, a, b } = timeoutDetection([11], 500, 150);
    expect(samples.length).toBe(150);
    // KS critical value at alpha = 0.001 is 1.95/sqrt(n).
    expect(ksUniform(samples, a, b)).toBeLessThan(1.95 / Math.sqrt(samples.length));
  });

  it('should give the central poller a detection time uniform over one poll interval after the timeout', () => {
    const { samples, a, b } = centralDetection([5]);
    expect(samples.length).toBe(150);
    expect(ksUniform(samples, a, b)).toBeLessThan(1.95 / Math.sqrt(samples.length));
  });
});
