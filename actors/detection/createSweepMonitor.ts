/**
 * The shape every heartbeat-fed detector monitor shares: record each `heartbeat` in a table
 * (announcing `declared_alive` when a declared member is heard again) and, every `checkMs`, sweep
 * the table and announce `declared_dead` for each member it expires. The detectors differ only in
 * their table: a fixed timeout ({@link HeartbeatTable}) or accrual windows (phi, Cassandra).
 */
import { setup } from 'xstate';
import { SIGNAL, type ActorEnv, type AgentsimEmitted } from '../../engine/index.js';
import type { HeartbeatEvent } from './heartbeatAgent.js';

/** What a monitor's table does; kept in context and mutated in place. */
export interface MonitorTable {
  /** Records a heartbeat; true when `member` had been declared dead (it came back). */
  beat(member: string, now: number): boolean;
  /** Declares dead, and returns, the members the detector now suspects. */
  expire(now: number): string[];
}

/** The input fields every sweep monitor has. */
export interface SweepMonitorInput {
  env: ActorEnv;
  checkMs: number;
  /** Test-only bug `detector-never-suspects`: never declare anyone dead. */
  neverSuspects?: boolean;
}

/** Builds a sweep monitor machine whose table is made from its input by `createTable`. */
export function createSweepMonitor<TInput extends SweepMonitorInput>(id: string, createTable: (input: TInput) => MonitorTable) {
  return setup({
    types: {
      context: {} as TInput & { table: MonitorTable },
      input: {} as TInput,
      events: {} as HeartbeatEvent,
      emitted: {} as AgentsimEmitted,
    },
    delays: { check: ({ context }) => context.checkMs },
  }).createMachine({
    id,
    context: ({ input }) => ({ ...input, table: createTable(input) }),
    initial: 'monitoring',
    states: {
      monitoring: {
        on: {
          heartbeat: {
            // Plain actions with `env.emit` for the rare signal: `enqueueActions` builds its
            // helpers on every call, and this runs once per heartbeat.
            actions: ({ context, event }) => {
              if (context.table.beat(event.from, context.env.now())) context.env.emit({ type: SIGNAL, name: 'declared_alive', data: { node: event.from } });
            },
          },
        },
        after: {
          check: {
            target: 'monitoring',
            reenter: true,
            actions: ({ context }) => {
              if (context.neverSuspects) return;
              for (const node of context.table.expire(context.env.now())) context.env.emit({ type: SIGNAL, name: 'declared_dead', data: { node } });
            },
          },
        },
      },
    },
  });
}
