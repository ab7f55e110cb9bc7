// The example of a user's property test in docs/library.md: their own XState machines, hosted on agentsim,
// checked under random seeds and fault plans. In a user's project the imports are
// `from 'agentsim'` and `from 'agentsim/testing'`.
import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { setup } from 'xstate';
import { createSimulation, netSend, publish, type AgentsimEmitted } from '../../index.js';
import { faultPlanArbitrary, seedArbitrary, watchNoDeliveryToCrashed } from '../../testing/index.js';

// A client that pings a server every 100 ms and counts the pongs; the server answers each ping.
const client = setup({
  types: { context: {} as { pings: number; pongs: number }, emitted: {} as AgentsimEmitted },
}).createMachine({
  context: { pings: 0, pongs: 0 },
  initial: 'running',
  states: {
    running: {
      after: {
        100: {
          target: 'running',
          reenter: true,
          actions: [({ context }) => void context.pings++, netSend('server', ({ self }) => ({ type: 'ping', from: self.id }))],
        },
      },
      on: { pong: { actions: [({ context }) => void context.pongs++, publish('pong')] } },
    },
  },
});
const server = setup({ types: { emitted: {} as AgentsimEmitted } }).createMachine({
  on: { ping: { actions: netSend(({ event }) => event.from, { type: 'pong' }) } },
});

describe('a user property over their own machines', () => {
  test.prop([seedArbitrary(), faultPlanArbitrary({ nodes: ['client', 'server'], untilMs: 5_000 })], { numRuns: 50 })(
    'should never count more pongs than pings, nor deliver to a crashed node',
    (seed, faults) => {
      const sim = createSimulation({ seed, network: { latency: 'uniform:1:30' } });
      sim.spawn(server, { id: 'server' });
      sim.spawn(client, { id: 'client' });
      sim.faults.plan(faults);
      const delivery = watchNoDeliveryToCrashed(sim);
      let pings = 0;
      let pongs = 0;
      sim.signals$.subscribe((s) => {
        if (s.kind === 'send' && s.type === 'ping') pings++;
        if (s.kind === 'signal' && s.type === 'pong') pongs++;
      });
      sim.run({ until: 6_000 });
      // Across crashes and restarts of either side, every pong answers a distinct ping.
      expect(pongs).toBeLessThanOrEqual(pings);
      expect(delivery.result().holds).toBe(true);
    },
  );
});
