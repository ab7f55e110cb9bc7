/**
 * A fixed-timeout failure detector: records heartbeats and, every `checkMs`, declares dead each
 * member silent for `timeoutMs` (signal `declared_dead`). A member heard from again after being
 * declared is announced with `declared_alive`.
 */
import { enqueueActions, setup } from 'xstate';
import { SIGNAL, type ActorEnv, type AgentsimEmitted } from '../engine/index.js';
import type { HeartbeatEvent } from './heartbeatAgent.js';
import { HeartbeatTable } from './HeartbeatTable.js';

/** Input of {@link healthMonitorMachine}. */
export interface HealthMonitorInput {
  env: ActorEnv;
  /** Ids of the members to watch (each counts as heard at start). */
  members: readonly string[];
  timeoutMs: number;
  checkMs: number;
  /** Test-only bug `detector-never-suspects`: never declare anyone dead. */
  neverSuspects?: boolean;
}

interface HealthMonitorContext extends HealthMonitorInput {
  table: HeartbeatTable;
}

/** Timeout failure detector with one periodic sweep. */
export const healthMonitorMachine = setup({
  types: {
    context: {} as HealthMonitorContext,
    input: {} as HealthMonitorInput,
    events: {} as HeartbeatEvent,
    emitted: {} as AgentsimEmitted,
  },
  delays: { check: ({ context }) => context.checkMs },
}).createMachine({
  id: 'health-monitor',
  context: ({ input }) => ({ ...input, table: new HeartbeatTable(input.members, input.env.now()) }),
  initial: 'monitoring',
  states: {
    monitoring: {
      on: {
        heartbeat: {
          actions: enqueueActions(({ context, event, enqueue }) => {
            if (context.table.beat(event.from, context.env.now())) {
              enqueue.emit({ type: SIGNAL, name: 'declared_alive', data: { node: event.from } });
            }
          }),
        },
      },
      after: {
        check: {
          target: 'monitoring',
          reenter: true,
          actions: enqueueActions(({ context, enqueue }) => {
            if (context.neverSuspects) return;
            for (const node of context.table.expire(context.env.now(), context.timeoutMs)) {
              enqueue.emit({ type: SIGNAL, name: 'declared_dead', data: { node } });
            }
          }),
        },
      },
    },
  },
});
