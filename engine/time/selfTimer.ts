/**
 * Host-driven timers for hosted machines. A machine emits `agentsim.timer` and the actor host
 * delivers `event` back to it after `delay` ms and then, with `every`, every `every` ms, as a
 * plain event: no state is exited and re-entered, no xstate scheduler entry is made per tick.
 * An `after` that re-arms on every tick costs xstate about three plain sends; this costs one.
 * A timer with `send` instead of `event` makes no transition at all: on each firing the host
 * sends `send.event` to `send.to` through the network, from the actor, exactly as a transition
 * running `netSend` would (same `timer` and `send` trace events, in the same order).
 *
 * The timers are the host's actor timers (recorded as `timer` events; scaled by clock skew, held
 * by a pause, dropped with the actor's incarnation on a crash). Setting an id that is pending
 * replaces it; `agentsim.cancel` cancels it. Due times accumulate as `after` ones do: each next
 * tick is scheduled at the current time plus the period, after the tick's own effects.
 */
import { emit, type EventObject } from 'xstate';

/** Type of the event a machine emits to set one of its timers. */
export const TIMER = 'agentsim.timer';
/** Type of the event a machine emits to cancel one of its timers. */
export const CANCEL_TIMER = 'agentsim.cancel';

/** A network message a timer sends on each firing (see {@link SelfTimerEvent.send}). */
export interface TimerSend {
  /** Actor id of the receiver. */
  to: string;
  /** The message; the same object is sent on every firing, so it must not be mutated. */
  event: EventObject;
}

/** The emitted event that sets a timer. */
export interface SelfTimerEvent {
  type: typeof TIMER;
  id: string;
  /** First firing, in ms from now. */
  delay: number;
  /** Period of later firings in ms; absent for a one-shot timer. */
  every?: number;
  /** What the actor receives on each firing (give this or {@link send}). */
  event?: EventObject;
  /**
   * Instead of {@link event}: what the actor sends through the network on each firing, without
   * a transition of its machine — for periodic sends that need no state-machine logic between
   * ticks, such as heartbeats.
   */
  send?: TimerSend;
}

/** The emitted event that cancels a timer. */
export interface CancelTimerEvent {
  type: typeof CANCEL_TIMER;
  id: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ActionArgs = { context: any; event: any; self: { id: string } };
/** What {@link selfTimer} sets: `delay`, optional `every`, and either `event` or `send`. */
export type TimerSpec = { delay: number; every?: number } & ({ event: EventObject; send?: undefined } | { send: TimerSend; event?: undefined });

/**
 * An action that sets timer `id`: deliver `event` after `delay` ms (and every `every` ms after),
 * or, with `send`, send a network message from the actor at those times without a transition.
 *
 * @example
 * entry: selfTimer('beat', ({ context }) => ({ delay: context.phaseMs, every: context.periodMs, event: { type: 'beat' } }))
 * @example
 * // A heartbeat: the host sends it every period; the machine makes no transition per beat.
 * entry: selfTimer('beat', ({ context, self }) => ({ delay: context.phaseMs, every: context.periodMs, send: { to: 'monitor', event: { type: 'heartbeat', from: self.id } } }))
 */
export function selfTimer(id: string, spec: TimerSpec | ((args: ActionArgs) => TimerSpec)) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return emit<any, any, undefined, any, SelfTimerEvent>((args: ActionArgs): SelfTimerEvent => ({ type: TIMER, id, ...(typeof spec === 'function' ? spec(args) : spec) }));
}

/** An action that cancels timer `id` (nothing happens when it is not pending). */
export function cancelTimer(id: string | ((args: ActionArgs) => string)) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return emit<any, any, undefined, any, CancelTimerEvent>((args: ActionArgs): CancelTimerEvent => ({ type: CANCEL_TIMER, id: typeof id === 'function' ? id(args) : id }));
}
