/**
 * The pending {@link selfTimer}s of one hosted actor incarnation, on the host's actor timers.
 * Created on an actor's first timer, so actors that never set one pay nothing.
 */
import type { AnyActorRef, EventObject } from 'xstate';
import type { TimerHandle } from './time/Kernel.js';
import type { SelfTimerEvent } from './time/selfTimer.js';

/** What the timers need of their actor's record: its host timer, its cancel and the running actor. */
export interface SelfTimerHost {
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /** `setTimeout(fn, ms)` for a timer whose `handle` just fired, reusing the handle when it can. */
  rearmTimeout(handle: TimerHandle, fn: () => void, ms: number): TimerHandle;
  /** Sends `event` to actor `to` through the network, from this actor (a timer's `send`). */
  netSend(to: string, event: EventObject): void;
  readonly actor: AnyActorRef | null;
}

interface Pending {
  handle: TimerHandle;
}

/** One actor's pending timers by id. */
export class SelfTimers {
  // Most actors have one timer (a period): it is kept in two fields, and a Map is made only
  // for a second id — a Map per actor is a few hundred bytes at 10,000 actors.
  private firstId: string | undefined = undefined;
  private first: Pending | undefined = undefined;
  private more: Map<string, Pending> | undefined = undefined;

  constructor(private readonly host: SelfTimerHost) {}

  /** Sets (or replaces) timer `e.id`. */
  set(e: SelfTimerEvent): void {
    const { id, event, every, send } = e;
    if (!(e.delay >= 0 && e.delay < Infinity) || (every !== undefined && !(every > 0 && every < Infinity))) {
      throw new RangeError(`timer "${id}": delay ${e.delay} and every ${every} must be finite, delay >= 0 and every > 0`);
    }
    if ((event === undefined) === (send === undefined)) throw new RangeError(`timer "${id}": give exactly one of event and send`);
    this.cancel(id);
    const entry: Pending = { handle: undefined as unknown as TimerHandle };
    const fire = (): void => {
      if (every === undefined) this.remove(id);
      if (send !== undefined) this.host.netSend(send.to, send.event);
      else this.host.actor?.send(event!);
      // Re-arm after the tick's own effects, as a re-entered `after` would, unless the tick
      // cancelled or replaced this timer.
      if (every !== undefined && this.get(id) === entry) entry.handle = this.host.rearmTimeout(entry.handle, fire, every);
    };
    entry.handle = this.host.setTimeout(fire, e.delay);
    if (this.first === undefined || this.firstId === id) {
      this.firstId = id;
      this.first = entry;
    } else (this.more ??= new Map()).set(id, entry);
  }

  /** Cancels timer `id` if pending. */
  cancel(id: string): void {
    const entry = this.get(id);
    if (entry === undefined) return;
    this.remove(id);
    this.host.clearTimeout(entry.handle);
  }

  /** Cancels every pending timer (the actor stopped). */
  clear(): void {
    if (this.first !== undefined) this.host.clearTimeout(this.first.handle);
    if (this.more !== undefined) for (const entry of this.more.values()) this.host.clearTimeout(entry.handle);
    this.first = undefined;
    this.firstId = undefined;
    this.more = undefined;
  }

  private get(id: string): Pending | undefined {
    return this.first !== undefined && this.firstId === id ? this.first : this.more?.get(id);
  }

  private remove(id: string): void {
    if (this.first !== undefined && this.firstId === id) {
      this.first = undefined;
      this.firstId = undefined;
    } else this.more?.delete(id);
  }
}
