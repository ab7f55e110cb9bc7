/**
 * An agent that announces it is alive: after a random initial phase it sends `heartbeat` to its
 * monitor every `heartbeatMs`. The phase keeps thousands of agents from beating in lockstep.
 */
import { setup } from 'xstate';
import { netSend, selfTimer } from '../../engine/index.js';

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
 * Heartbeat agent: one host timer fires `beat` after the phase and then every `heartbeatMs`, and
 * each beat sends a heartbeat. No state is re-entered per beat (see `selfTimer`).
 */
export const heartbeatAgentMachine = setup({
  types: { context: {} as HeartbeatAgentInput, input: {} as HeartbeatAgentInput, events: {} as { type: 'beat' } },
}).createMachine({
  id: 'heartbeat-agent',
  context: ({ input }) => input,
  entry: selfTimer('beat', ({ context }) => ({ delay: context.phaseMs, every: context.heartbeatMs, event: BEAT })),
  on: {
    beat: { actions: netSend(({ context }) => context.monitor, ({ self }) => ({ type: 'heartbeat', from: self.id })) },
  },
});

const BEAT = { type: 'beat' } as const;
