/**
 * A member of a broadcast group. Three dissemination modes:
 *
 * - `push` — infect-and-forward: on first receipt a member forwards to `fanout` random members.
 *   Coverage is probabilistic (the epidemic final size s = 1 − e^(−fanout·s) for large groups).
 * - `push-pull` — the same push, plus anti-entropy: every `roundMs` a member sends its digest
 *   (a bitmask of broadcast ids it holds) to a random member, which adds what it learns from the
 *   digest and replies with what the sender lacks. Coverage becomes certain given time.
 * - `tree` — a `fanout`-ary tree over the members, rooted at the broadcast's origin (positions are
 *   relative to the origin, so any member can originate): exactly members − 1 messages.
 *
 * Each broadcast is delivered to the application at most once per member (signal
 * `bc.deliver {id}`); broadcast ids are 0–30 so a digest fits in one 32-bit integer.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted } from '../../engine/index.js';
import { outMessage, outSignal } from '../common/outbound.js';

/** Dissemination mode. */
export type GossipMode = 'push' | 'push-pull' | 'tree';

/** Input of {@link gossipNodeMachine}. */
export interface GossipNodeInput {
  env: ActorEnv;
  /** Every member, in a fixed order shared by all (not copied). */
  members: readonly string[];
  /** This member's position in `members`. */
  index: number;
  mode: GossipMode;
  fanout: number;
  /** Anti-entropy period (push-pull only). */
  roundMs: number;
}

/** Messages of the broadcast protocol. */
export type GossipEvent =
  | { type: 'bc.start'; id: number }
  | { type: 'bc.msg'; id: number; origin: number }
  | { type: 'bc.pull'; from: number; have: number }
  | { type: 'bc.push'; have: number };

interface GossipContext extends GossipNodeInput {
  have: number;
  /** Random phase of the first anti-entropy round, so members do not pull in lockstep. */
  phaseMs: number;
}

type Enqueue = { emit: (e: AgentsimEmitted) => void };

function deliverNew(context: GossipContext, bits: number, enqueue: Enqueue): number {
  const fresh = bits & ~context.have;
  if (fresh === 0) return 0;
  context.have |= fresh;
  for (let id = 0; id < 31; id++) if (fresh & (1 << id)) enqueue.emit(outSignal('bc.deliver', { id }));
  return fresh;
}

function forward(context: GossipContext, id: number, origin: number, enqueue: Enqueue): void {
  const { members, index, fanout } = context;
  const n = members.length;
  const event = { type: 'bc.msg', id, origin };
  if (context.mode === 'tree') {
    const pos = (index - origin + n) % n;
    for (let c = pos * fanout + 1; c <= pos * fanout + fanout && c < n; c++) enqueue.emit(outMessage(members[(c + origin) % n]!, event));
    return;
  }
  for (let k = 0; k < fanout && n > 1; k++) {
    let peer = context.env.rng.int(n - 1);
    if (peer >= index) peer++;
    enqueue.emit(outMessage(members[peer]!, event));
  }
}

/** Broadcast group member (push, push-pull or tree). */
export const gossipNodeMachine = setup({
  types: { context: {} as GossipContext, input: {} as GossipNodeInput, events: {} as GossipEvent, emitted: {} as AgentsimEmitted },
  delays: { round: ({ context }) => context.roundMs, phase: ({ context }) => context.phaseMs },
  guards: { antiEntropy: ({ context }) => context.mode === 'push-pull' && context.members.length > 1 },
}).createMachine({
  id: 'gossip-node',
  context: ({ input }) => ({ ...input, have: 0, phaseMs: input.mode === 'push-pull' ? input.env.rng.uniform(0, input.roundMs) : 0 }),
  initial: 'start',
  on: {
    'bc.start': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        if (deliverNew(context, 1 << event.id, enqueue)) forward(context, event.id, context.index, enqueue);
      }),
    },
    'bc.msg': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        if (deliverNew(context, 1 << event.id, enqueue)) forward(context, event.id, event.origin, enqueue);
      }),
    },
    'bc.pull': {
      actions: enqueueActions(({ context, event, enqueue }) => {
        deliverNew(context, event.have, enqueue);
        const missing = context.have & ~event.have;
        if (missing !== 0) enqueue.emit(outMessage(context.members[event.from]!, { type: 'bc.push', have: missing }));
      }),
    },
    'bc.push': { actions: enqueueActions(({ context, event, enqueue }) => void deliverNew(context, event.have, enqueue)) },
  },
  states: {
    start: { always: [{ guard: 'antiEntropy', target: 'phase' }, { target: 'passive' }] },
    phase: { after: { phase: 'antiEntropy' } },
    passive: {},
    antiEntropy: {
      after: {
        round: {
          target: 'antiEntropy',
          reenter: true,
          actions: enqueueActions(({ context, enqueue }) => {
            const n = context.members.length;
            let peer = context.env.rng.int(n - 1);
            if (peer >= context.index) peer++;
            enqueue.emit(outMessage(context.members[peer]!, { type: 'bc.pull', from: context.index, have: context.have }));
          }),
        },
      },
    },
  },
});
