/**
 * The optimiser of an ML workflow: for `iterations` rounds it (optionally) fits its model —
 * `model_cost` × the strategy's planning work — then spreads one candidate per evaluator agent,
 * waits for every score, and publishes an `evaluation` signal per result and an `iteration`
 * signal `{ iteration, evaluations, best, bestScore, value }` (the convergence curve, `value` = `best`; `best` is the
 * noise-free value of the incumbent, the point with the best observed score). With the cognitive
 * strategy it then sends the gradient estimate to each variable actor as performance feedback
 * and waits for all of them to adapt (and coordinate) before the next round.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted, Distribution } from '../../engine/index.js';
import type { EvaluatedReply } from './evaluatorAgent.js';
import type { OptimisationStrategy } from './OptimisationStrategy.js';
import { outMessage, outSignal } from '../common/outbound.js';
import type { VariableDone } from '../variables/variableProtocol.js';

/** Input of {@link optimizerMachine}. */
export interface OptimizerInput {
  env: ActorEnv;
  strategy: OptimisationStrategy;
  evaluators: readonly string[];
  iterations: number;
  /** Cognitive variable actors, one per dimension (cognitive strategy only). */
  variables: readonly string[];
  modelCost: Distribution;
}

interface OptimizerContext extends OptimizerInput {
  iteration: number;
  planMs: number;
  points: number[][];
  scores: number[];
  truths: number[];
  outstanding: number;
  values: number[];
  best: { score: number; truth: number };
  evaluations: number;
}

/** Optimiser: `planning` → `evaluating` → (`adapting`) → … → `done`. */
export const optimizerMachine = setup({
  types: { context: {} as OptimizerContext, input: {} as OptimizerInput, events: {} as EvaluatedReply | VariableDone, emitted: {} as AgentsimEmitted },
  delays: { plan: ({ context }) => context.planMs },
  guards: {
    lastResult: ({ context, event }) => event.type === 'evaluated' && Math.floor(event.id / 1e6) === context.iteration && context.outstanding === 1,
    isResult: ({ context, event }) => event.type === 'evaluated' && Math.floor(event.id / 1e6) === context.iteration,
    cognitive: ({ context }) => context.variables.length > 0 && context.strategy.feedback !== undefined,
    lastAdapted: ({ context, event }) => event.type === 'variable_done' && event.req === context.iteration && context.outstanding === 1,
    isAdapted: ({ context, event }) => event.type === 'variable_done' && event.req === context.iteration,
    more: ({ context }) => context.iteration + 1 < context.iterations,
  },
  actions: {
    plan: enqueueActions(({ context }) => {
      const work = context.strategy.planningWork();
      context.planMs = work > 0 ? work * context.modelCost.sample(context.env.rng) : 0;
    }),
    dispatch: enqueueActions(({ context, enqueue }) => {
      context.points = context.strategy.propose(context.evaluators.length, context.env.rng);
      context.scores = context.points.map(() => NaN);
      context.truths = context.points.map(() => NaN);
      context.outstanding = context.points.length;
      context.points.forEach((x, k) => {
        enqueue.emit(outMessage(context.evaluators[k]!, { type: 'evaluate', from: context.env.id, id: context.iteration * 1e6 + k, x }));
      });
    }),
    record: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'evaluated') return;
      const k = event.id % 1e6;
      if (!Number.isNaN(context.scores[k]!)) return;
      context.scores[k] = event.score;
      context.truths[k] = event.truth;
      context.outstanding--;
      context.evaluations++;
      if (event.score > context.best.score) context.best = { score: event.score, truth: event.truth };
      enqueue.emit(outSignal('evaluation', { iteration: context.iteration, evaluation: context.evaluations, score: event.score, truth: event.truth }));
    }),
    observe: enqueueActions(({ context, enqueue }) => {
      context.strategy.observe(context.points, context.scores);
      enqueue.emit(outSignal('iteration', { iteration: context.iteration + 1, evaluations: context.evaluations, best: context.best.truth, bestScore: context.best.score, value: context.best.truth }));
    }),
    sendFeedback: enqueueActions(({ context, enqueue }) => {
      const gradient = context.strategy.feedback!();
      context.outstanding = context.variables.length;
      context.variables.forEach((v, i) => {
        enqueue.emit(
          outMessage(v, { type: 'performance_feedback', req: context.iteration, at: context.env.now(), feedback: { gradient: gradient[i] ?? 0 }, replyTo: context.env.id }),
        );
      });
    }),
    recordValue: enqueueActions(({ context, event }) => {
      if (event.type !== 'variable_done') return;
      const i = context.variables.indexOf(event.var);
      if (i >= 0) context.values[i] = Number(event.value);
      context.outstanding--;
    }),
    adopt: enqueueActions(({ context }) => {
      context.strategy.setCenter?.(context.values);
    }),
    advance: enqueueActions(({ context }) => {
      context.iteration++;
    }),
  },
}).createMachine({
  id: 'optimizer',
  context: ({ input }) => ({
    ...input,
    iteration: 0,
    planMs: 0,
    points: [],
    scores: [],
    truths: [],
    outstanding: 0,
    values: input.variables.map(() => 0.5),
    best: { score: -Infinity, truth: -Infinity },
    evaluations: 0,
  }),
  initial: 'planning',
  states: {
    planning: { entry: 'plan', after: { plan: 'evaluating' } },
    evaluating: {
      entry: 'dispatch',
      on: {
        evaluated: [
          { guard: 'lastResult', target: 'evaluated', actions: 'record' },
          { guard: 'isResult', actions: 'record' },
        ],
      },
    },
    evaluated: { entry: 'observe', always: [{ guard: 'cognitive', target: 'adapting' }, { target: 'check' }] },
    adapting: {
      entry: 'sendFeedback',
      on: {
        variable_done: [
          { guard: 'lastAdapted', target: 'check', actions: ['recordValue', 'adopt'] },
          { guard: 'isAdapted', actions: 'recordValue' },
        ],
      },
    },
    check: { always: [{ guard: 'more', target: 'planning', actions: 'advance' }, { target: 'done' }] },
    done: {
      type: 'final',
      entry: enqueueActions(({ context, enqueue }) =>
        enqueue.emit(outSignal('optimisation_done', { iterations: context.iterations, evaluations: context.evaluations, best: context.best.truth })),
      ),
    },
  },
});
