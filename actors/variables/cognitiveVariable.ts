/**
 * A cognitive variable as an actor: it owns a {@link CognitiveValue} and serves requests one at a
 * time (a single-server queue; each takes a service time drawn from `processing`):
 *
 * - `change_value` scope `local`: set the value here → `variable_updated`.
 * - `change_value` scope `cluster`: set it, propagate it to every affected agent, collect their
 *   acks (re-sending to the silent ones up to `retries` times every `ackTimeoutMs`), then confirm
 *   with `variable_updated`.
 * - `coordinate_change`: a change that needs the affected agents' consent — propose, collect
 *   votes, and commit when all said yes (then await commit acks), or abort on a no or when
 *   `voteTimeoutMs` passes → `coordination_completed` (consensus and notification times).
 * - `performance_feedback`: learn, propose a new value; a change of at least
 *   `coordinationThreshold` is coordinated as above, a smaller one is applied locally →
 *   `adaptation_completed` (magnitude, whether coordination was triggered).
 *
 * On start it sends its initial value to the affected agents (`variable_created` when all acked).
 * Every signal carries `ms`, measured on virtual time from the request's `at`.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted, Distribution } from '../../engine/index.js';
import { sameValue, type CognitiveValue, type VariableSpec, type VariableValue } from './CognitiveValue.js';
import { createCognitiveValue } from './createCognitiveValue.js';
import { Fifo } from '../common/Fifo.js';
import { outMessage, outSignal } from '../common/outbound.js';
import type { AgentToVariable, VariableRequest } from './variableProtocol.js';

/** Input of {@link cognitiveVariableMachine}. */
export interface CognitiveVariableInput {
  env: ActorEnv;
  spec: VariableSpec;
  /** Agents that hold the value and must consent to coordinated changes. */
  affected: readonly string[];
  processing: Distribution;
  ackTimeoutMs: number;
  voteTimeoutMs: number;
  retries: number;
  coordinationThreshold: number;
  /** Test-only broken variants. */
  bugs?: { commitWithoutQuorum?: boolean; skipBoundsCheck?: boolean };
}

interface Proposal {
  pid: number;
  value: VariableValue;
  version: number;
  oldVersion: number;
  proposedAt: number;
  decidedAt: number;
  magnitude: number;
}

interface VariableContext extends CognitiveVariableInput {
  cv: CognitiveValue;
  createdAt: number;
  version: number;
  queue: Fifo<VariableRequest>;
  job: VariableRequest | undefined;
  serviceMs: number;
  mode: 'init' | 'cluster';
  waiting: Set<string>;
  tries: number;
  nextPid: number;
  proposal: Proposal | undefined;
  adaptation: { value: VariableValue; magnitude: number } | undefined;
}

type VariableEvent = VariableRequest | AgentToVariable;
const REQUESTS = ['change_value', 'coordinate_change', 'performance_feedback'] as const;
const enqueueAll = Object.fromEntries(REQUESTS.map((t) => [t, { actions: 'enqueue' as const }]));

/** A cognitive variable (float, choice or team) with local/cluster updates, coordination and adaptation. */
export const cognitiveVariableMachine = setup({
  types: {
    context: {} as VariableContext,
    input: {} as CognitiveVariableInput,
    events: {} as VariableEvent,
    emitted: {} as AgentsimEmitted,
  },
  delays: {
    service: ({ context }) => context.serviceMs,
    ackTimeout: ({ context }) => context.ackTimeoutMs,
    voteTimeout: ({ context }) => context.voteTimeoutMs,
  },
  guards: {
    hasWork: ({ context }) => context.queue.size > 0,
    hasAffected: ({ context }) => context.affected.length > 0,
    isLocal: ({ context }) => context.job?.type === 'change_value' && context.job.scope === 'local',
    isCluster: ({ context }) => context.job?.type === 'change_value' && context.job.scope === 'cluster' && context.affected.length > 0,
    isCoordinate: ({ context }) => context.job?.type === 'coordinate_change' && context.affected.length > 0,
    adaptUnchanged: ({ context }) => context.adaptation !== undefined && sameValue(context.adaptation.value, context.cv.value),
    adaptCoordinate: ({ context }) =>
      context.adaptation !== undefined && context.adaptation.magnitude >= context.coordinationThreshold && context.affected.length > 0,
    isAck: ({ context, event }) => event.type === 'var_ack' && event.version === context.version && context.waiting.has(event.from),
    lastAck: ({ context, event }) => event.type === 'var_ack' && event.version === context.version && context.waiting.size === 1 && context.waiting.has(event.from),
    triesLeft: ({ context }) => context.tries < context.retries,
    // The broken variant ignores no votes and commits on a bare majority (see completesQuorum).
    votesNo: ({ context, event }) => !context.bugs?.commitWithoutQuorum && event.type === 'var_vote' && event.pid === context.proposal?.pid && !event.yes,
    isYes: ({ context, event }) => event.type === 'var_vote' && event.pid === context.proposal?.pid && event.yes && context.waiting.has(event.from),
    completesQuorum: ({ context, event }) => {
      if (event.type !== 'var_vote' || event.pid !== context.proposal?.pid || !event.yes || !context.waiting.has(event.from)) return false;
      const yes = context.affected.length - context.waiting.size + 1;
      return context.bugs?.commitWithoutQuorum ? yes * 2 > context.affected.length : context.waiting.size === 1;
    },
    isCommitAck: ({ context, event }) => event.type === 'var_commit_ack' && event.pid === context.proposal?.pid && context.waiting.has(event.from),
    lastCommitAck: ({ context, event }) =>
      event.type === 'var_commit_ack' && event.pid === context.proposal?.pid && context.waiting.size === 1 && context.waiting.has(event.from),
  },
  actions: {
    enqueue: enqueueActions(({ context, event }) => {
      context.queue.push(event as VariableRequest);
    }),
    sampleService: enqueueActions(({ context }) => {
      context.serviceMs = context.processing.sample(context.env.rng);
    }),
    startJob: enqueueActions(({ context }) => {
      context.job = context.queue.shift();
      context.adaptation = undefined;
      context.serviceMs = context.processing.sample(context.env.rng);
    }),
    prepare: enqueueActions(({ context }) => {
      const job = context.job;
      if (job?.type === 'performance_feedback') context.adaptation = context.cv.propose(job.feedback, context.env.rng);
    }),
    beginInit: enqueueActions(({ context }) => {
      context.mode = 'init';
      context.waiting = new Set(context.affected);
      context.tries = 0;
    }),
    applyCluster: enqueueActions(({ context }) => {
      const job = context.job as Extract<VariableRequest, { type: 'change_value' }>;
      context.cv.set(job.value, !context.bugs?.skipBoundsCheck);
      context.version++;
      context.mode = 'cluster';
      context.waiting = new Set(context.affected);
      context.tries = 0;
    }),
    sendPropagate: enqueueActions(({ context, enqueue }) => {
      for (const agent of context.waiting) {
        enqueue.emit(outMessage(agent, { type: context.mode === 'init' ? 'var_init' : 'var_propagate', var: context.env.id, value: context.cv.value, version: context.version }));
      }
    }),
    retry: enqueueActions(({ context }) => {
      context.tries++;
    }),
    recordAck: enqueueActions(({ context, event }) => {
      context.waiting.delete((event as { from: string }).from);
    }),
    confirmPropagation: enqueueActions(({ context, enqueue }) => {
      if (context.mode === 'init') {
        enqueue.emit(outSignal('variable_created', created(context)));
        return;
      }
      const job = context.job!;
      enqueue.emit(outSignal('variable_updated', updated(context, 'cluster', job.at)));
      reply(context, enqueue.emit);
    }),
    applyLocal: enqueueActions(({ context, enqueue }) => {
      const job = context.job!;
      const value = job.type === 'performance_feedback' ? context.adaptation!.value : (job as { value: VariableValue }).value;
      context.cv.set(value, !context.bugs?.skipBoundsCheck);
      context.version++;
      enqueue.emit(outSignal('variable_updated', updated(context, 'local', job.at)));
      if (job.type === 'performance_feedback') enqueue.emit(outSignal('adaptation_completed', adapted(context, true, false, true)));
      reply(context, enqueue.emit);
    }),
    adaptUnchanged: enqueueActions(({ context, enqueue }) => {
      enqueue.emit(outSignal('adaptation_completed', adapted(context, false, false, true)));
      reply(context, enqueue.emit);
    }),
    propose: enqueueActions(({ context, enqueue }) => {
      const job = context.job!;
      const requested = job.type === 'performance_feedback' ? context.adaptation!.value : (job as { value: VariableValue }).value;
      const raw = context.bugs?.skipBoundsCheck ? requested : context.cv.bound(requested);
      const now = context.env.now();
      context.proposal = {
        pid: context.nextPid++,
        value: raw,
        version: context.version + 1,
        oldVersion: context.version,
        proposedAt: now,
        decidedAt: now,
        magnitude: context.adaptation?.magnitude ?? 0,
      };
      context.waiting = new Set(context.affected);
      for (const agent of context.affected) {
        enqueue.emit(outMessage(agent, { type: 'var_propose', var: context.env.id, pid: context.proposal.pid, value: raw, version: context.proposal.version }));
      }
    }),
    recordYes: enqueueActions(({ context, event }) => {
      context.waiting.delete((event as { from: string }).from);
    }),
    commit: enqueueActions(({ context, enqueue }) => {
      const p = context.proposal!;
      p.decidedAt = context.env.now();
      context.cv.set(p.value, !context.bugs?.skipBoundsCheck);
      context.version = p.version;
      context.waiting = new Set(context.affected);
      context.tries = 0;
      for (const agent of context.affected) enqueue.emit(outMessage(agent, { type: 'var_commit', var: context.env.id, pid: p.pid }));
    }),
    resendCommit: enqueueActions(({ context, enqueue }) => {
      context.tries++;
      for (const agent of context.waiting) enqueue.emit(outMessage(agent, { type: 'var_commit', var: context.env.id, pid: context.proposal!.pid }));
    }),
    finishCommit: enqueueActions(({ context, enqueue }) => {
      const job = context.job!;
      const p = context.proposal!;
      const now = context.env.now();
      enqueue.emit(outSignal('variable_updated', updated(context, 'coordinated', job.at)));
      enqueue.emit(
        outSignal('coordination_completed', {
          var: context.env.id,
          success: true,
          pid: p.pid,
          ms: now - job.at,
          consensusMs: p.decidedAt - p.proposedAt,
          notificationMs: now - p.decidedAt,
        }),
      );
      if (job.type === 'performance_feedback') enqueue.emit(outSignal('adaptation_completed', adapted(context, true, true, true)));
      reply(context, enqueue.emit);
    }),
    abort: enqueueActions(({ context, enqueue }) => {
      const job = context.job!;
      const p = context.proposal!;
      const now = context.env.now();
      for (const agent of context.affected) enqueue.emit(outMessage(agent, { type: 'var_abort', var: context.env.id, pid: p.pid }));
      enqueue.emit(
        outSignal('coordination_completed', {
          var: context.env.id,
          success: false,
          pid: p.pid,
          oldVersion: p.oldVersion,
          ms: now - job.at,
          consensusMs: now - p.proposedAt,
        }),
      );
      if (job.type === 'performance_feedback') enqueue.emit(outSignal('adaptation_completed', adapted(context, false, true, false)));
      reply(context, enqueue.emit);
    }),
  },
}).createMachine({
  id: 'cognitive-variable',
  context: ({ input }) => ({
    ...input,
    cv: createCognitiveValue(input.spec),
    createdAt: input.env.now(),
    version: 1,
    queue: new Fifo<VariableRequest>(),
    job: undefined,
    serviceMs: 0,
    mode: 'init',
    waiting: new Set<string>(),
    tries: 0,
    nextPid: 1,
    proposal: undefined,
    adaptation: undefined,
  }),
  initial: 'creating',
  on: enqueueAll,
  states: {
    creating: {
      entry: 'sampleService',
      after: { service: [{ guard: 'hasAffected', target: 'propagating', actions: 'beginInit' }, { target: 'created' }] },
    },
    created: { entry: enqueueActions(({ context, enqueue }) => enqueue.emit(outSignal('variable_created', created(context)))), always: 'next' },
    idle: { on: Object.fromEntries(REQUESTS.map((t) => [t, { target: 'busy', actions: 'enqueue' as const }])) },
    busy: { entry: 'startJob', after: { service: 'dispatch' } },
    dispatch: {
      entry: 'prepare',
      always: [
        { guard: 'isCluster', target: 'propagating', actions: 'applyCluster' },
        { guard: 'isCoordinate', target: 'voting', actions: 'propose' },
        { guard: 'adaptUnchanged', target: 'next', actions: 'adaptUnchanged' },
        { guard: 'adaptCoordinate', target: 'voting', actions: 'propose' },
        // Local changes, and cluster/coordinated ones for a variable that affects no agent.
        { target: 'next', actions: 'applyLocal' },
      ],
    },
    propagating: {
      entry: 'sendPropagate',
      on: {
        var_ack: [
          { guard: 'lastAck', target: 'next', actions: ['recordAck', 'confirmPropagation'] },
          { guard: 'isAck', actions: 'recordAck' },
        ],
      },
      after: {
        ackTimeout: [
          { guard: 'triesLeft', target: 'propagating', reenter: true, actions: 'retry' },
          { target: 'next', actions: 'confirmPropagation' },
        ],
      },
    },
    voting: {
      on: {
        var_vote: [
          { guard: 'votesNo', target: 'next', actions: 'abort' },
          { guard: 'completesQuorum', target: 'committing', actions: ['recordYes', 'commit'] },
          { guard: 'isYes', actions: 'recordYes' },
        ],
      },
      after: { voteTimeout: { target: 'next', actions: 'abort' } },
    },
    committing: {
      on: {
        var_commit_ack: [
          { guard: 'lastCommitAck', target: 'next', actions: ['recordAck', 'finishCommit'] },
          { guard: 'isCommitAck', actions: 'recordAck' },
        ],
      },
      after: {
        ackTimeout: [
          { guard: 'triesLeft', target: 'committing', reenter: true, actions: 'resendCommit' },
          { target: 'next', actions: 'finishCommit' },
        ],
      },
    },
    next: { always: [{ guard: 'hasWork', target: 'busy' }, { target: 'idle' }] },
  },
});

function created(context: VariableContext) {
  return { var: context.env.id, ms: context.env.now() - context.createdAt, acked: context.affected.length - context.waiting.size, affected: context.affected.length };
}

function updated(context: VariableContext, scope: 'local' | 'cluster' | 'coordinated', at: number) {
  return {
    var: context.env.id,
    scope,
    value: context.cv.value,
    version: context.version,
    ms: context.env.now() - at,
    acked: scope === 'local' ? 0 : context.affected.length - context.waiting.size,
    affected: context.affected.length,
  };
}

function adapted(context: VariableContext, valueChanged: boolean, coordinationTriggered: boolean, success: boolean) {
  return {
    var: context.env.id,
    ms: context.env.now() - context.job!.at,
    valueChanged,
    magnitude: context.adaptation?.magnitude ?? 0,
    coordinationTriggered,
    success,
    value: context.cv.value,
  };
}

function reply(context: VariableContext, emit: (e: AgentsimEmitted) => void): void {
  const job = context.job!;
  if (job.replyTo === undefined) return;
  emit(outMessage(job.replyTo, { type: 'variable_done', var: context.env.id, req: job.req, value: context.cv.value, version: context.version }));
}
