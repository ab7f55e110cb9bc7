/**
 * An agent that evaluates candidate programs: requests queue (FIFO) and each takes an evaluation
 * time drawn from `evalTime`; the reply carries the noisy score the optimiser sees and the
 * noise-free objective (used only for measurement).
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted, Distribution, Rng } from '../../engine/index.js';
import { Fifo } from '../common/Fifo.js';
import { outMessage } from '../common/outbound.js';

/** A request to evaluate point `x`. */
export interface EvaluateRequest {
  type: 'evaluate';
  from: string;
  id: number;
  x: number[];
}

/** The reply. */
export interface EvaluatedReply {
  type: 'evaluated';
  id: number;
  score: number;
  truth: number;
}

/** Input of {@link evaluatorAgentMachine}. */
export interface EvaluatorAgentInput {
  env: ActorEnv;
  evalTime: Distribution;
  /** The objective: a noisy score and the noise-free value at `x`. */
  objective: (x: readonly number[], rng: Rng) => { score: number; truth: number };
}

interface EvaluatorContext extends EvaluatorAgentInput {
  queue: Fifo<EvaluateRequest>;
  job: EvaluateRequest | undefined;
  serviceMs: number;
}

/** Evaluator: `idle` ⇄ `busy` (one evaluation at a time). */
export const evaluatorAgentMachine = setup({
  types: { context: {} as EvaluatorContext, input: {} as EvaluatorAgentInput, events: {} as EvaluateRequest, emitted: {} as AgentsimEmitted },
  delays: { service: ({ context }) => context.serviceMs },
  guards: { hasWork: ({ context }) => context.queue.size > 0 },
  actions: {
    enqueue: enqueueActions(({ context, event }) => {
      context.queue.push(event);
    }),
    start: enqueueActions(({ context }) => {
      context.job = context.queue.shift();
      context.serviceMs = context.evalTime.sample(context.env.rng);
    }),
    reply: enqueueActions(({ context, enqueue }) => {
      const job = context.job!;
      const { score, truth } = context.objective(job.x, context.env.rng);
      enqueue.emit(outMessage(job.from, { type: 'evaluated', id: job.id, score, truth }));
    }),
  },
}).createMachine({
  id: 'evaluator-agent',
  context: ({ input }) => ({ ...input, queue: new Fifo<EvaluateRequest>(), job: undefined, serviceMs: 0 }),
  initial: 'idle',
  states: {
    idle: { on: { evaluate: { target: 'busy', actions: 'enqueue' } } },
    busy: {
      entry: 'start',
      on: { evaluate: { actions: 'enqueue' } },
      after: { service: [{ guard: 'hasWork', target: 'busy', reenter: true, actions: 'reply' }, { target: 'idle', actions: 'reply' }] },
    },
  },
});
