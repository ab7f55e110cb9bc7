import { describe, expect, it } from 'vitest';
import { createSimulation, MaxEventsError } from '../../engine/index.js';

describe('Simulation', () => {
  it('should run until a time or until idle', () => {
    const sim = createSimulation({ seed: 1 });
    sim.kernel.schedule(50, () => sim.publish('env', 'x'));
    sim.run({ until: 20 });
    expect(sim.now).toBe(20);
    expect(sim.events).toBe(0);
    sim.run();
    expect(sim.now).toBe(50);
    expect(sim.events).toBe(1);
  });

  it('should finish once: same summary, signals$ completed, further records refused', () => {
    const sim = createSimulation({ seed: 1 });
    let completed = false;
    sim.signals$.subscribe({ complete: () => (completed = true) });
    sim.publish('env', 'x', 1);
    const summary = sim.finish();
    expect(summary).toEqual({ traceHash: sim.traceHash, events: 1, virtualTimeMs: 0 });
    expect(sim.finish()).toBe(summary);
    expect(completed).toBe(true);
    expect(() => sim.publish('env', 'y')).toThrow();
  });

  it('should change the rolling hash with every event', () => {
    const sim = createSimulation({ seed: 1 });
    const seen = new Set([sim.rollingHash]);
    for (let i = 0; i < 10; i++) {
      sim.publish('env', 'x', i);
      seen.add(sim.rollingHash);
    }
    expect(seen.size).toBe(11);
  });

  it('should keep trace lines only when asked', () => {
    const kept = createSimulation({ seed: 1, trace: { keepLines: true } });
    kept.publish('env', 'x');
    expect(kept.traceLines).toHaveLength(2);
    const dropped = createSimulation({ seed: 1 });
    dropped.publish('env', 'x');
    expect(dropped.traceLines).toEqual([]);
  });

  it('should stop a runaway model with MaxEventsError', () => {
    const sim = createSimulation({ seed: 1, maxEvents: 100 });
    const loop = (): void => void sim.kernel.schedule(0, loop);
    loop();
    expect(() => sim.run()).toThrow(MaxEventsError);
  });

  it('should report unknown nodes as not up', () => {
    expect(createSimulation({ seed: 1 }).isUp('ghost')).toBe(false);
    expect(createSimulation({ seed: 1 }).actor('ghost')).toBeNull();
  });
});
