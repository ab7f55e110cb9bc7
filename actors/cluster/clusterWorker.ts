/**
 * An agent of a cluster node: it looks other agents up through its node's manager (`d.find`,
 * injected by the workload → `d.lookup`; the answer `d.found` is published as `d.resolved`) and
 * serves load-balanced jobs one at a time in arrival order, each for a service time drawn from
 * `service`, reporting `lb.done` to the manager that sent it. Idle workers hold no timers.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted, Distribution } from '../../engine/index.js';
import { outMessage, outSignal } from '../common/outbound.js';

/** Input of {@link clusterWorkerMachine}. */
export interface ClusterWorkerInput {
  env: ActorEnv;
  manager: string;
  service: Distribution;
}

/** Events a worker handles. */
export type ClusterWorkerEvent =
  | { type: 'd.find'; key: string }
  | { type: 'd.found'; key: string; node: number }
  | { type: 'lb.job'; id: number; mgr: string };

interface WorkerContext extends ClusterWorkerInput {
  /** Jobs waiting, the one in service first; created on the first job. */
  queue: { id: number; mgr: string }[] | null;
  serviceMs: number;
}

/** Cluster agent: discovery client and job server. */
export const clusterWorkerMachine = setup({
  types: { context: {} as WorkerContext, input: {} as ClusterWorkerInput, events: {} as ClusterWorkerEvent, emitted: {} as AgentsimEmitted },
  delays: { service: ({ context }) => context.serviceMs },
  guards: { hasWork: ({ context }) => (context.queue?.length ?? 0) > 0 },
  actions: {
    draw: ({ context }) => void (context.serviceMs = context.service.sample(context.env.rng)),
  },
}).createMachine({
  id: 'cluster-worker',
  context: ({ input }) => ({ ...input, queue: null, serviceMs: 0 }),
  initial: 'idle',
  on: {
    'd.find': { actions: enqueueActions(({ context, event, enqueue }) => enqueue.emit(outMessage(context.manager, { type: 'd.lookup', from: context.env.id, key: event.key }))) },
    'd.found': { actions: enqueueActions(({ event, enqueue }) => enqueue.emit(outSignal('d.resolved', { key: event.key, node: event.node }))) },
    'lb.job': { actions: ({ context, event }) => void (context.queue ??= []).push({ id: event.id, mgr: event.mgr }) },
  },
  states: {
    idle: { always: { guard: 'hasWork', target: 'busy' } },
    busy: {
      entry: 'draw',
      after: {
        service: {
          target: 'idle',
          actions: enqueueActions(({ context, enqueue }) => {
            const job = context.queue!.shift()!;
            enqueue.emit(outMessage(job.mgr, { type: 'lb.done', agent: context.env.id, id: job.id }));
          }),
        },
      },
    },
  },
});
