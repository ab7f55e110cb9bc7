import { describe, expect, it } from 'vitest';
import { centralDetection, ksUniform, phiCrossings, swimFirstDetection, timeoutDetection } from '../scenarios/detection/detectorStats.js';

describe('failure detectors against analytic results (long)', () => {
  it('should match SWIM\'s e/(e-1) expected first-detection periods over 1,200 crashes', () => {
    const seeds = Array.from({ length: 50 }, (_, i) => 100 + i);
    const s = swimFirstDetection(seeds);
    console.log(`SWIM: n=${s.n} mean K=${s.meanK.toFixed(4)} expected=${s.expectedK.toFixed(4)} ±${s.seK.toFixed(4)}; P(K=1)=${s.fracOne.toFixed(4)} expected=${s.expectedOne.toFixed(4)}`);
    expect(s.n).toBe(s.crashes);
    expect(Math.abs(s.meanK - s.expectedK)).toBeLessThan(4 * s.seK);
    expect(Math.abs(s.fracOne - s.expectedOne)).toBeLessThan(4 * Math.sqrt((s.expectedOne * (1 - s.expectedOne)) / s.n));
  });

  it('should cross the phi thresholds at the formula\'s time for 400 crashes each', () => {
    for (const detector of ['phi', 'phi-exp'] as const) {
      for (let seed = 1; seed <= 10; seed++) {
        const { rows, check } = phiCrossings(detector, seed);
        expect(rows.length).toBe(40);
        for (const r of rows) {
          expect(r.silence).toBeGreaterThanOrEqual(r.expected - 1e-6);
          expect(r.silence).toBeLessThan(r.expected + check + 1e-6);
        }
      }
    }
  });

  it('should give uniform detection times for the timeout and central detectors over 2,000 crashes', () => {
    const t = timeoutDetection(Array.from({ length: 10 }, (_, i) => 200 + i));
    console.log(`timeout: n=${t.samples.length} KS=${ksUniform(t.samples, t.a, t.b).toFixed(4)}`);
    expect(ksUniform(t.samples, t.a, t.b)).toBeLessThan(1.95 / Math.sqrt(t.samples.length));
    const c = centralDetection(Array.from({ length: 14 }, (_, i) => 300 + i));
    console.log(`central: n=${c.samples.length} KS=${ksUniform(c.samples, c.a, c.b).toFixed(4)}`);
    expect(ksUniform(c.samples, c.a, c.b)).toBeLessThan(1.95 / Math.sqrt(c.samples.length));
  });
});
