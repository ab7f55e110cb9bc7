/**
 * The XState clock adapter: xstate's `Clock` (`setTimeout` / `clearTimeout`) on the kernel, so
 * `after` transitions and delayed sends fire at exactly their virtual due time, in (time, seq)
 * order with everything else. Pass it as `createActor(machine, { clock })`. (The actor host
 * builds its own per-actor clocks on the same idea, adding crash, pause and skew.)
 */
import { InvalidDelayError } from '../errors.js';
import type { Kernel, TimerHandle } from './Kernel.js';

/** Structural copy of xstate's `Clock` (not exported by xstate). */
export interface XStateClock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): TimerHandle;
  clearTimeout(id: TimerHandle): void;
}

/**
 * An xstate clock on `kernel`'s virtual time. A negative or non-finite timeout throws an
 * {@link InvalidDelayError} naming `who`, which xstate hands to the actor's error observer.
 */
export function createKernelClock(kernel: Kernel, who = 'xstate clock'): XStateClock {
  return {
    setTimeout: (fn, timeout) => {
      if (!(timeout >= 0) || timeout === Infinity) throw new InvalidDelayError(who, timeout);
      return kernel.schedule(timeout, fn);
    },
    clearTimeout: (id) => void kernel.cancel(id),
  };
}
