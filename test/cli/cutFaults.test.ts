import { describe, expect, it } from 'vitest';
import { cutFaults } from '../../cli/explore/cutFaults.js';
import type { ExploreCase } from '../../cli/explore/exploreCase.js';
import type { AbstractFault } from '../../testing/index.js';

const fault = (at: number): AbstractFault => ({ at, kind: 'crash', targets: [0], rate: 0, cut: 0 });
const CASE: ExploreCase = { faults: [10, 20, 30, 40, 50, 60, 70].map(fault), size: null, duration: null, seed: 1 };

describe('cutFaults', () => {
  it('should remove faults the failure does not need, latest first, down to the bound', () => {
    // Fails while the faults at 20 and 50 are both there.
    const fails = (c: ExploreCase): boolean => [20, 50].every((at) => c.faults.some((f) => f.at === at));
    const { c, removed } = cutFaults(CASE, fails, 5);
    expect(c.faults.map((f) => f.at)).toEqual([10, 20, 30, 40, 50]);
    expect(removed).toBe(2);
  });

  it('should keep every fault the failure needs, even above the bound', () => {
    const { c, removed } = cutFaults(CASE, (x) => x.faults.length === 7, 5);
    expect(c).toBe(CASE);
    expect(removed).toBe(0);
  });
});
