/**
 * A server with one FIFO queue (a single-server queueing station): a `request` is queued; the
 * server serves the head of the queue for a time drawn from its `service` distribution, then
 * answers the balancer that dispatched it with a `response` that carries the server's current
 * number in system (piggybacked load information), and moves to the next request or to `idle`.
 *
 * The per-request path is lean on purpose (one transition per arrival, one per completion):
 * the queue is a class instance mutated in place, per-request statistics go to an optional
 * probe object instead of a signal per request, which would double the trace of a million-request
 * run, and the service time is a host timer (`selfTimer`) delivering a plain `served` event rather
 * than an `after` that exits and re-enters `busy` per request (same due time, `timer` trace line,
 * skew, pause and crash; no xstate scheduler entry).
 */
import { emit, setup } from 'xstate';
import { SEND, selfTimer, type ActorEnv, type AgentsimEmitted, type Distribution, type NetSendEvent, type SelfTimerEvent } from '../../engine/index.js';
import { Fifo } from '../common/Fifo.js';

/** A request as a balancer dispatches it to a server. */
export interface ServerRequestEvent {
  type: 'request';
  /** Request number, in arrival order. */
  id: number;
  /** Arrival time of the request at the system (before the balancer's decision). */
  t0: number;
  /** Actor id of the balancer that dispatched it (the response goes there). */
  lb: string;
  /** When the balancer dispatched it. */
  sent: number;
}

/** A server's answer to a balancer. */
export interface ServerResponseEvent {
  type: 'response';
  id: number;
  t0: number;
  sent: number;
  /** Actor id of the server. */
  server: string;
  /** Requests in the server (waiting plus in service) after this one left. */
  load: number;
}

/** A balancer's poll for a server's current load; answered with a {@link LoadReportEvent}. */
export interface LoadQueryEvent {
  type: 'load_query';
  from: string;
}

/** A server's current load (requests waiting plus in service). */
export interface LoadReportEvent {
  type: 'load_report';
  server: string;
  load: number;
}

/** A request as seen by a {@link ServerProbe} when it completes. */
export interface ServedRequest {
  readonly id: number;
  readonly t0: number;
  /** Arrival at the server. */
  readonly arrivedAt: number;
  /** Start of service. */
  readonly startedAt: number;
}

/** Observer of a server's queue (statistics); called synchronously, must not affect the model. */
export interface ServerProbe {
  arrived(server: string, now: number): void;
  completed(server: string, now: number, request: ServedRequest): void;
}

/** Input of {@link queueServerMachine}. */
export interface QueueServerInput {
  env: ActorEnv;
  /** Service time distribution (ms). */
  service: Distribution;
  probe?: ServerProbe;
}

interface Queued {
  readonly event: ServerRequestEvent;
  readonly arrivedAt: number;
  readonly serviceMs: number;
  startedAt: number;
}

interface QueueServerContext extends QueueServerInput {
  queue: Fifo<Queued>;
}

/** FIFO single-server queue: `idle` ⇄ `busy`. */
export const queueServerMachine = setup({
  types: {
    context: {} as QueueServerContext,
    input: {} as QueueServerInput,
    events: {} as ServerRequestEvent | LoadQueryEvent | ServedEvent,
    emitted: {} as AgentsimEmitted | SelfTimerEvent,
  },
  actions: {
    accept: ({ context, event }) => {
      if (event.type !== 'request') return;
      const now = context.env.now();
      // Drawn at arrival: FIFO serves in arrival order, so the stream is consumed in the same order.
      context.queue.push({ event, arrivedAt: now, serviceMs: context.service.sample(context.env.rng), startedAt: now });
      context.probe?.arrived(context.env.id, now);
    },
    begin: ({ context }) => {
      context.queue.peek()!.startedAt = context.env.now();
    },
    serve: selfTimer('service', ({ context }) => ({ delay: (context as QueueServerContext).queue.peek()!.serviceMs, event: SERVED })),
    // Once per request: a plain action sending through `env.emit` rather than xstate's `emit`
    // (which defers a closure and copies the listener set); `serve`'s timer, emitted after it in
    // the same transition, still follows the send.
    finish: ({ context }) => {
      const done = context.queue.shift()!;
      const env = context.env;
      const now = env.now();
      const { id, t0, lb, sent } = done.event;
      context.probe?.completed(env.id, now, { id, t0, arrivedAt: done.arrivedAt, startedAt: done.startedAt });
      // Keys in canonical order (type first, then sorted) keep the trace on JSON.stringify's fast path.
      const response: ServerResponseEvent = { type: 'response', id, load: context.queue.size, sent, server: env.id, t0 };
      env.emit({ type: SEND, to: lb, event: response });
    },
  },
  guards: {
    moreWaiting: ({ context }) => context.queue.size > 1,
  },
}).createMachine({
  id: 'queue-server',
  context: ({ input }) => ({ ...input, queue: new Fifo<Queued>() }),
  initial: 'idle',
  on: {
    load_query: {
      actions: emit(({ context, event }): NetSendEvent => {
        const report: LoadReportEvent = { type: 'load_report', load: context.queue.size, server: context.env.id };
        return { type: SEND, to: event.from, event: report };
      }),
    },
  },
  states: {
    idle: { on: { request: { target: 'busy', actions: 'accept' } } },
    busy: {
      entry: ['begin', 'serve'],
      on: {
        request: { actions: 'accept' },
        served: [
          { guard: 'moreWaiting', actions: ['finish', 'begin', 'serve'] },
          { target: 'idle', actions: 'finish' },
        ],
      },
    },
  },
});

/** The host timer's event: the request at the head of the queue has been served. */
interface ServedEvent {
  type: 'served';
}
const SERVED: ServedEvent = { type: 'served' };
