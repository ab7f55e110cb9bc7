/**
 * The root (first level) of a hierarchy. On `h.start` (from the workload) it asks every group
 * leader to collect; it decides when every leader has sent its aggregate or `timeoutMs` has
 * passed, publishes `h.decided {round, total, count}` and sends the decision down to the leaders.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted } from '../engine/index.js';
import { outMessage, outSignal } from './outbound.js';

/** Input of {@link hierarchyRootMachine}. */
export interface HierarchyRootInput {
  env: ActorEnv;
  leaders: readonly string[];
  timeoutMs: number;
}

/** Events the root handles. */
export type HierarchyRootEvent = { type: 'h.start'; round: number } | { type: 'h.aggregate'; round: number; from: string; sum: number; count: number };

interface RootContext extends HierarchyRootInput {
  round: number;
  sum: number;
  count: number;
  reported: number;
}

/** Hierarchy root: collects aggregates, decides, distributes. */
export const hierarchyRootMachine = setup({
  types: { context: {} as RootContext, input: {} as HierarchyRootInput, events: {} as HierarchyRootEvent, emitted: {} as AgentsimEmitted },
  delays: { timeout: ({ context }) => context.timeoutMs },
  guards: { complete: ({ context }) => context.reported >= context.leaders.length },
  actions: {
    decide: enqueueActions(({ context, enqueue }) => {
      const decision = { type: 'h.decide', count: context.count, round: context.round, total: context.sum };
      enqueue.emit(outSignal('h.decided', { count: context.count, round: context.round, total: context.sum }));
      for (const l of context.leaders) enqueue.emit(outMessage(l, decision));
    }),
  },
}).createMachine({
  id: 'hierarchy-root',
  context: ({ input }) => ({ ...input, round: -1, sum: 0, count: 0, reported: 0 }),
  initial: 'idle',
  on: {
    'h.start': {
      target: '.collecting',
      reenter: true,
      actions: enqueueActions(({ context, event, enqueue }) => {
        context.round = event.round;
        context.sum = Math.floor(context.env.rng.next() * 100);
        context.count = 1;
        context.reported = 0;
        for (const l of context.leaders) enqueue.emit(outMessage(l, { type: 'h.collect', round: event.round }));
      }),
    },
  },
  states: {
    idle: {},
    collecting: {
      always: { guard: 'complete', target: 'idle', actions: 'decide' },
      on: {
        'h.aggregate': {
          actions: ({ context, event }) => {
            if (event.round !== context.round) return;
            context.sum += event.sum;
            context.count += event.count;
            context.reported++;
          },
        },
      },
      after: { timeout: { target: 'idle', actions: 'decide' } },
    },
  },
});
