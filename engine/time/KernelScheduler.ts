/**
 * An RxJS `SchedulerLike` on the kernel's virtual time, so `timer`, `interval`, `bufferTime`,
 * `debounceTime`, `auditTime` and friends run in virtual time when given `sim.scheduler`.
 *
 * Semantics follow RxJS's `asyncScheduler`: an action runs its work once after `delay`, and the
 * work may call `this.schedule(state, delay)` to run again (that is how `interval` repeats).
 */
import { Subscription, type SchedulerAction, type SchedulerLike } from 'rxjs';
import type { Kernel, TimerHandle } from './Kernel.js';

/** RxJS scheduler whose clock is a {@link Kernel}. */
export class KernelScheduler implements SchedulerLike {
  constructor(private readonly kernel: Kernel) {}

  /** Current virtual time in ms. */
  now(): number {
    return this.kernel.now;
  }

  /** Schedules `work` after `delay` ms of virtual time. */
  schedule<T>(work: (this: SchedulerAction<T>, state: T) => void, delay = 0, state?: T): Subscription {
    return new KernelAction<T>(this.kernel, work).schedule(state, delay);
  }
}

class KernelAction<T> extends Subscription implements SchedulerAction<T> {
  private handle: TimerHandle | null = null;

  constructor(
    private readonly kernel: Kernel,
    private readonly work: (this: SchedulerAction<T>, state: T) => void,
  ) {
    super(() => this.clear());
  }

  schedule(state?: T, delay = 0): Subscription {
    if (this.closed) return this;
    this.clear();
    this.handle = this.kernel.schedule(Math.max(0, delay), () => {
      this.handle = null;
      try {
        this.work.call(this, state as T);
      } catch (err) {
        this.unsubscribe();
        throw err;
      }
      if (this.handle === null) this.unsubscribe();
    });
    return this;
  }

  private clear(): void {
    if (this.handle !== null) {
      this.kernel.cancel(this.handle);
      this.handle = null;
    }
  }
}
