/**
 * The discrete-event kernel: virtual time and the loop that runs scheduled callbacks in
 * (time, seq) order. Time only moves forward; scheduling in the past is a RangeError. A
 * `maxEvents` guard stops a runaway model with a {@link MaxEventsError} instead of spinning.
 * The loop is not re-entrant: `step`, `runUntil` or `runUntilIdle` called from inside a callback
 * throws a {@link ReentrantRunError} (an inner run would move the clock under the outer one).
 */
import { MaxEventsError, ReentrantRunError } from '../errors.js';
import { EventQueue, type ScheduledEvent } from './EventQueue.js';

/** Options of {@link Kernel}. */
export interface KernelOptions {
  /** Stop with a MaxEventsError after this many events (default: Infinity). */
  maxEvents?: number;
}

/** A handle to a scheduled callback, accepted by {@link Kernel.cancel}. */
export type TimerHandle = ScheduledEvent;

/** Virtual clock plus event queue. */
export class Kernel {
  private readonly queue = new EventQueue();
  private readonly maxEvents: number;
  private currentTime = 0;
  private processed = 0;
  private running = false;
  /** The event whose callback is running, for {@link reschedule}. */
  private current: ScheduledEvent | undefined = undefined;
  private currentCallback: (() => void) | null = null;

  constructor(options: KernelOptions = {}) {
    this.maxEvents = options.maxEvents ?? Infinity;
  }

  /** Current virtual time in milliseconds. */
  get now(): number {
    return this.currentTime;
  }

  /** Number of callbacks run so far. */
  get eventsProcessed(): number {
    return this.processed;
  }

  /** Number of callbacks still pending. */
  get pending(): number {
    return this.queue.size;
  }

  /** Runs `callback` after `delay` ms of virtual time (0 = after everything already due now). */
  schedule(delay: number, callback: () => void): TimerHandle {
    if (!(delay >= 0) || delay === Infinity) {
      throw new RangeError(`Kernel.schedule: delay must be a finite number >= 0, got ${delay}`);
    }
    return this.queue.push(this.currentTime + delay, callback);
  }

  /** Runs `callback` at absolute virtual time `time` (>= now). */
  scheduleAt(time: number, callback: () => void): TimerHandle {
    if (!(time >= this.currentTime) || time === Infinity) {
      throw new RangeError(`Kernel.scheduleAt: time ${time} is before now (${this.currentTime}) or not finite`);
    }
    return this.queue.push(time, callback);
  }

  /**
   * Runs the callback that is running now once more, `delay` ms from now, reusing `handle` (its
   * handle) instead of allocating: for periodic timers. Returns undefined, scheduling nothing,
   * when `handle` is not the running callback's or was re-scheduled already.
   */
  reschedule(handle: TimerHandle, delay: number): TimerHandle | undefined {
    if (!this.running || handle !== this.current || this.currentCallback === null) return undefined;
    if (!(delay >= 0) || delay === Infinity) {
      throw new RangeError(`Kernel.reschedule: delay must be a finite number >= 0, got ${delay}`);
    }
    this.queue.repush(handle, this.currentTime + delay, this.currentCallback);
    this.currentCallback = null;
    return handle;
  }

  /** Cancels a pending callback in O(1); false if it already ran or was cancelled. */
  cancel(handle: TimerHandle): boolean {
    return this.queue.cancel(handle);
  }

  /** Runs the next due callback; false when the queue is empty. */
  step(): boolean {
    this.enter('step');
    try {
      const event = this.queue.pop();
      if (event === undefined) return false;
      this.runEvent(event);
      return true;
    } finally {
      this.running = false;
    }
  }

  /** Runs every callback due at or before `time`, then sets the clock to `time`. */
  runUntil(time: number): void {
    this.enter('runUntil');
    try {
      if (!(time >= this.currentTime) || time === Infinity) {
        throw new RangeError(`Kernel.runUntil: time ${time} is before now (${this.currentTime}) or not finite (use runUntilIdle)`);
      }
      const queue = this.queue;
      for (;;) {
        const next = queue.peek();
        if (next === undefined || next.time > time) break;
        queue.pop();
        this.runEvent(next);
      }
      this.currentTime = time;
    } finally {
      this.running = false;
    }
  }

  /** Runs until no callback is pending. */
  runUntilIdle(): void {
    this.enter('runUntilIdle');
    try {
      for (let event = this.queue.pop(); event !== undefined; event = this.queue.pop()) this.runEvent(event);
    } finally {
      this.running = false;
    }
  }

  /**
   * Runs at most `budget` due callbacks, the first slice of `runUntil(until)` (or of
   * `runUntilIdle()` when `until` is undefined); true when that run is complete (and the clock
   * set to `until`). Calling it until it returns true runs exactly the same callbacks in the
   * same order as one `runUntil`/`runUntilIdle`, so a caller can yield between slices.
   */
  runSome(until: number | undefined, budget: number): boolean {
    this.enter('runSome');
    try {
      if (until !== undefined && (!(until >= this.currentTime) || until === Infinity)) {
        throw new RangeError(`Kernel.runSome: time ${until} is before now (${this.currentTime}) or not finite (use undefined to run until idle)`);
      }
      const queue = this.queue;
      for (let n = 0; n < budget; n++) {
        const next = queue.peek();
        if (next === undefined || (until !== undefined && next.time > until)) break;
        queue.pop();
        this.runEvent(next);
      }
      const next = queue.peek();
      const done = next === undefined || (until !== undefined && next.time > until);
      if (done && until !== undefined) this.currentTime = until;
      return done;
    } finally {
      this.running = false;
    }
  }

  /** Whether a run (`step`, `runUntil`, `runUntilIdle`, `runSome`) is in progress: true inside callbacks. */
  get isRunning(): boolean {
    return this.running;
  }

  private enter(method: string): void {
    if (this.running) throw new ReentrantRunError(method);
    this.running = true;
  }

  private runEvent(event: ScheduledEvent): void {
    if (this.processed >= this.maxEvents) throw new MaxEventsError(this.maxEvents, event.time);
    const callback = event.callback!;
    event.callback = null;
    this.currentTime = event.time;
    this.processed++;
    // Left set after the callback (no per-event reset): reschedule checks `running` too.
    this.current = event;
    this.currentCallback = callback;
    callback();
  }
}
