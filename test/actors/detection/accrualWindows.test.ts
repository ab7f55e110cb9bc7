import { describe, expect, it } from 'vitest';
import { akkaPhi, ExponentialArrivalWindow, PHI_FACTOR, PhiAccrualWindow } from '../../../actors/index.js';

const akka = { threshold: 8, maxSamples: 1000, minStdMs: 100, acceptablePauseMs: 0, firstHeartbeatEstimateMs: 1000 };

describe('akkaPhi', () => {
  it('should be -log10(1/2) at the mean and grow with the silence', () => {
    expect(akkaPhi(1000, 1000, 100)).toBeCloseTo(Math.log10(2), 6);
    expect(akkaPhi(1100, 1000, 100)).toBeGreaterThan(akkaPhi(1000, 1000, 100));
    // Logistic approximation of the normal CDF: at y = 1, 1 - F ≈ 0.1587.
    expect(akkaPhi(1100, 1000, 100)).toBeCloseTo(-Math.log10(0.1587), 1);
  });
});

describe('PhiAccrualWindow', () => {
  it('should report 0 before the first heartbeat and bootstrap the window around the estimate', () => {
    const w = new PhiAccrualWindow(akka);
    expect(w.phi(5000)).toBe(0);
    w.heartbeat(0);
    expect(w.mean).toBe(1000);
    expect(w.isAvailable(1000)).toBe(true);
    expect(w.isAvailable(10_000)).toBe(false);
  });

  it('should add intervals while available, skip the first one after becoming unavailable, and stay bounded', () => {
    const w = new PhiAccrualWindow({ ...akka, maxSamples: 3 });
    w.heartbeat(0);
    w.heartbeat(500);
    expect(w.mean).toBeCloseTo((750 + 1250 + 500) / 3);
    w.heartbeat(1000);
    expect(w.mean).toBeCloseTo((1250 + 500 + 500) / 3);
    w.heartbeat(100_000); // long silence: not added
    expect(w.mean).toBeCloseTo((1250 + 500 + 500) / 3);
  });

  it('should shift the curve by the acceptable pause', () => {
    const a = new PhiAccrualWindow(akka);
    const b = new PhiAccrualWindow({ ...akka, acceptablePauseMs: 3000 });
    a.heartbeat(0);
    b.heartbeat(0);
    expect(b.phi(4000)).toBeCloseTo(a.phi(1000), 9);
  });
});

describe('ExponentialArrivalWindow', () => {
  const opts = { threshold: 8, maxSamples: 1000, initialMs: 2000, maxIntervalMs: 2000 };

  it('should compute PHI_FACTOR · elapsed / mean with the initial value seeding the window', () => {
    const w = new ExponentialArrivalWindow(opts);
    expect(w.phi(10)).toBe(0);
    w.heartbeat(0);
    w.heartbeat(1000);
    expect(w.mean).toBe(1500);
    expect(w.phi(4000)).toBeCloseTo((PHI_FACTOR * 3000) / 1500, 12);
  });

  it('should ignore intervals above the maximum and convict only above the threshold', () => {
    const w = new ExponentialArrivalWindow(opts);
    w.heartbeat(0);
    w.heartbeat(5000);
    expect(w.mean).toBe(2000);
    const t = 8 * Math.log(10) * 2000;
    expect(w.isAvailable(5000 + t - 1)).toBe(true);
    expect(w.isAvailable(5000 + t + 1)).toBe(false);
  });
});
