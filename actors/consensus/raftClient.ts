/**
 * A Raft client: on `raft.submit` it sends the command to a random participant, which forwards
 * it to the leader it knows (or drops it when it knows none). Stateless and timer-free, so the
 * thousands of clients of a large run cost no more than idle actors. There are no retries: a
 * command lost to a crash, partition or election is lost, which is what `success_ratio` measures.
 */
import { setup } from 'xstate';
import { netSend, type ActorEnv } from '../../engine/index.js';

/** Input of {@link raftClientMachine}. */
export interface RaftClientInput {
  env: ActorEnv;
  /** Ids of the Raft participants (shared, not copied). */
  participants: readonly string[];
}

/** A client's submission, injected by the workload. */
export interface RaftSubmitEvent {
  type: 'raft.submit';
  cmd: string;
}

/** Stateless Raft client. */
export const raftClientMachine = setup({
  types: { context: {} as RaftClientInput, input: {} as RaftClientInput, events: {} as RaftSubmitEvent },
}).createMachine({
  id: 'raft-client',
  context: ({ input }) => input,
  on: {
    'raft.submit': {
      actions: netSend(
        ({ context }) => (context as RaftClientInput).env.rng.pick((context as RaftClientInput).participants),
        ({ event }) => ({ type: 'raft.request', cmd: (event as RaftSubmitEvent).cmd }),
      ),
    },
  },
});
