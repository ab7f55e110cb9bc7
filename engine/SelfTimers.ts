/**
 * The pending {@link selfTimer}s of one hosted actor incarnation, on the host's actor timers.
 * Created on an actor's first timer, so actors that never set one pay nothing.
 */
import type { AnyActorRef, EventObject } from 'xstate';
import type { TimerHandle } from './time/Kernel.js';
import type { SelfTimerEvent, TimerSend } from './time/selfTimer.js';

/** What the timers need of their actor's record (the actor host's timer primitives). */
export interface SelfTimerHost {
  readonly actor: AnyActorRef | null;
  readonly incarnation: number;
  /** Schedules `callback` `ms` from now, scaled by the node's skew (the callback checks {@link due}). */
  scheduleTimer(callback: () => void, ms: number): TimerHandle;
  /** {@link scheduleTimer} for a timer whose `handle` is the one running now: reuses it when it can. */
  rescheduleTimer(handle: TimerHandle, callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
  /**
   * Whether a timer of `incarnation` that fell due may run now; records its `timer` event when so.
   * False when it is stale, or held back by a pause or a CPU wait (then `again` runs it later).
   */
  due(incarnation: number, handle: TimerHandle, charged: boolean, again: (charged?: boolean) => void): boolean;
  /** Sends `event` to actor `to` through the network, from this actor (a timer's `send`). */
  netSend(to: string, event: EventObject): void;
}

/**
 * One pending timer: its own kernel callback (one bound function; no closure, and no second
 * layer of host closure — heap per agent matters at 10,000 agents).
 */
class SelfTimer {
  handle: TimerHandle = undefined as unknown as TimerHandle;
  readonly incarnation: number;
  readonly tick: (charged?: boolean) => void;

  constructor(
    readonly owner: SelfTimers,
    readonly id: string,
    readonly every: number | undefined,
    readonly event: EventObject | undefined,
    readonly send: TimerSend | undefined,
  ) {
    this.incarnation = owner.host.incarnation;
    this.tick = this.fire.bind(this);
  }

  private fire(charged?: boolean): void {
    this.owner.fire(this, charged === true);
  }
}

/** One actor's pending timers by id. */
export class SelfTimers {
  // Most actors have one timer (a period): it is kept in a field, and a Map is made only for a
  // second id — a Map per actor is a few hundred bytes at 10,000 actors.
  private first: SelfTimer | undefined = undefined;
  private more: Map<string, SelfTimer> | undefined = undefined;

  constructor(readonly host: SelfTimerHost) {}

  /** Sets (or replaces) timer `e.id`. */
  set(e: SelfTimerEvent): void {
    const { id, event, every, send } = e;
    if (!(e.delay >= 0 && e.delay < Infinity) || (every !== undefined && !(every > 0 && every < Infinity))) {
      throw new RangeError(`timer "${id}": delay ${e.delay} and every ${every} must be finite, delay >= 0 and every > 0`);
    }
    if ((event === undefined) === (send === undefined)) throw new RangeError(`timer "${id}": give exactly one of event and send`);
    this.cancel(id);
    const timer = new SelfTimer(this, id, every, event, send);
    timer.handle = this.host.scheduleTimer(timer.tick, e.delay);
    if (this.first === undefined || this.first.id === id) this.first = timer;
    else (this.more ??= new Map()).set(id, timer);
  }

  /** Runs `timer`, which fell due. */
  fire(timer: SelfTimer, charged: boolean): void {
    const { host } = this;
    if (!host.due(timer.incarnation, timer.handle, charged, timer.tick)) return;
    const { id, every } = timer;
    if (every === undefined) this.remove(id);
    if (timer.send !== undefined) host.netSend(timer.send.to, timer.send.event);
    else host.actor?.send(timer.event!);
    // Re-arm after the tick's own effects, as a re-entered `after` would, unless the tick
    // cancelled or replaced this timer.
    if (every !== undefined && this.get(id) === timer) timer.handle = host.rescheduleTimer(timer.handle, timer.tick, every);
  }

  /** Cancels timer `id` if pending. */
  cancel(id: string): void {
    const timer = this.get(id);
    if (timer === undefined) return;
    this.remove(id);
    this.host.clearTimeout(timer.handle);
  }

  /** Cancels every pending timer (the actor stopped). */
  clear(): void {
    if (this.first !== undefined) this.host.clearTimeout(this.first.handle);
    if (this.more !== undefined) for (const timer of this.more.values()) this.host.clearTimeout(timer.handle);
    this.first = undefined;
    this.more = undefined;
  }

  private get(id: string): SelfTimer | undefined {
    return this.first !== undefined && this.first.id === id ? this.first : this.more?.get(id);
  }

  private remove(id: string): void {
    if (this.first !== undefined && this.first.id === id) this.first = undefined;
    else this.more?.delete(id);
  }
}
