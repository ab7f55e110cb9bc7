import { describe, expect, it } from 'vitest';
import { healthMonitorMachine } from '../../../actors/index.js';
import { createSimulation, type Signal } from '../../../engine/index.js';

function monitorSim(members: string[], timeoutMs: number, checkMs: number) {
  const sim = createSimulation({ seed: 1 });
  const signals: Signal[] = [];
  sim.signals$.subscribe((s) => s.kind === 'signal' && signals.push(s));
  sim.spawn(healthMonitorMachine, { id: 'monitor', input: (env) => ({ env, members, timeoutMs, checkMs }) });
  const declared = (): [number, string, string][] => signals.map((s) => [s.time, s.type, (s.payload as { node: string }).node]);
  return { sim, declared };
}

describe('healthMonitorMachine', () => {
  it('should declare a silent member dead at the first sweep after the timeout', () => {
    const { sim, declared } = monitorSim(['a', 'b'], 1000, 300);
    for (const t of [400, 800, 1200, 1600]) sim.kernel.scheduleAt(t, () => sim.inject('monitor', { type: 'heartbeat', from: 'a' } as { type: string }));
    sim.run({ until: 3000 });
    // b silent since 0: due at 1000, swept at 1200. a last heard at 1600: due at 2600, swept at 2700.
    expect(declared()).toEqual([
      [1200, 'declared_dead', 'b'],
      [2700, 'declared_dead', 'a'],
    ]);
  });

  it('should announce a declared member that is heard again, and can declare it again', () => {
    const { sim, declared } = monitorSim(['a'], 500, 100);
    sim.kernel.scheduleAt(750, () => sim.inject('monitor', { type: 'heartbeat', from: 'a' } as { type: string }));
    sim.run({ until: 1400 });
    expect(declared()).toEqual([
      [500, 'declared_dead', 'a'],
      [750, 'declared_alive', 'a'],
      [1300, 'declared_dead', 'a'],
    ]);
  });

  it('should keep one pending timer however many members it watches', () => {
    const members = Array.from({ length: 1000 }, (_, i) => `m${i}`);
    const { sim } = monitorSim(members, 1000, 100);
    expect(sim.kernel.pending).toBe(1);
    sim.run({ until: 550 });
    expect(sim.kernel.pending).toBe(1);
  });
});
