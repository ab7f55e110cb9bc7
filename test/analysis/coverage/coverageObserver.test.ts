import { describe, expect, it } from 'vitest';
import { coverageObserver, resultCoverage } from '../../../analysis/index.js';
import { runScenario, scenarios } from '../../../scenarios/index.js';

describe('coverageObserver', () => {
  it('should cover machines of every scenario, resource-efficiency\'s inner simulations included, without changing the trace hash', () => {
    for (const scenario of scenarios.values()) {
      const plain = runScenario(scenario, {}, 1);
      const covered = runScenario(scenario, {}, 1, { observe: [coverageObserver()] });
      expect(covered.traceHash, scenario.name).toBe(plain.traceHash);
      const machines = resultCoverage(covered)!.machines;
      expect(machines.length, scenario.name).toBeGreaterThan(0);
      expect(machines.some((m) => m.transitions.some((t) => t.count > 0)), scenario.name).toBe(true);
    }
  });
});
