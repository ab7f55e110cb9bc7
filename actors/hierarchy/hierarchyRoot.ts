/**
 * The root (first level) of a hierarchy. On `h.start` (from the workload) it asks every group
 * leader to collect; it decides when every leader has sent its aggregate or `timeoutMs` has
 * passed, publishes `h.decided {round, total, count}` and sends the decision down to the leaders.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted } from '../../engine/index.js';
import { addReport, NO_ROUND, startRound, type AggregationRound } from './aggregationRound.js';
import { outMessage, outSignal } from '../common/outbound.js';

/** Input of {@link hierarchyRootMachine}. */
export interface HierarchyRootInput {
  env: ActorEnv;
  leaders: readonly string[];
  timeoutMs: number;
}

/** Events the root handles. */
export type HierarchyRootEvent = { type: 'h.start'; round: number } | { type: 'h.aggregate'; round: number; from: string; sum: number; count: number };

interface RootContext extends HierarchyRootInput, AggregationRound {}

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
  context: ({ input }) => ({ ...input, ...NO_ROUND }),
  initial: 'idle',
  on: {
    'h.start': {
      target: '.collecting',
      reenter: true,
      actions: enqueueActions(({ context, event, enqueue }) => {
        startRound(context, event.round);
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
          actions: ({ context, event }) => addReport(context, event.round, event.sum, event.count),
        },
      },
      after: { timeout: { target: 'idle', actions: 'decide' } },
    },
  },
});
