import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { createSimulation, selfTimer, type Signal, type SelfTimerEvent } from '../../../engine/index.js';

/** A machine whose only behaviour is a periodic host send to `sink`; it counts transitions it makes. */
function beaconMachine(onEvent: () => void) {
  return setup({ types: { context: {} as { period: number } } }).createMachine({
    context: { period: 100 },
    entry: selfTimer('beat', ({ context, self }) => ({ delay: 10, every: context.period, send: { to: 'sink', event: { type: 'hello', from: self.id } } })),
    on: { '*': { actions: onEvent } },
  });
}

const sinkMachine = setup({}).createMachine({ on: { hello: {} } });

describe('selfTimer', () => {
  it('should send its message from the actor on each firing, with no transition of the machine', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:1' } });
    const seen: Signal[] = [];
    sim.signals$.subscribe((s) => seen.push(s));
    let transitions = 0;
    sim.spawn(sinkMachine, { id: 'sink' });
    sim.spawn(beaconMachine(() => transitions++), { id: 'b' });
    sim.run({ until: 215 });
    const mine = seen.filter((s) => s.src === 'b' && s.kind !== 'state').map((s) => `${s.time} ${s.kind} ${s.dst} ${s.type}`);
    expect(mine).toEqual(['10 timer b timer', '10 send sink hello', '11 deliver sink hello', '110 timer b timer', '110 send sink hello', '111 deliver sink hello', '210 timer b timer', '210 send sink hello', '211 deliver sink hello']);
    expect(seen.find((s) => s.kind === 'send')?.payload).toEqual({ type: 'hello', from: 'b' });
    expect(transitions).toBe(0);
  });

  it('should stop sending when the actor\'s node crashes', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:1' } });
    const sends: number[] = [];
    sim.signals$.subscribe((s) => s.kind === 'send' && sends.push(s.time));
    sim.spawn(sinkMachine, { id: 'sink' });
    sim.spawn(beaconMachine(() => {}), { id: 'b' });
    sim.faults.at(150).crash('b');
    sim.run({ until: 500 });
    expect(sends).toEqual([10, 110]);
  });

  it('should turn a timer with both an event and a send into an actor-error fault', () => {
    const sim = createSimulation({ seed: 1 });
    const faults: Signal[] = [];
    sim.signals$.subscribe((s) => s.kind === 'fault' && faults.push(s));
    const bad: Omit<SelfTimerEvent, 'type' | 'id'> = { delay: 1, event: { type: 'x' }, send: { to: 'y', event: { type: 'x' } } };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    sim.spawn(setup({}).createMachine({ entry: selfTimer('t', bad as any) }), { id: 'a' });
    sim.run({ until: 10 });
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatchObject({ src: 'a', type: 'actor-error', payload: { message: 'timer "t": give exactly one of event and send' } });
  });
});
