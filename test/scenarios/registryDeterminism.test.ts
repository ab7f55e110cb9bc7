import { describe, expect, it } from 'vitest';
import { runScenario, scenarios } from '../../scenarios/index.js';
import { SMALL_PARAMS as SMALL } from '../../testing/smallParams.js';

// A scenario added without an entry in SMALL_PARAMS fails the first test, so every scenario stays
// guarded by the determinism check below.

describe('scenarios', () => {
  it('should have small parameters here for every registered scenario', () => {
    expect(Object.keys(SMALL).sort()).toEqual([...scenarios.keys()].sort());
  });

  it.each([...scenarios.keys()])('should give %s the same trace hash for the same seed and another for another seed', (name) => {
    const scenario = scenarios.get(name)!;
    const params = SMALL[name] ?? {};
    const a = runScenario(scenario, params, 11);
    const b = runScenario(scenario, params, 11);
    const c = runScenario(scenario, params, 12);
    expect(b.traceHash).toBe(a.traceHash);
    expect(b.metrics).toEqual(a.metrics);
    expect(c.traceHash).not.toBe(a.traceHash);
    expect(a.events).toBeGreaterThan(0);
  });
});
