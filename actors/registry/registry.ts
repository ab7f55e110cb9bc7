/**
 * The agent registry as a single-server queue: requests (register, deregister, agent_down,
 * query, gossip) wait in a FIFO and are served one at a time, each taking a service time drawn
 * from `processing` plus `perItemMs` per result or gossip entry. Registration and discovery
 * latencies therefore emerge from network latency, service time and queueing.
 *
 * Central mode (no `peers`): the one registry is the truth. Replicated mode (`peers` = the other
 * replicas): each replica serves its local agents and clients from its own table, and every
 * `gossipMs` pushes the writes it made or learned since its last round to every peer, which
 * apply them last-writer-wins. Replicas converge once gossip stops; until then a query may be
 * stale by up to about `gossipMs` + two network hops + queueing (see docs/scenarios/platform.md).
 * A replica that starts after time 0 (a restart: it comes back empty) asks every peer for its
 * whole table (`sync`); it applies the answers without relaying them.
 */
import { enqueueActions, setup } from 'xstate';
import { coveragePoints, NO_COVERAGE_POINTS, selfTimer, SIGNAL, type ActorEnv, type AgentsimEmitted, type CoveragePoints, type Distribution, type SelfTimerEvent } from '../../engine/index.js';
import type { AgentProfile, DiscoveryQuery } from './AgentProfile.js';
import { Fifo } from '../common/Fifo.js';
import { outMessage } from '../common/outbound.js';
import { heldState, lwwOutcome, REGISTRY_COVERAGE, type RegistryRole } from './registryCoverage.js';
import { RegistryTable, type RegistryEntry } from './RegistryTable.js';

/** Messages a registry accepts. */
export type RegistryRequest =
  | { type: 'register'; from: string; req: number; profile: AgentProfile }
  | { type: 'deregister'; from: string; req: number; agent: string }
  | { type: 'agent_down'; agent: string }
  | { type: 'query'; from: string; req: number; query: DiscoveryQuery }
  | { type: 'gossip'; from: string; entries: RegistryEntry[]; sync?: boolean }
  | { type: 'sync'; from: string };

/** Replies a registry sends. */
export type RegistryReply =
  | { type: 'registered'; req: number }
  | { type: 'deregistered'; req: number }
  | { type: 'query_result'; req: number; ids: string[] };

/** Input of {@link registryMachine}. */
export interface RegistryInput {
  env: ActorEnv;
  /** Service time of one request. */
  processing: Distribution;
  /** Extra service time per query result or gossip entry, in ms. */
  perItemMs: number;
  /** Other replicas (replicated mode); empty for a central registry. */
  peers: readonly string[];
  /** Gossip interval in ms (replicated mode). */
  gossipMs: number;
  /**
   * Test-only broken variant (`registry-lww-arrival-order`): writes are versioned by the
   * replica's write counter instead of the time, and a tie goes to the later arrival. Without a
   * restart one agent's writes (all made by its home replica) never tie; a restarted replica
   * counts from 0 again.
   */
  arrivalTies?: boolean;
}

interface RegistryContext extends RegistryInput {
  table: RegistryTable;
  queue: Fifo<RegistryRequest>;
  current: RegistryRequest | undefined;
  serviceMs: number;
  /** The answer of the query in service. */
  result: string[] | undefined;
  /** Writes made or learned since the last gossip round, by agent id (latest wins). */
  outbox: Map<string, RegistryEntry>;
  seq: number;
  /** Peers whose answer to this (restarted) replica's sync request has not arrived yet. */
  awaiting: Set<string>;
  /** Agents written while syncing (kept only with coverage on). */
  writtenWhileSyncing: Set<string>;
  /** `registry-replica` coverage points (a no-op unless coverage is on). */
  points: CoveragePoints;
}

const REQUEST_TYPES = ['register', 'deregister', 'agent_down', 'query', 'gossip', 'sync'] as const;

/** Registry (central, or one replica of a gossiping replicated registry). */
export const registryMachine = setup({
  types: {
    context: {} as RegistryContext,
    input: {} as RegistryInput,
    events: {} as RegistryRequest | { type: 'dirty' } | { type: 'served' },
    emitted: {} as AgentsimEmitted | SelfTimerEvent,
  },
  delays: {
    gossip: ({ context }) => context.gossipMs,
  },
  guards: {
    hasWork: ({ context }) => context.queue.size > 0,
  },
  actions: {
    enqueue: ({ context, event }) => {
      context.queue.push(event as RegistryRequest);
    },
    start: ({ context }) => {
      const job = context.queue.shift()!;
      context.current = job;
      // A query is answered from the table as of the start of its service, which it needs to know
      // its cost; the answer leaves when the service ends.
      context.result = job.type === 'query' ? context.table.query(job.query) : undefined;
      const items = job.type === 'gossip' ? job.entries.length : (context.result?.length ?? 0);
      context.serviceMs = context.processing.sample(context.env.rng) + items * context.perItemMs;
    },
    // A host timer, not an `after` that exits and re-enters `busy` per request (same due time).
    serve: selfTimer('service', ({ context }) => ({ delay: (context as RegistryContext).serviceMs, event: SERVED })),
    complete: enqueueActions(({ context, enqueue }) => {
      const job = context.current!;
      context.current = undefined;
      const now = context.env.now();
      const { points, table } = context;
      const hit = (cause: string): void => branch(context, cause);
      const write = (id: string, profile: AgentProfile | null, kind: 'register' | 'deregister' | 'agent-down'): void => {
        const seq = context.seq++;
        const entry: RegistryEntry = { id, profile, version: { origin: context.env.id, seq, time: context.arrivalTies ? seq : now } };
        if (points.enabled) {
          hit(`${kind}-${heldState(table.entry(id))}`);
          if (context.awaiting.size > 0) context.writtenWhileSyncing.add(id);
        }
        if (!table.apply(entry)) hit('write-superseded');
        if (context.peers.length > 0) context.outbox.set(id, entry);
      };
      const before = context.outbox.size;
      switch (job.type) {
        case 'register':
          write(job.profile.id, job.profile, 'register');
          enqueue.emit(outMessage(job.from, { type: 'registered', req: job.req }));
          break;
        case 'deregister':
          write(job.agent, null, 'deregister');
          enqueue.emit(outMessage(job.from, { type: 'deregistered', req: job.req }));
          break;
        case 'agent_down':
          if (context.table.get(job.agent) !== undefined) write(job.agent, null, 'agent-down');
          else hit('agent-down-ignored');
          break;
        case 'query': {
          const ids = context.result ?? [];
          context.result = undefined;
          enqueue.emit(outMessage(job.from, { type: 'query_result', req: job.req, ids }));
          break;
        }
        case 'sync':
          hit('sync-served');
          enqueue.emit(outMessage(job.from, { type: 'gossip', from: context.env.id, entries: [...context.table.all()], sync: true }));
          break;
        case 'gossip': {
          const lags: number[] = [];
          for (const entry of job.entries) {
            if (points.enabled) hit(`${job.sync ? (context.writtenWhileSyncing.has(entry.id) ? 'sync-vs-write' : 'sync') : 'gossip'}-${lwwOutcome(entry, table.entry(entry.id))}`);
            if (table.apply(entry)) {
              if (job.sync) continue;
              context.outbox.set(entry.id, entry);
              lags.push(now - entry.version.time);
            }
          }
          if (lags.length > 0) enqueue.emit({ type: SIGNAL, name: 'replicated', data: { from: job.from, lags } });
          if (job.sync && context.awaiting.delete(job.from)) points.hit('syncing', context.awaiting.size > 0 ? 'syncing' : 'serving', context.awaiting.size > 0 ? 'sync-answer' : 'sync-complete');
          break;
        }
      }
      if (before === 0 && context.outbox.size > 0) enqueue.raise({ type: 'dirty' });
    }),
    askSync: enqueueActions(({ context, enqueue }) => {
      if (context.env.now() === 0) return;
      context.points.hit('serving', 'syncing', 'restart-sync-requested');
      for (const peer of context.peers) {
        context.awaiting.add(peer);
        enqueue.emit(outMessage(peer, { type: 'sync', from: context.env.id }));
      }
    }),
    gossip: enqueueActions(({ context, enqueue }) => {
      if (context.outbox.size === 0) return;
      const entries = [...context.outbox.values()];
      context.outbox.clear();
      branch(context, 'gossip-round');
      for (const peer of context.peers) {
        // A peer never needs back an entry it originated; it would only be discarded as stale.
        enqueue.emit(outMessage(peer, { type: 'gossip', from: context.env.id, entries }));
      }
    }),
  },
}).createMachine({
  id: 'registry',
  context: ({ input }) => ({
    ...input,
    table: new RegistryTable({ arrivalTies: input.arrivalTies === true }),
    queue: new Fifo<RegistryRequest>(),
    current: undefined,
    serviceMs: 0,
    result: undefined,
    outbox: new Map(),
    seq: 0,
    awaiting: new Set(),
    writtenWhileSyncing: new Set(),
    // A central registry has no replication to cover.
    points: input.peers.length > 0 ? coveragePoints(input.env.coverage, REGISTRY_COVERAGE) : NO_COVERAGE_POINTS,
  }),
  entry: 'askSync',
  type: 'parallel',
  states: {
    server: {
      initial: 'idle',
      states: {
        idle: {
          on: Object.fromEntries(REQUEST_TYPES.map((t) => [t, { target: 'busy', actions: 'enqueue' }])),
        },
        busy: {
          entry: ['start', 'serve'],
          on: {
            ...Object.fromEntries(REQUEST_TYPES.map((t) => [t, { actions: 'enqueue' }])),
            served: [
              { guard: 'hasWork', actions: ['complete', 'start', 'serve'] },
              { target: 'idle', actions: 'complete' },
            ],
          },
        },
      },
    },
    gossip: {
      initial: 'quiet',
      states: {
        // Armed only while there is something to send, so a quiet registry schedules nothing
        // and a finite workload ends.
        quiet: { on: { dirty: 'armed' } },
        armed: { after: { gossip: { target: 'quiet', actions: 'gossip' } } },
      },
    },
  },
});

const SERVED = { type: 'served' } as const;

/** Hits `registry-replica` point `cause` in the replica's current role (syncing until every peer answered). */
function branch(context: RegistryContext, cause: string): void {
  const role: RegistryRole = context.awaiting.size > 0 ? 'syncing' : 'serving';
  context.points.hit(role, role, cause);
}
