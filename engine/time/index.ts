// Virtual time: the event queue, the kernel that runs it, and the adapters that give XState and RxJS its clock.
// Imports engine/errors only; imported by the rest of engine/.
export { createKernelClock, type XStateClock } from './createKernelClock.js';
export { EventQueue, type ScheduledEvent } from './EventQueue.js';
export { Kernel, type KernelOptions, type TimerHandle } from './Kernel.js';
export { KernelScheduler } from './KernelScheduler.js';
export { CANCEL_TIMER, cancelTimer, selfTimer, TIMER, type CancelTimerEvent, type SelfTimerEvent, type TimerSend, type TimerSpec } from './selfTimer.js';
