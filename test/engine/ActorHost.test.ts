import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assign, raise, setup } from 'xstate';
import { createSimulation, netSend, publish, type ActorEnv, type AgentsimEmitted, type Signal, type Simulation } from '../../engine/index.js';

/** Records every signal of `sim`. */
function collect(sim: Simulation): Signal[] {
  const out: Signal[] = [];
  sim.signals$.subscribe((s) => out.push(s));
  return out;
}

/** Counts `inc` events; `boom` throws inside an action; publishes `count` on every increment. */
const counterMachine = setup({
  types: {
    context: {} as { count: number; draw: number },
    input: {} as { env: ActorEnv } | undefined,
    events: {} as { type: 'inc' } | { type: 'boom' },
    emitted: {} as AgentsimEmitted,
  },
}).createMachine({
  id: 'counter',
  context: ({ input }) => ({ count: 0, draw: input?.env.rng.next() ?? 0 }),
  initial: 'idle',
  states: {
    idle: {
      on: {
        inc: { actions: [assign({ count: ({ context }) => context.count + 1 }), publish('count', ({ context }: { context: { count: number } }) => context.count)] },
        boom: {
          actions: () => {
            throw new Error('kaboom');
          },
        },
      },
    },
  },
});

/** Publishes `tick` every `period` ms of its own clock, via an `after` transition. */
const tickerMachine = setup({
  types: { context: {} as { period: number }, input: {} as { period: number }, emitted: {} as AgentsimEmitted },
  delays: { period: ({ context }) => context.period },
}).createMachine({
  id: 'ticker',
  context: ({ input }) => ({ period: input.period }),
  initial: 'ticking',
  states: { ticking: { after: { period: { target: 'ticking', reenter: true, actions: publish('tick') } } } },
});

/** Waits `delays[i]` per step with an `after` transition, publishing `step` each time. */
const stepperMachine = setup({
  types: { context: {} as { delays: number[]; i: number }, input: {} as { delays: number[] }, emitted: {} as AgentsimEmitted },
  delays: { next: ({ context }) => context.delays[context.i]! },
  guards: { more: ({ context }) => context.i < context.delays.length },
}).createMachine({
  id: 'stepper',
  context: ({ input }) => ({ delays: input.delays, i: 0 }),
  initial: 'check',
  states: {
    check: { always: [{ guard: 'more', target: 'waiting' }, { target: 'done' }] },
    waiting: { after: { next: { target: 'check', actions: [assign({ i: ({ context }) => context.i + 1 }), publish('step')] } } },
    done: {},
  },
});

/** A delayed self-send (explicit id) per step, publishing `step` when it arrives. */
const delayedSelfSendMachine = setup({
  types: { context: {} as { delays: number[]; i: number }, input: {} as { delays: number[] }, events: {} as { type: 'tick' }, emitted: {} as AgentsimEmitted },
}).createMachine({
  id: 'delayed-self-send',
  context: ({ input }) => ({ delays: input.delays, i: 0 }),
  initial: 'running',
  states: {
    running: {
      entry: raise({ type: 'tick' }, { id: 'tick', delay: ({ context }) => context.delays[context.i]! }),
      on: {
        tick: [
          { guard: ({ context }) => context.i + 1 < context.delays.length, target: 'running', reenter: true, actions: [assign({ i: ({ context }) => context.i + 1 }), publish('step')] },
          { target: 'done', actions: publish('step') },
        ],
      },
    },
    done: {},
  },
});

/** Waits 1000 ms for `done`; a `poke` restarts the wait (re-entering the state re-arms the timer). */
const waiterMachine = setup({ types: { events: {} as { type: 'poke' }, emitted: {} as AgentsimEmitted } }).createMachine({
  id: 'waiter',
  initial: 'waiting',
  states: {
    waiting: { after: { 1000: 'done' }, on: { poke: { target: 'waiting', reenter: true } } },
    done: { entry: publish('done') },
  },
});

/** Answers every `ping` with a `pong` to the sender through the network. */
const pongMachine = setup({ types: { events: {} as { type: 'ping'; from: string }, emitted: {} as AgentsimEmitted } }).createMachine({
  id: 'pong',
  on: { ping: { actions: netSend(({ event }) => event.from, { type: 'pong' }) } },
});

const cumulative = (delays: number[]): number[] => {
  let t = 0;
  return delays.map((d) => (t += d));
};
const timesOf = (signals: Signal[], pred: (s: Signal) => boolean): number[] => signals.filter(pred).map((s) => s.time);

describe('ActorHost', () => {
  test.prop([fc.array(fc.double({ min: 0, max: 5000, noNaN: true }), { minLength: 1, maxLength: 15 }), fc.integer()])(
    'should fire after transitions of hosted actors at exactly the virtual due time',
    (delays, seed) => {
      const sim = createSimulation({ seed });
      const signals = collect(sim);
      sim.spawn(stepperMachine, { id: 's', input: { delays } });
      sim.run();
      expect(timesOf(signals, (s) => s.kind === 'signal' && s.type === 'step')).toEqual(cumulative(delays));
      expect(timesOf(signals, (s) => s.kind === 'timer')).toEqual(cumulative(delays));
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 15 })])(
    'should deliver delayed sends of hosted actors at exactly the virtual due time',
    (delays) => {
      const sim = createSimulation({ seed: 1 });
      const signals = collect(sim);
      sim.spawn(delayedSelfSendMachine, { id: 'd', input: { delays } });
      sim.run();
      expect(timesOf(signals, (s) => s.kind === 'signal' && s.type === 'step')).toEqual(cumulative(delays));
    },
  );

  it('should reject a second actor with the same id', () => {
    const sim = createSimulation({ seed: 1 });
    sim.spawn(counterMachine, { id: 'c' });
    expect(() => sim.spawn(counterMachine, { id: 'c' })).toThrow(RangeError);
  });

  it('should record state changes as state events', () => {
    const sim = createSimulation({ seed: 1 });
    const signals = collect(sim);
    sim.spawn(waiterMachine, { id: 'w' });
    sim.run();
    expect(signals.filter((s) => s.kind === 'state').map((s) => [s.time, s.type])).toEqual([
      [0, 'waiting'],
      [1000, 'done'],
    ]);
  });

  it('should turn an action error into an actor-error fault without crashing the run', () => {
    const sim = createSimulation({ seed: 1 });
    const signals = collect(sim);
    sim.spawn(counterMachine, { id: 'bad', node: 'n1' });
    sim.spawn(tickerMachine, { id: 'ticker', node: 'n2', input: { period: 100 } });
    sim.kernel.schedule(250, () => sim.inject('bad', { type: 'boom' }));
    sim.kernel.schedule(300, () => sim.inject('bad', { type: 'inc' }));
    expect(() => sim.run({ until: 1000 })).not.toThrow();
    const faults = signals.filter((s) => s.kind === 'fault');
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatchObject({ time: 250, src: 'bad', dst: 'bad', type: 'actor-error', payload: { message: 'kaboom' } });
    expect(sim.actor('bad')).toBeNull();
    // The failed actor is gone: later messages to it are dropped; other actors keep running.
    expect(signals.find((s) => s.kind === 'drop' && s.time === 300)?.payload).toEqual({ reason: 'crashed' });
    expect(timesOf(signals, (s) => s.type === 'tick')).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(sim.finish().virtualTimeMs).toBe(1000);
  });

  it('should turn an error thrown while starting into an actor-error fault', () => {
    const throwingStart = setup({}).createMachine({
      id: 'throwing-start',
      entry: () => {
        throw new Error('bad start');
      },
    });
    const sim = createSimulation({ seed: 1 });
    const signals = collect(sim);
    expect(() => sim.spawn(throwingStart, { id: 'x' })).not.toThrow();
    sim.run({ until: 10 });
    expect(signals.filter((s) => s.kind === 'fault').map((s) => [s.type, s.payload])).toEqual([['actor-error', { message: 'bad start' }]]);
    expect(sim.actor('x')).toBeNull();
  });

  it('should stop a crashed node\'s actors and drop messages to them as crashed', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:10' } });
    const signals = collect(sim);
    sim.spawn(counterMachine, { id: 'c', node: 'n1' });
    sim.spawn(tickerMachine, { id: 't', node: 'n1', input: { period: 100 } });
    sim.faults.at(250).crash('n1');
    sim.kernel.schedule(245, () => sim.send('env', 'c', { type: 'inc' })); // arrives at 255, after the crash
    sim.kernel.schedule(500, () => sim.send('env', 'c', { type: 'inc' }));
    sim.run({ until: 1000 });
    expect(sim.isUp('n1')).toBe(false);
    expect(sim.actor('c')).toBeNull();
    expect(sim.actor('t')).toBeNull();
    expect(timesOf(signals, (s) => s.type === 'tick')).toEqual([100, 200]);
    const drops = signals.filter((s) => s.kind === 'drop');
    expect(drops.map((s) => [s.time, s.payload])).toEqual([
      [255, { reason: 'crashed' }],
      [510, { reason: 'crashed' }],
    ]);
    expect(signals.some((s) => s.kind === 'deliver')).toBe(false);
  });

  it('should restart a node\'s actors fresh, with their context reset', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:1' } });
    sim.spawn(counterMachine, { id: 'c', node: 'n1', input: (env) => ({ env }) });
    const firstDraw = (sim.actor('c')!.getSnapshot() as { context: { draw: number } }).context.draw;
    for (let i = 0; i < 3; i++) sim.kernel.schedule(10 * i, () => sim.send('env', 'c', { type: 'inc' }));
    sim.faults.at(100).crash('n1');
    sim.faults.at(200).restart('n1');
    sim.run({ until: 150 });
    sim.faults.at(150).restart('n1'); // restarting a node that is up is a no-op later on
    sim.run({ until: 300 });
    const snapshot = sim.actor('c')!.getSnapshot() as { context: { count: number; draw: number } };
    expect(sim.isUp('n1')).toBe(true);
    expect(snapshot.context.count).toBe(0);
    // A new incarnation draws from a new stream.
    expect(snapshot.context.draw).not.toBe(firstDraw);
    sim.kernel.schedule(0, () => sim.send('env', 'c', { type: 'inc' }));
    sim.run({ until: 400 });
    expect((sim.actor('c')!.getSnapshot() as { context: { count: number } }).context.count).toBe(1);
  });

  it('should keep timers of the old incarnation from firing after a restart', () => {
    const sim = createSimulation({ seed: 1 });
    const signals = collect(sim);
    sim.spawn(tickerMachine, { id: 't', input: { period: 100 } });
    sim.faults.at(150).crash('t');
    sim.faults.at(170).restart('t');
    sim.run({ until: 400 });
    expect(timesOf(signals, (s) => s.type === 'tick')).toEqual([100, 270, 370]);
  });

  it('should defer deliveries and timers on a paused node until it resumes', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:5' } });
    const signals = collect(sim);
    sim.spawn(counterMachine, { id: 'c', node: 'n1' });
    sim.spawn(tickerMachine, { id: 't', node: 'n1', input: { period: 100 } });
    sim.faults.at(150).pause('n1');
    sim.kernel.schedule(160, () => sim.send('env', 'c', { type: 'inc' }));
    sim.kernel.schedule(170, () => sim.send('env', 'c', { type: 'inc' }));
    sim.faults.at(420).resume('n1');
    sim.run({ until: 430 });
    // Nothing reached n1 while it was paused.
    const during = signals.filter((s) => s.time > 150 && s.time < 420 && (s.kind === 'deliver' || s.kind === 'timer' || s.kind === 'signal'));
    expect(during).toEqual([]);
    // On resume the waiting work runs, in order, at the resume time.
    expect(signals.filter((s) => s.kind === 'deliver').map((s) => s.time)).toEqual([420, 420]);
    expect(timesOf(signals, (s) => s.type === 'tick')).toEqual([100, 420]);
    expect(signals.filter((s) => s.type === 'count').map((s) => s.payload)).toEqual([1, 2]);
    // The ticker re-armed at resume: its next tick is one period later.
    sim.run({ until: 600 });
    expect(timesOf(signals, (s) => s.type === 'tick')).toEqual([100, 420, 520]);
  });

  it('should not fire a timer that the actor cancelled after it was deferred by a pause', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:100' } });
    const signals = collect(sim);
    sim.spawn(waiterMachine, { id: 'w' });
    sim.faults.at(500).pause('w');
    sim.kernel.schedule(500, () => sim.send('env', 'w', { type: 'poke' })); // arrives at 600, deferred
    // The 1000 ms timer falls due at 1000 while paused and is deferred after the poke.
    sim.faults.at(1200).resume('w');
    sim.run({ until: 5000 });
    // The poke re-entered `waiting` at 1200, so `done` is due at 2200, not at 1200.
    expect(timesOf(signals, (s) => s.kind === 'signal' && s.type === 'done')).toEqual([2200]);
  });

  it('should drop deferred messages when a paused node crashes', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:5' } });
    const signals = collect(sim);
    sim.spawn(counterMachine, { id: 'c', node: 'n1' });
    sim.faults.at(10).pause('n1');
    sim.kernel.schedule(20, () => sim.send('env', 'c', { type: 'inc' }));
    sim.faults.at(50).crash('n1');
    sim.faults.at(60).restart('n1');
    sim.faults.at(70).resume('n1');
    sim.run({ until: 100 });
    expect(signals.some((s) => s.kind === 'deliver')).toBe(false);
    // The message that waited is accounted for: dropped when its node crashed.
    expect(signals.filter((s) => s.kind === 'drop').map((s) => [s.time, s.dst])).toEqual([[50, 'c']]);
    expect((sim.actor('c')!.getSnapshot() as { context: { count: number } }).context.count).toBe(0);
  });

  test.prop([fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0.1, max: 10, noNaN: true })])(
    'should scale timer durations by the node\'s skew rate',
    (period, rate) => {
      const sim = createSimulation({ seed: 1 });
      const signals = collect(sim);
      sim.spawn(tickerMachine, { id: 't', node: 'n1', input: { period } });
      sim.faults.at(0).skew(rate, ['n1']);
      sim.run({ until: period }); // the first tick was armed before the skew
      sim.run({ until: period + 3 * period * rate });
      const ticks = timesOf(signals, (s) => s.type === 'tick');
      expect(ticks[0]).toBe(period);
      const expected = [period];
      for (let t = period + period * rate; t <= period + 3 * period * rate; t += period * rate) expected.push(t);
      expect(ticks).toEqual(expected);
    },
  );

  it('should carry netSend messages between hosted actors through the network', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:7' } });
    const signals = collect(sim);
    sim.spawn(pongMachine, { id: 'server', node: 'n1' });
    sim.spawn(counterMachine, { id: 'client', node: 'n2' });
    sim.kernel.schedule(3, () => sim.send('client', 'server', { type: 'ping', from: 'client' } as { type: string }));
    sim.run({ until: 100 });
    const messages = signals.filter((s) => s.kind === 'send' || s.kind === 'deliver').map((s) => [s.time, s.kind, s.src, s.dst, s.type]);
    expect(messages).toEqual([
      [3, 'send', 'client', 'server', 'ping'],
      [10, 'deliver', 'client', 'server', 'ping'],
      [10, 'send', 'server', 'client', 'pong'],
      [17, 'deliver', 'server', 'client', 'pong'],
    ]);
  });

  it.each([
    ['a negative after delay', -5, 1],
    ['a NaN after delay', Number.NaN, 1],
    ['an after delay that skew makes infinite', 1000, 1e308 * 10],
  ])('should turn %s into an actor-error fault naming the actor and the delay, and run on', (_name, delay, rate) => {
    const bad = setup({ delays: { bad: () => delay } }).createMachine({ id: 'bad', initial: 'a', states: { a: { on: { go: 'b' } }, b: { after: { bad: 'a' } } } });
    const sim = createSimulation({ seed: 1 });
    const signals = collect(sim);
    sim.spawn(bad, { id: 'x' });
    sim.spawn(tickerMachine, { id: 'ok', input: { period: 100 } });
    if (rate !== 1) sim.faults.at(0).skew(rate, ['x']);
    sim.kernel.schedule(10, () => sim.actor('x')?.send({ type: 'go' }));
    sim.run({ until: 1000 });
    const faults = signals.filter((s) => s.kind === 'fault' && s.type === 'actor-error');
    expect(faults).toHaveLength(1);
    expect((faults[0]!.payload as { message: string }).message).toBe(`actor "x" asked for a delay of ${delay * (rate === 1 ? 1 : Infinity)} ms — a delay must be a finite number >= 0`);
    expect(sim.actor('x')).toBeNull();
    expect(signals.filter((s) => s.kind === 'signal' && s.src === 'ok').length).toBeGreaterThan(5);
    expect(sim.now).toBe(1000);
  });
});
