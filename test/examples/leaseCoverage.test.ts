import { describe, expect, it } from 'vitest';
import { leaseCoverage, leaseRun } from '../../examples/leaseCoverage.js';

describe('leaseCoverage', () => {
  it("should cover a user's own machine and core over seeds, and name what was never taken", () => {
    const { report, never } = leaseCoverage(20);
    const machine = report.machines.find((m) => m.name === 'lease-client')!;
    const taken = (key: string): number => machine.transitions.find((t) => t.key === key)!.count;
    expect(taken('asking --grant#1--> holding')).toBeGreaterThan(0);
    expect(taken('asking --after 100--> asking')).toBeGreaterThan(0);
    const core = report.machines.find((m) => m.name === 'renewal')!;
    expect(core.kind).toBe('core');
    expect(core.transitions.find((t) => t.key === 'fresh --expired--> lost')!.count).toBeGreaterThan(0);
    // On a fast network no grant is ever late: the guarded branch stays uncovered.
    expect(leaseCoverage(5, 'const:1').never).toContain('lease-client: asking --grant#0--> holding (guard: answeredLate)');
    expect(never).not.toContain('lease-client: asking --grant#0--> holding (guard: answeredLate)');
    expect(leaseRun(3)).toEqual(leaseRun(3));
  });
});
