/**
 * A central membership registry (the traditional service-discovery model, DNS- or Consul-like):
 * nodes `register` (answered with the full list), and `lookup` the members registered since an
 * index they already have (answered with `members` `{ index, updates }`, like an index-based
 * Consul query), so a poll costs what changed, not the whole list.
 */
import { emit, setup } from 'xstate';
import { SEND, type AgentsimEmitted, type NetSendEvent } from '../../engine/index.js';
import type { MembershipEvent } from './membershipNode.js';

/** Input of {@link membershipRegistryMachine}. */
export interface MembershipRegistryInput {
  /** Members registered before the run (copied). */
  initial: readonly string[];
}

/** Registry: one state, an append-only list of members. */
export const membershipRegistryMachine = setup({
  types: {
    context: {} as { entries: string[]; known: Set<string> },
    input: {} as MembershipRegistryInput,
    events: {} as MembershipEvent,
    emitted: {} as AgentsimEmitted,
  },
}).createMachine({
  id: 'membership-registry',
  context: ({ input }) => ({ entries: input.initial.slice(), known: new Set(input.initial) }),
  on: {
    register: {
      actions: emit(({ context, event }): NetSendEvent => {
        if (!context.known.has(event.from)) {
          context.known.add(event.from);
          context.entries.push(event.from);
        }
        const reply: MembershipEvent = { type: 'members', index: context.entries.length, updates: context.entries.slice() };
        return { type: SEND, to: event.from, event: reply };
      }),
    },
    lookup: {
      actions: emit(({ context, event }): NetSendEvent => {
        const reply: MembershipEvent = { type: 'members', index: context.entries.length, updates: context.entries.slice(event.since) };
        return { type: SEND, to: event.from, event: reply };
      }),
    },
  },
});
