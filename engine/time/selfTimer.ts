/**
 * Host-driven timers for hosted machines. A machine emits `agentsim.timer` and the actor host
 * delivers `event` back to it after `delay` ms and then, with `every`, every `every` ms, as a
 * plain event: no state is exited and re-entered, no xstate scheduler entry is made per tick.
 * An `after` that re-arms on every tick costs xstate about three plain sends; this costs one.
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

/** The emitted event that sets a timer. */
export interface SelfTimerEvent {
  type: typeof TIMER;
  id: string;
  /** First firing, in ms from now. */
  delay: number;
  /** Period of later firings in ms; absent for a one-shot timer. */
  every?: number;
  /** What the actor receives on each firing. */
  event: EventObject;
}

/** The emitted event that cancels a timer. */
export interface CancelTimerEvent {
  type: typeof CANCEL_TIMER;
  id: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ActionArgs = { context: any; event: any; self: { id: string } };
type TimerSpec = Omit<SelfTimerEvent, 'type' | 'id'>;

/**
 * An action that sets timer `id`: deliver `event` after `delay` ms (and every `every` ms after).
 *
 * @example
 * entry: selfTimer('beat', ({ context }) => ({ delay: context.phaseMs, every: context.periodMs, event: { type: 'beat' } }))
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
