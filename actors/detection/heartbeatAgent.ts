/**
 * An agent that announces it is alive: after a random initial phase it sends `heartbeat` to its
 * monitor every `heartbeatMs`. The phase keeps thousands of agents from beating in lockstep.
 */
import { setup } from 'xstate';
import { netSend } from '../../engine/index.js';

/** Input of {@link heartbeatAgentMachine}. */
export interface HeartbeatAgentInput {
  /** Actor id of the monitor. */
  monitor: string;
  heartbeatMs: number;
  /** Delay before the first heartbeat, in [0, heartbeatMs). */
  phaseMs: number;
}

/** The heartbeat message. */
export interface HeartbeatEvent {
  type: 'heartbeat';
  from: string;
}

/** Heartbeat agent: `starting` (phase) then `alive`, beating every `heartbeatMs`. */
export const heartbeatAgentMachine = setup({
  types: { context: {} as HeartbeatAgentInput, input: {} as HeartbeatAgentInput },
  delays: {
    phase: ({ context }) => context.phaseMs,
    heartbeat: ({ context }) => context.heartbeatMs,
  },
}).createMachine({
  id: 'heartbeat-agent',
  context: ({ input }) => input,
  initial: 'starting',
  states: {
    starting: { after: { phase: 'alive' } },
    alive: {
      entry: netSend(({ context }) => context.monitor, ({ self }) => ({ type: 'heartbeat', from: self.id })),
      after: { heartbeat: { target: 'alive', reenter: true } },
    },
  },
});
