/**
 * The health endpoint of a node polled by a central checker: answers every `health_check`
 * with `health_ok` carrying the same round number (like an HTTP `/health` route returning 200).
 */
import { setup } from 'xstate';
import { netSend, type AgentsimEmitted } from '../../engine/index.js';

/** A health-check request for round `round`. */
export interface HealthCheckEvent {
  type: 'health_check';
  from: string;
  round: number;
}
/** The reply to a health check. */
export interface HealthOkEvent {
  type: 'health_ok';
  from: string;
  round: number;
}

/** Health endpoint: replies to each check. */
export const healthEndpointMachine = setup({
  types: { events: {} as HealthCheckEvent, emitted: {} as AgentsimEmitted },
}).createMachine({
  id: 'health-endpoint',
  initial: 'serving',
  states: {
    serving: {
      on: {
        health_check: {
          actions: netSend(
            ({ event }) => event.from,
            ({ event, self }) => ({ type: 'health_ok', from: self.id, round: event.round }),
          ),
        },
      },
    },
  },
});
