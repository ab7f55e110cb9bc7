import { describe, expect, it } from 'vitest';
import { PeakEwma } from '../../../index.js';

describe('PeakEwma', () => {
  it("should jump to a latency peak at once and decay towards lower samples with exp(-Δt/τ) (Finagle's semantics)", () => {
    const m = new PeakEwma(100, 0);
    m.start();
    expect(m.load(0)).toBe(PeakEwma.PENALTY + 1); // pending, no history yet
    m.end(50, 10);
    expect(m.costMs).toBe(50);
    m.start();
    m.end(10, 110); // 100 ms later: weight of the old cost e^-1
    expect(m.costMs).toBeCloseTo(50 * Math.exp(-1) + 10 * (1 - Math.exp(-1)), 9);
    const before = m.costMs;
    expect(m.load(210)).toBeCloseTo(before * Math.exp(-1), 9); // get() decays with no new sample
    m.start();
    m.start();
    expect(m.load(210)).toBeCloseTo(m.costMs * 3, 9);
  });
});
