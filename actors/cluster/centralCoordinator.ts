/**
 * A traditional central coordinator for cluster-wide agreement (the baseline the seed's "Cluster
 * Coordination" improvement is measured against): one coordinator orders every command and runs
 * a two-phase commit with every participant. A participant forwards a submitted command to the
 * coordinator (`cc.request`); the coordinator sends `cc.prepare` to all participants, and when
 * every one has answered `cc.ack` it publishes `cc.committed` and sends `cc.commit`. There is no
 * failover: a crashed coordinator or participant blocks commits, as in plain 2PC.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted } from '../../engine/index.js';
import { outMessage, outSignal } from '../common/outbound.js';

/** Messages of the central-coordination protocol. */
export type CentralCoordinationEvent =
  | { type: 'cc.submit'; cmd: string }
  | { type: 'cc.request'; cmd: string }
  | { type: 'cc.prepare'; seq: number; cmd: string; from: string }
  | { type: 'cc.ack'; seq: number; from: string }
  | { type: 'cc.commit'; seq: number };

/** Input of {@link centralCoordinatorMachine}. */
export interface CentralCoordinatorInput {
  env: ActorEnv;
  /** Participant ids (shared, not copied). */
  participants: readonly string[];
}

interface CoordinatorContext extends CentralCoordinatorInput {
  seq: number;
  /** Per open command: its text and the participants that acknowledged it. */
  open: Map<number, { cmd: string; acks: Set<string> }>;
}

/** The coordinator: orders commands and commits each once every participant has acknowledged it. */
export const centralCoordinatorMachine = setup({
  types: { context: {} as CoordinatorContext, input: {} as CentralCoordinatorInput, events: {} as CentralCoordinationEvent, emitted: {} as AgentsimEmitted },
}).createMachine({
  id: 'central-coordinator',
  context: ({ input }) => ({ ...input, seq: 0, open: new Map() }),
  on: {
    'cc.request': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const seq = ++context.seq;
        context.open.set(seq, { cmd: event.cmd, acks: new Set() });
        for (const to of context.participants) enqueue.emit(outMessage(to, { type: 'cc.prepare', seq, cmd: event.cmd, from: context.env.id }));
      }),
    },
    'cc.ack': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const open = context.open.get(event.seq);
        if (open === undefined) return;
        open.acks.add(event.from);
        if (open.acks.size < context.participants.length) return;
        context.open.delete(event.seq);
        enqueue.emit(outSignal('cc.committed', { cmd: open.cmd, seq: event.seq }));
        for (const to of context.participants) enqueue.emit(outMessage(to, { type: 'cc.commit', seq: event.seq }));
      }),
    },
  },
});

/** Input of {@link coordinationParticipantMachine}. */
export interface CoordinationParticipantInput {
  env: ActorEnv;
  coordinator: string;
}

interface ParticipantContext extends CoordinationParticipantInput {
  /** Prepared commands awaiting their commit, and the committed log. */
  prepared: Map<number, string>;
  log: string[];
}

/** A participant: forwards submissions, acknowledges prepares, applies commits to its log. */
export const coordinationParticipantMachine = setup({
  types: { context: {} as ParticipantContext, input: {} as CoordinationParticipantInput, events: {} as CentralCoordinationEvent, emitted: {} as AgentsimEmitted },
}).createMachine({
  id: 'coordination-participant',
  context: ({ input }) => ({ ...input, prepared: new Map(), log: [] }),
  on: {
    'cc.submit': { actions: enqueueActions(({ context, event, enqueue }) => enqueue.emit(outMessage(context.coordinator, { type: 'cc.request', cmd: event.cmd }))) },
    'cc.prepare': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        context.prepared.set(event.seq, event.cmd);
        enqueue.emit(outMessage(event.from, { type: 'cc.ack', seq: event.seq, from: context.env.id }));
      }),
    },
    'cc.commit': {
      actions: ({ context, event }) => {
        const cmd = context.prepared.get(event.seq);
        if (cmd === undefined) return;
        context.prepared.delete(event.seq);
        context.log.push(cmd);
      },
    },
  },
});
