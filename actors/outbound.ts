/**
 * Typed constructors for what a machine emits from inside `enqueueActions`: a network message
 * (`agentsim.send`) or a signal (`agentsim.signal`). Generic, so any event shape is accepted
 * without widening the machine's own event types.
 */
import type { EventObject } from 'xstate';
import { SEND, SIGNAL, type NetSendEvent, type PublishEvent } from '../engine/index.js';

/** The emitted event that sends `event` to actor `to` through the network. */
export function outMessage<E extends EventObject>(to: string, event: E): NetSendEvent {
  return { type: SEND, to, event };
}

/** The emitted event that publishes signal `name`. */
export function outSignal(name: string, data?: unknown): PublishEvent {
  return { type: SIGNAL, name, data };
}
