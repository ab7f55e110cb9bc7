/**
 * A cluster node's manager as an XState machine: a thin shell around {@link ClusterManagerCore}
 * (kept in context, mutated in place). It registers the node's agents with the directory on
 * start and sweeps expired resource reservations every `sweepMs` — one timer per manager, not
 * one per reservation.
 *
 * Signals: `lb.completed {agent, id}`, `ra.allocated {id}`, `ra.failed {id}`.
 */
import { enqueueActions, setup } from 'xstate';
import { coveragePoints, type ActorEnv, type AgentsimEmitted } from '../../engine/index.js';
import { CLUSTER_MANAGER_COVERAGE } from './clusterCoverage.js';
import { ClusterManagerCore, type ClusterManagerConfig, type ClusterManagerEvent } from './ClusterManagerCore.js';
import { flushEffects } from '../common/outbound.js';

/** Input of {@link clusterManagerMachine}. */
export interface ClusterManagerInput {
  env: ActorEnv;
  config: Omit<ClusterManagerConfig, 'id'>;
  sweepMs: number;
}

interface ClusterManagerContext {
  env: ActorEnv;
  core: ClusterManagerCore;
  sweepMs: number;
}

/** Cluster node manager: directory shard, local load balancer, resource share. */
export const clusterManagerMachine = setup({
  types: { context: {} as ClusterManagerContext, input: {} as ClusterManagerInput, events: {} as ClusterManagerEvent, emitted: {} as AgentsimEmitted },
  delays: { sweep: ({ context }) => context.sweepMs },
  actions: {
    flush: enqueueActions(({ context, enqueue }) => flushEffects(context.core, enqueue)),
  },
}).createMachine({
  id: 'cluster-manager',
  context: ({ input }) => ({ env: input.env, sweepMs: input.sweepMs, core: new ClusterManagerCore({ ...input.config, id: input.env.id }, input.env.rng, coveragePoints(input.env.coverage, CLUSTER_MANAGER_COVERAGE)) }),
  entry: [({ context }) => context.core.register(), 'flush'],
  on: { '*': { actions: [({ context, event }) => context.core.handle(event, context.env.now()), 'flush'] } },
  initial: 'running',
  states: {
    running: {
      after: { sweep: { target: 'running', reenter: true, actions: [({ context }) => context.core.sweep(context.env.now()), 'flush'] } },
    },
  },
});
