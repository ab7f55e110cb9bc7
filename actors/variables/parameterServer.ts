/**
 * The traditional parameter-update path beside the cognitive variable: every parameter lives in
 * one central parameter server; a caller's update travels to it (`param.write`), waits in its
 * FIFO queue, is applied for a service time drawn from `processing`, and is acknowledged
 * (`param.ack`). A {@link parameterClientMachine} stands where a cognitive variable would (it
 * takes the same `change_value` requests) and publishes `param_written { var, scope, ms }` when
 * the acknowledgement arrives — the update's latency as the caller sees it. Coordinated changes
 * and adaptation have no counterpart here and are ignored.
 */
import { enqueueActions, setup } from 'xstate';
import type { ActorEnv, AgentsimEmitted, Distribution } from '../../engine/index.js';
import { Fifo } from '../common/Fifo.js';
import { outMessage, outSignal } from '../common/outbound.js';
import type { VariableValue } from './CognitiveValue.js';

/** A write of parameter `var` by client `from`, issued at `at`. */
export interface ParamWrite {
  type: 'param.write';
  var: string;
  value: VariableValue;
  from: string;
  at: number;
  scope: string;
}
/** The server's acknowledgement of a write. */
export interface ParamAck {
  type: 'param.ack';
  at: number;
  scope: string;
}

/** Input of {@link parameterServerMachine}. */
export interface ParameterServerInput {
  env: ActorEnv;
  processing: Distribution;
}

interface ServerContext extends ParameterServerInput {
  values: Map<string, VariableValue>;
  queue: Fifo<ParamWrite>;
  serviceMs: number;
}

/** The central parameter server: applies writes one at a time in arrival order. */
export const parameterServerMachine = setup({
  types: { context: {} as ServerContext, input: {} as ParameterServerInput, events: {} as ParamWrite, emitted: {} as AgentsimEmitted },
  delays: { service: ({ context }) => context.serviceMs },
  guards: { hasWork: ({ context }) => context.queue.size > 0 },
}).createMachine({
  id: 'parameter-server',
  context: ({ input }) => ({ ...input, values: new Map(), queue: new Fifo<ParamWrite>(), serviceMs: 0 }),
  on: { 'param.write': { actions: ({ context, event }) => context.queue.push(event) } },
  initial: 'idle',
  states: {
    idle: { always: { guard: 'hasWork', target: 'busy' } },
    busy: {
      entry: ({ context }) => void (context.serviceMs = context.processing.sample(context.env.rng)),
      after: {
        service: {
          target: 'idle',
          actions: enqueueActions(({ context, enqueue }) => {
            const w = context.queue.shift()!;
            context.values.set(w.var, w.value);
            enqueue.emit(outMessage(w.from, { type: 'param.ack', at: w.at, scope: w.scope } satisfies ParamAck));
          }),
        },
      },
    },
  },
});

/** Input of {@link parameterClientMachine}. */
export interface ParameterClientInput {
  env: ActorEnv;
  server: string;
}

type ClientEvent = { type: 'change_value'; at: number; scope: string; value: VariableValue } | ParamAck;

/** Where a caller updates one parameter: forwards the write, reports the acknowledged latency. */
export const parameterClientMachine = setup({
  types: { context: {} as ParameterClientInput, input: {} as ParameterClientInput, events: {} as ClientEvent, emitted: {} as AgentsimEmitted },
}).createMachine({
  id: 'parameter-client',
  context: ({ input }) => input,
  on: {
    change_value: {
      actions: enqueueActions(({ context, event, enqueue }) => {
        const { id } = context.env;
        enqueue.emit(outMessage(context.server, { type: 'param.write', var: id, value: event.value, from: id, at: event.at, scope: event.scope } satisfies ParamWrite));
      }),
    },
    'param.ack': {
      actions: enqueueActions(({ context, event, enqueue }) => enqueue.emit(outSignal('param_written', { var: context.env.id, scope: event.scope, ms: context.env.now() - event.at }))),
    },
  },
});
