/**
 * The library example of docs/library.md: two XState machines of your own, hosted on agentsim, talking
 * through the simulated network, with a fault and a signal subscription. Run it with
 * `npx tsx examples/pingPong.ts` or import `pingPong` from a test.
 */
import { filter } from 'rxjs';
import { setup } from 'xstate';
import { createSimulation, netSend, publish, type AgentsimEmitted } from '../index.js';

// A pinger: every 100 ms of virtual time it pings its peer, and counts the pongs it gets back.
const pinger = setup({
  types: { context: {} as { peer: string; pongs: number }, input: {} as { peer: string }, emitted: {} as AgentsimEmitted },
}).createMachine({
  context: ({ input }) => ({ peer: input.peer, pongs: 0 }),
  initial: 'waiting',
  states: {
    waiting: {
      after: { 100: { target: 'waiting', reenter: true, actions: netSend(({ context }) => context.peer, ({ self }) => ({ type: 'ping', from: self.id })) } },
      on: { pong: { actions: [({ context }) => void context.pongs++, publish('pong')] } },
    },
  },
});

// A ponger answers every ping.
const ponger = setup({ types: { emitted: {} as AgentsimEmitted } }).createMachine({
  on: { ping: { actions: netSend(({ event }) => event.from, { type: 'pong' }) } },
});

/** Runs the example and returns what it observed. */
export function pingPong(seed = 42): { pongs: number; traceHash: string } {
  const sim = createSimulation({ seed, network: { latency: 'uniform:1:20', loss: 0.01 } });
  sim.spawn(ponger, { id: 'ponger', node: 'n1' });
  sim.spawn(pinger, { id: 'pinger', node: 'n0', input: { peer: 'ponger' } });
  sim.faults.at(2_000).crash('n1').at(3_000).restart('n1');
  let pongs = 0;
  sim.signals$.pipe(filter((s) => s.kind === 'signal' && s.type === 'pong')).subscribe(() => pongs++);
  sim.run({ until: 10_000 });
  return { pongs, traceHash: sim.traceHash };
}
