/**
 * A Raft participant as an XState machine: the states (`follower`, `candidate`, `leader`) arm the
 * one timer each role needs; the protocol itself is a {@link RaftCore} kept in context and mutated
 * in place. A heartbeat does not re-arm the follower's timer: the timer fires at the old
 * deadline, sees the deadline moved, and re-arms for the remainder — one timer per election
 * timeout instead of one per heartbeat.
 *
 * Signals: `raft.candidate {term}`, `raft.leader {term}`, `raft.commit {from, index, term}` (leaders only: entries
 * from..index became committed), `raft.dropped {cmd}` (a request arrived where no leader is known).
 */
import { enqueueActions, setup } from 'xstate';
import { coveragePoints, type ActorEnv, type AgentsimEmitted } from '../../engine/index.js';
import { flushEffects } from '../common/outbound.js';
import { RAFT_COVERAGE } from './raftCoverage.js';
import { RaftCore, type RaftConfig, type RaftDisk, type RaftMessage, type RaftRole } from './RaftCore.js';

/** Input of {@link raftNodeMachine}. */
export interface RaftNodeInput {
  env: ActorEnv;
  config: Omit<RaftConfig, 'id'>;
  /** Stable storage; pass the same object again on restart. */
  disk: RaftDisk;
}

interface RaftNodeContext {
  env: ActorEnv;
  core: RaftCore;
}

const roleIs = (role: RaftRole) => ({ context }: { context: RaftNodeContext }) => context.core.role === role;

/** Raft participant (leader election and log replication). */
export const raftNodeMachine = setup({
  types: {
    context: {} as RaftNodeContext,
    input: {} as RaftNodeInput,
    events: {} as RaftMessage,
    emitted: {} as AgentsimEmitted,
  },
  guards: { isFollower: roleIs('follower'), isCandidate: roleIs('candidate'), isLeader: roleIs('leader') },
  delays: { tick: ({ context }) => context.core.timerDelay(context.env.now()) },
  actions: {
    handle: ({ context, event }) => context.core.handle(event, context.env.now()),
    timer: ({ context }) => context.core.onTimer(context.env.now()),
    flush: enqueueActions(({ context, enqueue }) => flushEffects(context.core, enqueue)),
  },
}).createMachine({
  id: 'raft-node',
  context: ({ input }) => ({
    env: input.env,
    core: new RaftCore({ ...input.config, id: input.env.id }, input.disk, input.env.rng, input.env.now(), coveragePoints(input.env.coverage, RAFT_COVERAGE)),
  }),
  initial: 'follower',
  on: {
    'raft.vote': { actions: ['handle', 'flush'] },
    'raft.voteReply': { actions: ['handle', 'flush'] },
    'raft.append': { actions: ['handle', 'flush'] },
    'raft.appendReply': { actions: ['handle', 'flush'] },
    'raft.request': { actions: ['handle', 'flush'] },
  },
  states: {
    follower: {
      always: [
        { guard: 'isCandidate', target: 'candidate' },
        { guard: 'isLeader', target: 'leader' },
      ],
      after: { tick: { target: 'follower', reenter: true, actions: ['timer', 'flush'] } },
    },
    candidate: {
      always: [
        { guard: 'isFollower', target: 'follower' },
        { guard: 'isLeader', target: 'leader' },
      ],
      after: { tick: { target: 'candidate', reenter: true, actions: ['timer', 'flush'] } },
    },
    leader: {
      always: [{ guard: 'isFollower', target: 'follower' }],
      after: { tick: { target: 'leader', reenter: true, actions: ['timer', 'flush'] } },
    },
  },
});
