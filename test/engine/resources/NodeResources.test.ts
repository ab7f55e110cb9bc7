import { describe, expect, it } from 'vitest';
import { assign, setup } from 'xstate';
import { createSimulation, netSend, publish, roleOf, type AgentsimEmitted, type ResourceOptions, type Signal } from '../../../engine/index.js';

/** Answers every `ping` with a `pong`; counts pongs; keeps a log of what it received. */
const pingMachine = setup({
  types: { context: {} as { log: string[] }, events: {} as { type: 'ping'; from: string } | { type: 'pong' } | { type: 'go'; to: string }, emitted: {} as AgentsimEmitted },
}).createMachine({
  id: 'ping',
  context: { log: [] },
  on: {
    go: { actions: netSend(({ event }) => (event as { to: string }).to, ({ self }) => ({ type: 'ping', from: self.id })) },
    ping: { actions: [assign({ log: ({ context }) => [...context.log, 'ping'] }), netSend(({ event }) => (event as { from: string }).from, { type: 'pong' })] },
    pong: { actions: [assign({ log: ({ context }) => [...context.log, 'pong'] }), publish('pong')] },
  },
});

/** Publishes `tick` after 10 ms. */
const tickMachine = setup({ types: { emitted: {} as AgentsimEmitted } }).createMachine({
  id: 'tick',
  initial: 'waiting',
  states: { waiting: { after: { 10: { target: 'done', actions: publish('tick') } } }, done: {} },
});

function world(resources?: ResourceOptions) {
  const sim = createSimulation({ seed: 7, network: { latency: 'const:1' }, ...(resources ? { resources } : {}) });
  const signals: Signal[] = [];
  sim.signals$.subscribe((s) => signals.push(s));
  sim.spawn(pingMachine, { id: 'agent-1' });
  sim.spawn(pingMachine, { id: 'agent-2' });
  sim.spawn(tickMachine, { id: 'clock-1', node: 'agent-2' });
  const go = { type: 'go', to: 'agent-2' };
  sim.kernel.scheduleAt(0, () => sim.inject('agent-1', go));
  sim.run({ until: 100 });
  return { sim, signals, at: (type: string) => signals.find((s) => s.kind === 'signal' && s.type === type)?.time };
}

describe('roleOf', () => {
  it('should strip a trailing number from an actor id', () => {
    expect([roleOf('agent-17'), roleOf('n3.a12'), roleOf('monitor'), roleOf('lb_2'), roleOf('42')]).toEqual(['agent', 'n3.a', 'monitor', 'lb', '42']);
  });
});

describe('NodeResources', () => {
  it('should leave the trace unchanged when every cost is zero', () => {
    expect(world({ cpu: 'const:0' }).sim.traceHash).toBe(world().sim.traceHash);
  });

  it('should delay each handled message and fired timer by its CPU time', () => {
    const off = world();
    const on = world({ cpu: 'const:2' });
    // go (2) → 1 ms → ping (2) → 1 ms → pong (2): three handlings on the way.
    expect(off.at('pong')).toBe(2);
    expect(on.at('pong')).toBe(2 + 3 * 2);
    expect(on.at('tick')).toBe(10 + 2);
  });

  it('should queue work behind a busy core and charge roles their own cost', () => {
    const { at } = world({ cores: 1, cpu: 'const:1', cpuRoles: { clock: 'const:50' } });
    // The tick (t=10) holds agent-2's only core until 60.
    expect(at('tick')).toBe(60);
    expect(at('pong')).toBe(1 + 1 + 1 + 1 + 1);
  });

  it('should report utilisation per node and modelled memory per actor', () => {
    const { sim } = world({ cores: 2, cpu: 'const:1', memoryBaseBytes: 1000, entryBytes: 10 });
    const report = sim.resources!.report();
    const busy = Object.fromEntries(report.cpu.map((c) => [c.node, c.busyMs]));
    expect(busy).toEqual({ 'agent-1': 2, 'agent-2': 2 });
    const bytes = Object.fromEntries(report.memory.map((m) => [m.id, m.bytes]));
    expect(bytes).toEqual({ 'agent-1': 1000 + 10, 'agent-2': 1000 + 10, 'clock-1': 1000 });
  });
});
