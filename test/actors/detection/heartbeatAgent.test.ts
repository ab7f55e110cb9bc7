import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { heartbeatAgentMachine } from '../../../actors/index.js';
import { createSimulation, type Signal } from '../../../engine/index.js';

describe('heartbeatAgentMachine', () => {
  test.prop([fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 20 })])(
    'should send its first heartbeat after the phase and then every heartbeatMs',
    (heartbeatMs, phaseFraction, beats) => {
      const phaseMs = phaseFraction * heartbeatMs;
      const sim = createSimulation({ seed: 1 });
      const sends: Signal[] = [];
      sim.signals$.subscribe((s) => s.kind === 'send' && sends.push(s));
      sim.spawn(heartbeatAgentMachine, { id: 'agent-1', input: { monitor: 'monitor', heartbeatMs, phaseMs } });
      // Due times accumulate as the kernel adds them: now + delay, one step at a time.
      const expected: number[] = [];
      for (let i = 0, t = phaseMs; i < beats; i++, t += heartbeatMs) expected.push(t);
      sim.run({ until: expected.at(-1)! });
      expect(sends.map((s) => s.time)).toEqual(expected);
      for (const s of sends) expect(s).toMatchObject({ src: 'agent-1', dst: 'monitor', type: 'heartbeat', payload: { type: 'heartbeat', from: 'agent-1' } });
    },
  );

  it('should beat on one host timer: a timer event per beat and no state change after the start', () => {
    const sim = createSimulation({ seed: 1 });
    const kinds: string[] = [];
    sim.signals$.subscribe((s) => kinds.push(s.kind));
    sim.spawn(heartbeatAgentMachine, { id: 'a', input: { monitor: 'm', heartbeatMs: 100, phaseMs: 10 } });
    sim.run({ until: 500 });
    expect(kinds.filter((k) => k === 'timer')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'state')).toHaveLength(1);
    expect(sim.kernel.pending).toBe(1);
  });

  it('should stop beating when its node crashes and start again, with a new phase, on restart', () => {
    const sim = createSimulation({ seed: 1 });
    const sends: number[] = [];
    sim.signals$.subscribe((s) => s.kind === 'send' && sends.push(s.time));
    sim.spawn(heartbeatAgentMachine, { id: 'a', input: { monitor: 'm', heartbeatMs: 100, phaseMs: 10 } });
    sim.faults.at(250).crash('a');
    sim.faults.at(420).restart('a');
    sim.run({ until: 700 });
    expect(sends).toEqual([10, 110, 210, 430, 530, 630]);
  });
});
