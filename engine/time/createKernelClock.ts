/**
 * The XState clock adapter: xstate's `Clock` (`setTimeout` / `clearTimeout`) on the kernel, so
 * `after` transitions and delayed sends fire at exactly their virtual due time, in (time, seq)
 * order with everything else. Pass it as `createActor(machine, { clock })`. (The actor host
 * builds its own per-actor clocks on the same idea, adding crash, pause and skew.)
 */
import type { Kernel, TimerHandle } from './Kernel.js';

/** Structural copy of xstate's `Clock` (not exported by xstate). */
export interface XStateClock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): TimerHandle;
  clearTimeout(id: TimerHandle): void;
}

/** An xstate clock on `kernel`'s virtual time. */
export function createKernelClock(kernel: Kernel): XStateClock {
  return {
    setTimeout: (fn, timeout) => kernel.schedule(timeout, fn),
    clearTimeout: (id) => void kernel.cancel(id),
  };
}
