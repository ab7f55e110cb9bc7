/**
 * A discovery client: runs a list of queries one after another against a registry, pausing a
 * think time between them, and publishes each answer as a `discovered` signal
 * `{ index, type, ms, ids }` where `ms` is the round trip measured on virtual time.
 */
import { setup } from 'xstate';
import { netSend, publish, type ActorEnv, type AgentsimEmitted, type Distribution } from '../../engine/index.js';
import type { DiscoveryQuery } from './AgentProfile.js';
import type { RegistryReply } from './registry.js';

/** Input of {@link discoveryClientMachine}. */
export interface DiscoveryClientInput {
  env: ActorEnv;
  /** Actor id of the registry (or replica) to ask. */
  registry: string;
  queries: readonly DiscoveryQuery[];
  /** Pause between an answer and the next query. */
  thinkTime: Distribution;
}

interface DiscoveryClientContext extends DiscoveryClientInput {
  index: number;
  sentAt: number;
  thinkMs: number;
}

/** Sequential discovery client: `waiting` (for `start`) → `querying` ⇄ `thinking` → `done`. */
export const discoveryClientMachine = setup({
  types: {
    context: {} as DiscoveryClientContext,
    input: {} as DiscoveryClientInput,
    events: {} as { type: 'start' } | RegistryReply,
    emitted: {} as AgentsimEmitted,
  },
  delays: { think: ({ context }) => context.thinkMs },
  guards: {
    current: ({ context, event }) => event.type === 'query_result' && event.req === context.index,
    more: ({ context }) => context.index + 1 < context.queries.length,
    hasQueries: ({ context }) => context.queries.length > 0,
  },
  actions: {
    ask: netSend(
      ({ context }) => context.registry,
      ({ context }) => {
        context.sentAt = context.env.now();
        return { type: 'query', from: context.env.id, query: context.queries[context.index]!, req: context.index };
      },
    ),
    // Keys in canonical order (type first), which the fingerprint walks without sorting.
    report: publish('discovered', ({ context, event }: { context: DiscoveryClientContext; event: unknown }) => ({
      type: context.queries[context.index]!.type,
      ids: (event as Extract<RegistryReply, { type: 'query_result' }>).ids,
      index: context.index,
      ms: context.env.now() - context.sentAt,
    })),
    // A plain action: `enqueueActions` builds its helper closures on every call, for nothing here.
    next: ({ context }) => {
      context.index++;
      context.thinkMs = context.thinkTime.sample(context.env.rng);
    },
  },
}).createMachine({
  id: 'discovery-client',
  context: ({ input }) => ({ ...input, index: 0, sentAt: 0, thinkMs: 0 }),
  initial: 'waiting',
  states: {
    waiting: { on: { start: [{ guard: 'hasQueries', target: 'querying' }, { target: 'done' }] } },
    querying: {
      entry: 'ask',
      on: {
        query_result: { guard: 'current', target: 'check', actions: 'report' },
      },
    },
    check: { always: [{ guard: 'more', target: 'thinking', actions: 'next' }, { target: 'done' }] },
    thinking: { after: { think: 'querying' } },
    done: { type: 'final' },
  },
});
