/**
 * A member (third level) of a hierarchy: answers its group leader's `h.query` with its value
 * and receives decisions (`h.decide`) distributed down. No timers and no state, so a member
 * costs no more than an idle actor.
 */
import { setup } from 'xstate';
import { netSend, type ActorEnv } from '../../engine/index.js';

/** Input of {@link hierarchyMemberMachine}. */
export interface HierarchyMemberInput {
  env: ActorEnv;
}

/** Events a member handles. */
export type HierarchyMemberEvent = { type: 'h.query'; round: number; from: string } | { type: 'h.decide'; round: number; total: number; count: number };

/** Hierarchy member: reports a value (uniform in [0, 100)) when queried. */
export const hierarchyMemberMachine = setup({
  types: { context: {} as HierarchyMemberInput, input: {} as HierarchyMemberInput, events: {} as HierarchyMemberEvent },
}).createMachine({
  id: 'hierarchy-member',
  context: ({ input }) => input,
  on: {
    'h.query': {
      actions: netSend(
        ({ event }) => (event as { from: string }).from,
        ({ context, event, self }) => ({
          type: 'h.report',
          from: self.id,
          round: (event as { round: number }).round,
          value: Math.floor((context as HierarchyMemberInput).env.rng.next() * 100),
        }),
      ),
    },
  },
});
