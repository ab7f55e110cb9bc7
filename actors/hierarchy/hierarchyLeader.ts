/**
 * A group leader (second level) of a hierarchy. On `h.collect` from the root it queries its
 * members and aggregates their reports (sum and count, its own value included); it sends the
 * aggregate up when every member has reported or `timeoutMs` has passed, whichever is first.
 * Decisions from the root (`h.decide`) are forwarded down to every member.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted } from '../../engine/index.js';
import { addReport, NO_ROUND, startRound, type AggregationRound } from './aggregationRound.js';
import { outMessage } from '../common/outbound.js';

/** Input of {@link hierarchyLeaderMachine}. */
export interface HierarchyLeaderInput {
  env: ActorEnv;
  root: string;
  members: readonly string[];
  /** How long to wait for members' reports before sending a partial aggregate. */
  timeoutMs: number;
}

/** Events a leader handles. */
export type HierarchyLeaderEvent =
  | { type: 'h.collect'; round: number }
  | { type: 'h.report'; round: number; from: string; value: number }
  | { type: 'h.decide'; round: number; total: number; count: number };

interface LeaderContext extends HierarchyLeaderInput, AggregationRound {}

/** Group leader: aggregates upward, distributes downward. */
export const hierarchyLeaderMachine = setup({
  types: { context: {} as LeaderContext, input: {} as HierarchyLeaderInput, events: {} as HierarchyLeaderEvent, emitted: {} as AgentsimEmitted },
  delays: { timeout: ({ context }) => context.timeoutMs },
  guards: { complete: ({ context }) => context.reported >= context.members.length },
  actions: {
    sendAggregate: enqueueActions(({ context, enqueue }) => {
      enqueue.emit(outMessage(context.root, { type: 'h.aggregate', count: context.count, from: context.env.id, round: context.round, sum: context.sum }));
    }),
  },
}).createMachine({
  id: 'hierarchy-leader',
  context: ({ input }) => ({ ...input, ...NO_ROUND }),
  initial: 'idle',
  on: {
    'h.collect': {
      target: '.collecting',
      reenter: true,
      actions: enqueueActions(({ context, event, enqueue }) => {
        startRound(context, event.round);
        const query = { type: 'h.query', from: context.env.id, round: event.round };
        for (const m of context.members) enqueue.emit(outMessage(m, query));
      }),
    },
    'h.decide': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        for (const m of context.members) enqueue.emit(outMessage(m, event));
      }),
    },
  },
  states: {
    idle: {},
    collecting: {
      always: { guard: 'complete', target: 'idle', actions: 'sendAggregate' },
      on: {
        'h.report': {
          actions: ({ context, event }) => addReport(context, event.round, event.value, 1),
        },
      },
      after: { timeout: { target: 'idle', actions: 'sendAggregate' } },
    },
  },
});
