/**
 * A cluster member that discovers the membership, by gossip or from a central registry.
 *
 * A node either starts as a member (it knows the initial membership) or joins: after `joinAtMs`
 * it contacts `contact` — a member (gossip) that answers with its full view, or the registry
 * (central) that registers it and answers with the full list. Then every round it:
 * - `push`: sends its hot updates (members learned in the last `retransmit` rounds) to `fanout`
 *   random known members, if it has any;
 * - `pull`: asks `fanout` random members for theirs (`pull`), each answering with a `gossip`;
 * - `push-pull`: sends its hot updates and gets the peer's back;
 * - `central`: asks the registry for the members registered since its last lookup.
 * Rounds start every `roundMs` at this node's `phaseMs` (0 for all: aligned rounds, as in the
 * analyses of rumour spreading). Each member learned is published as `member_learned` `{ member }`.
 */
import { enqueueActions, setup } from 'xstate';
import { SEND, SIGNAL, type ActorEnv, type AgentsimEmitted } from '../../engine/index.js';
import { MemberView, type MemberBase } from './MemberView.js';

/** Dissemination modes. */
export const MEMBERSHIP_MODES = ['push', 'pull', 'push-pull', 'central'] as const;
/** A dissemination mode. */
export type MembershipMode = (typeof MEMBERSHIP_MODES)[number];

/** Messages between members and the registry. */
export type MembershipEvent =
  | { type: 'join'; from: string }
  | { type: 'welcome'; members: string[] }
  | { type: 'gossip'; from: string; updates: string[] }
  | { type: 'pull'; from: string }
  | { type: 'push_pull'; from: string; updates: string[] }
  | { type: 'register'; from: string }
  | { type: 'lookup'; from: string; since: number }
  | { type: 'members'; index: number; updates: string[] };

/** Input of {@link membershipNodeMachine}. */
export interface MembershipNodeInput {
  env: ActorEnv;
  mode: MembershipMode;
  /** The membership this node starts with (shared, not copied); empty for a joining node. */
  base: MemberBase;
  /** Joining node: who it contacts (a member, or the registry in `central` mode). */
  contact?: string;
  /** Joining node: when it joins. */
  joinAtMs?: number;
  /** Central mode: the registry's actor id, and the registry index this node is up to date with. */
  registry?: string;
  since?: number;
  fanout: number;
  roundMs: number;
  /** Offset of this node's rounds in [0, roundMs). */
  phaseMs: number;
  /** Rounds a learned member stays hot (0: forever). */
  retransmit: number;
}

interface MembershipNodeContext extends MembershipNodeInput {
  view: MemberView;
  round: number;
  since: number;
}

type Emit = (e: AgentsimEmitted) => void;

function send(emit: Emit, to: string, event: MembershipEvent): void {
  emit({ type: SEND, to, event });
}

function learnAll(context: MembershipNodeContext, members: readonly string[], emit: Emit): void {
  for (const m of members) {
    if (context.view.learn(m, context.round + 1)) emit({ type: SIGNAL, name: 'member_learned', data: { member: m } });
  }
}

/** Membership node: `waiting` (to join) → `joining` → `member`, or `member` from the start. */
export const membershipNodeMachine = setup({
  types: {
    context: {} as MembershipNodeContext,
    input: {} as MembershipNodeInput,
    events: {} as MembershipEvent,
    emitted: {} as AgentsimEmitted,
  },
  delays: {
    join: ({ context }) => Math.max(0, (context.joinAtMs ?? 0) - context.env.now()),
    tick: ({ context }) => {
      const { roundMs, phaseMs } = context;
      const now = context.env.now();
      const next = phaseMs + (Math.floor((now - phaseMs) / roundMs) + 1) * roundMs;
      return next - now;
    },
  },
  guards: { joins: ({ context }) => context.contact !== undefined },
}).createMachine({
  id: 'membership-node',
  context: ({ input }) => ({ ...input, view: new MemberView(input.env.id, input.base, input.retransmit), round: 0, since: input.since ?? 0 }),
  initial: 'starting',
  on: {
    welcome: { actions: enqueueActions(({ context, event, enqueue }) => learnAll(context, event.members, enqueue.emit)) },
    gossip: { actions: enqueueActions(({ context, event, enqueue }) => learnAll(context, event.updates, enqueue.emit)) },
    members: {
      actions: enqueueActions(({ context, event, enqueue }) => {
        context.since = Math.max(context.since, event.index);
        learnAll(context, event.updates, enqueue.emit);
      }),
    },
    join: {
      actions: enqueueActions(({ context, event, enqueue }) => {
        learnAll(context, [event.from], enqueue.emit);
        send(enqueue.emit, event.from, { type: 'welcome', members: context.view.all() });
      }),
    },
    pull: {
      actions: enqueueActions(({ context, event, enqueue }) =>
        send(enqueue.emit, event.from, { type: 'gossip', from: context.env.id, updates: context.view.hotUpdates(context.round) }),
      ),
    },
    push_pull: {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const mine = context.view.hotUpdates(context.round);
        learnAll(context, event.updates, enqueue.emit);
        send(enqueue.emit, event.from, { type: 'gossip', from: context.env.id, updates: mine });
      }),
    },
  },
  states: {
    starting: { always: [{ guard: 'joins', target: 'waiting' }, { target: 'member' }] },
    waiting: {
      after: {
        join: {
          target: 'member',
          actions: enqueueActions(({ context, enqueue }) => {
            learnAll(context, [context.env.id], enqueue.emit);
            const from = context.env.id;
            send(enqueue.emit, context.contact!, context.mode === 'central' ? { type: 'register', from } : { type: 'join', from });
          }),
        },
      },
    },
    member: {
      after: {
        tick: {
          target: 'member',
          reenter: true,
          actions: enqueueActions(({ context, enqueue }) => {
            context.round++;
            const { view, env, fanout, mode } = context;
            if (mode === 'central') {
              send(enqueue.emit, context.registry!, { type: 'lookup', from: env.id, since: context.since });
              return;
            }
            const updates = mode === 'pull' ? [] : view.hotUpdates(context.round);
            if (mode === 'push' && updates.length === 0) return;
            const event: MembershipEvent =
              mode === 'pull' ? { type: 'pull', from: env.id } : mode === 'push' ? { type: 'gossip', from: env.id, updates } : { type: 'push_pull', from: env.id, updates };
            for (const to of view.targets(fanout, () => env.rng.next())) send(enqueue.emit, to, event);
          }),
        },
      },
    },
  },
});
