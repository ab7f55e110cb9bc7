/**
 * What a run records, one per line of the trace and one per item of `signals$`.
 *
 * - `send` / `deliver` / `drop`: a message leaving `src`, arriving at `dst`, or lost
 *   (`payload` is the event; a drop's is `{ reason, event }`).
 * - `timer`: an actor's delayed event (XState `after`, delayed send) firing.
 * - `fault`: an injected fault (`type` is its kind, `payload` the fault).
 * - `state`: an actor's state value changed (`type` is the value as a string).
 * - `signal`: an observation or metric sample published by an actor or scenario
 *   (`type` is its name, `payload` its data).
 */
export type TraceKind = 'send' | 'deliver' | 'drop' | 'timer' | 'fault' | 'state' | 'signal';

/** One recorded event. `seq` is its index in the trace, `time` its virtual time in ms. */
export interface TraceEvent {
  readonly time: number;
  readonly seq: number;
  readonly kind: TraceKind;
  readonly src: string;
  readonly dst: string;
  readonly type: string;
  readonly payload?: unknown;
  /** For `deliver` and `drop`: the seq of the `send` it belongs to. */
  readonly ref?: number;
}

/** A {@link TraceEvent} as seen on `signals$`; narrow on `kind`. */
export type Signal = TraceEvent;

/** Why the network dropped a message. */
export type DropReason = 'loss' | 'partition' | 'crashed' | 'unknown-actor';
