import { describe, expect, it } from 'vitest';
import { getScenario, runScenario, startScenario } from '../../../scenarios/index.js';
import { SMALL_PARAMS } from '../../../testing/index.js';

describe('startScenario', () => {
  it('should give the same result as runScenario when the simulation runs in slices of a few events', () => {
    for (const name of ['failure-detection', 'load-balancing', 'node-discovery']) {
      const params = SMALL_PARAMS[name] ?? {};
      const whole = runScenario(getScenario(name), params, 7);
      const started = startScenario(getScenario(name), params, 7);
      const options = started.until === undefined ? {} : { until: started.until };
      let slices = 0;
      while (!started.sim.runSome(options, 3)) slices++;
      const sliced = started.finish();
      expect(slices).toBeGreaterThan(10);
      expect(sliced).toEqual(whole);
    }
  });
});
