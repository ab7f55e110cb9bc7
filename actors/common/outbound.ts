/**
 * Typed constructors for what a machine emits from inside `enqueueActions`: a network message
 * (`agentsim.send`) or a signal (`agentsim.signal`). Generic, so any event shape is accepted
 * without widening the machine's own event types.
 */
import type { EventObject } from 'xstate';
import { SEND, SIGNAL, type NetSendEvent, type PublishEvent } from '../../engine/index.js';

/** The emitted event that sends `event` to actor `to` through the network. */
export function outMessage<E extends EventObject>(to: string, event: E): NetSendEvent {
  return { type: SEND, to, event };
}

/** The emitted event that publishes signal `name`. */
export function outSignal(name: string, data?: unknown): PublishEvent {
  return { type: SIGNAL, name, data };
}

/** A protocol core that queues its effects (messages and signals) for the machine to emit. */
export interface EffectQueue {
  readonly outbox: { to: string; event: EventObject }[];
  readonly signals: { name: string; data: unknown }[];
}

/** Emits, then clears, everything `core` queued; call it from `enqueueActions`. */
export function flushEffects(core: EffectQueue, enqueue: { emit(event: NetSendEvent | PublishEvent): void }): void {
  for (const m of core.outbox) enqueue.emit(outMessage(m.to, m.event));
  core.outbox.length = 0;
  for (const s of core.signals) enqueue.emit(outSignal(s.name, s.data));
  core.signals.length = 0;
}
