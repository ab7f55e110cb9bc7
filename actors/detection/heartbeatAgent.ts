/**
 * An agent that announces it is alive: after a random initial phase it sends `heartbeat` to its
 * monitor every `heartbeatMs`. The phase keeps thousands of agents from beating in lockstep.
 */
import { setup } from 'xstate';
import { selfTimer } from '../../engine/index.js';

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

/**
 * Heartbeat agent: one host timer sends the heartbeat after the phase and then every
 * `heartbeatMs`. Between beats there is no state-machine logic, so the host sends each beat
 * itself: no transition per beat (see `selfTimer`'s `send`).
 */
export const heartbeatAgentMachine = setup({
  types: { context: {} as HeartbeatAgentInput, input: {} as HeartbeatAgentInput },
}).createMachine({
  id: 'heartbeat-agent',
  context: ({ input }) => input,
  entry: selfTimer('beat', ({ context, self }) => ({
    delay: context.phaseMs,
    every: context.heartbeatMs,
    send: { to: context.monitor, event: { type: 'heartbeat', from: self.id } satisfies HeartbeatEvent },
  })),
});
