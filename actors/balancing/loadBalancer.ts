/**
 * A load balancer: routes each `request` to a backend chosen by its strategy among the backends
 * its health view believes alive, and learns from `response`s (outstanding counts, piggybacked
 * load, peak-EWMA latency). Health verdicts arrive as `node_down` / `node_up` messages from a
 * failure detector; the balancer announces each change of its own view with the signals
 * `lb.declared_dead` / `lb.declared_alive` (data `{ node }`), which is what the invariant
 * "never routes to a node it has declared dead" is checked against. With `refreshMs` > 0 it
 * also polls every backend for its load every `refreshMs` (the stale view of a local balancer).
 */
import { enqueueActions, setup } from 'xstate';
import { SEND, SIGNAL, type ActorEnv, type AgentsimEmitted } from '../../engine/index.js';
import { BalancerView, type BalancerStrategy } from './BalancerView.js';
import type { LoadQueryEvent, LoadReportEvent, ServerRequestEvent, ServerResponseEvent } from './queueServer.js';

/** A new request handed to the balancer by the workload. */
export interface BalancerRequestEvent {
  type: 'request';
  id: number;
  /** Arrival time at the system. */
  t0: number;
}

/** A health verdict from the failure detector about backend `server`. */
export interface HealthEvent {
  type: 'node_down' | 'node_up';
  server: string;
}

/** Input of {@link loadBalancerMachine}. */
export interface LoadBalancerInput {
  env: ActorEnv;
  /** Backend actor ids. */
  servers: readonly string[];
  strategy: BalancerStrategy;
  choices: number;
  decayMs: number;
  /** `outstanding` when all traffic passes through this balancer, `reported` otherwise. */
  estimate: 'outstanding' | 'reported';
  /** Poll every backend's load this often (0: never; rely on piggybacked load). */
  refreshMs: number;
  /** Test-only bug `balancer-ignores-health`. */
  ignoreHealth?: boolean;
}

interface LoadBalancerContext {
  env: ActorEnv;
  view: BalancerView;
  refreshMs: number;
}

type LoadBalancerEvent = BalancerRequestEvent | ServerResponseEvent | HealthEvent | LoadReportEvent;

/** Load balancer; `polling` when it refreshes loads periodically, else `balancing`. */
export const loadBalancerMachine = setup({
  types: {
    context: {} as LoadBalancerContext,
    input: {} as LoadBalancerInput,
    events: {} as LoadBalancerEvent,
    emitted: {} as AgentsimEmitted,
  },
  delays: { refresh: ({ context }) => context.refreshMs },
  guards: { polls: ({ context }) => context.refreshMs > 0 },
}).createMachine({
  id: 'load-balancer',
  context: ({ input }) => ({
    env: input.env,
    refreshMs: input.refreshMs,
    view: new BalancerView(
      input.servers,
      { strategy: input.strategy, choices: input.choices, decayMs: input.decayMs, estimate: input.estimate, ignoreHealth: input.ignoreHealth },
      input.env.rng,
      input.env.now(),
    ),
  }),
  initial: 'starting',
  on: {
    request: {
      // A plain action carrying out its send through `env.emit`: xstate's `emit` defers a closure
      // and copies the listener set per emitted event, on a path taken once per request. The
      // send still happens before the snapshot observers run, in the same order.
      actions: ({ context, event }) => {
        const { id, t0 } = event as BalancerRequestEvent;
        const env = context.env;
        const now = env.now();
        const to = context.view.route(now);
        if (to === undefined) return env.emit({ type: SIGNAL, name: 'lb.rejected', data: { id } });
        // Keys in canonical order keep the trace on JSON.stringify's fast path.
        const out: ServerRequestEvent = { type: 'request', id, lb: env.id, sent: now, t0 };
        env.emit({ type: SEND, to, event: out });
      },
    },
    response: {
      actions: ({ context, event }) => context.view.answered(event.server, event.sent, event.load, context.env.now()),
    },
    load_report: {
      actions: ({ context, event }) => context.view.loadReport(event.server, event.load),
    },
    node_down: {
      actions: enqueueActions(({ context, event, enqueue }) => {
        if (context.view.setAlive(event.server, false)) enqueue.emit({ type: SIGNAL, name: 'lb.declared_dead', data: { node: event.server } });
      }),
    },
    node_up: {
      actions: enqueueActions(({ context, event, enqueue }) => {
        if (context.view.setAlive(event.server, true)) enqueue.emit({ type: SIGNAL, name: 'lb.declared_alive', data: { node: event.server } });
      }),
    },
  },
  states: {
    starting: { always: [{ guard: 'polls', target: 'polling' }, { target: 'balancing' }] },
    balancing: {},
    polling: {
      after: {
        refresh: {
          target: 'polling',
          reenter: true,
          actions: enqueueActions(({ context, enqueue }) => {
            const query: LoadQueryEvent = { type: 'load_query', from: context.env.id };
            for (const server of context.view.servers) enqueue.emit({ type: SEND, to: server, event: query });
          }),
        },
      },
    },
  },
});
