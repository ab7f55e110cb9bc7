/**
 * How a hosted XState machine talks to the simulation without knowing about it: it *emits*
 * `agentsim.send` (a message to another actor, carried by the simulated network) or
 * `agentsim.signal` (an observation for `signals$`, metrics and the trace). The host listens with
 * `actor.on(...)`. Agents are separate root actors, so xstate's own `sendTo` cannot reach them.
 */
import { emit, type EventObject } from 'xstate';

/** Type of the event a machine emits to send a message through the network. */
export const SEND = 'agentsim.send';
/** Type of the event a machine emits to publish a signal. */
export const SIGNAL = 'agentsim.signal';

/** The emitted event carrying a network message. */
export interface NetSendEvent {
  type: typeof SEND;
  to: string;
  event: EventObject;
}

/** The emitted event carrying a signal. */
export interface PublishEvent {
  type: typeof SIGNAL;
  name: string;
  data?: unknown;
}

/** What a hosted machine may emit; declare it as `types.emitted` in `setup()`. */
export type AgentsimEmitted = NetSendEvent | PublishEvent;

type Resolvable<T, A> = T | ((args: A) => T);
/** Data a signal may carry as a constant (a function computes it from the action arguments). */
type SignalData = string | number | boolean | null | readonly unknown[] | { readonly [key: string]: unknown };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ActionArgs = { context: any; event: any; self: { id: string } };

/**
 * An action that sends `event` to actor `to` through the simulated network.
 * Both may be functions of the action arguments (`({ context, event }) => …`).
 *
 * @example
 * on: { ping: { actions: netSend(({ event }) => event.from, { type: 'pong' }) } }
 */
export function netSend(to: Resolvable<string, ActionArgs>, event: Resolvable<EventObject, ActionArgs>) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return emit<any, any, undefined, any, NetSendEvent>((args: ActionArgs): NetSendEvent => ({
    type: SEND,
    to: typeof to === 'function' ? to(args) : to,
    event: typeof event === 'function' ? event(args) : event,
  }));
}

/** An action that publishes a signal named `name` (e.g. a metric sample or an observation). */
export function publish(name: string, data?: ((args: ActionArgs) => unknown) | SignalData) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return emit<any, any, undefined, any, PublishEvent>((args: ActionArgs): PublishEvent => ({
    type: SIGNAL,
    name,
    data: typeof data === 'function' ? (data as (a: ActionArgs) => unknown)(args) : data,
  }));
}
