/**
 * Benchmark 3: many periodic XState actors on agentsim's kernel clock vs xstate's SimulatedClock.
 *
 * Each actor loops `after: { P: { target: 'tick', reenter: true } }` with its own integer period
 * P in [100, 199] ms and stops after `periods` ticks. Both clocks run the identical machine; the
 * only difference is the `clock` passed to `createActor`. Every tick compares the clock's `now()`
 * with the due time k * P; a tick at any other time counts as mistimed, and ticks that never
 * happened by the horizon (periods * max P) count as missing.
 *
 * - agentsim: `createKernelClock(kernel)` shared by all actors, then one `kernel.runUntil(T)`.
 * - SimulatedClock: advanced with `clock.increment(1)` step by step. With integer periods a
 *   1 ms step reaches every due time exactly, so this is SimulatedClock at its most accurate.
 * - A second, smaller comparison advances both clocks in 10 ms steps (`kernel.runUntil(t += 10)`
 *   vs `clock.increment(10)`), the way a caller would step a coarse simulation loop.
 */
import { assign, createActor, setup, SimulatedClock } from 'xstate';
import { createKernelClock } from '../dist/engine/time/createKernelClock.js';
import { Kernel } from '../dist/engine/time/Kernel.js';
import { gc, note } from './lib.js';

const MIN_PERIOD = 100;
const PERIOD_SPREAD = 100;
const MAX_PERIOD = MIN_PERIOD + PERIOD_SPREAD - 1;

const periodicMachine = setup({
  delays: { P: ({ context }) => context.period },
  guards: { more: ({ context }) => context.ticks + 1 < context.periods },
  actions: {
    tick: assign(({ context }) => {
      const k = context.ticks + 1;
      const stats = context.stats;
      stats.ticks++;
      if (context.now() !== k * context.period) stats.mistimed++;
      return { ticks: k };
    }),
  },
}).createMachine({
  id: 'periodic',
  context: ({ input }) => ({ ...input, ticks: 0 }),
  initial: 'tick',
  states: {
    tick: {
      after: {
        P: [
          { guard: 'more', target: 'tick', reenter: true, actions: 'tick' },
          { target: 'done', actions: 'tick' },
        ],
      },
    },
    done: { type: 'final' },
  },
});

/** Period of actor i: every value in [100, 199] ms, evenly (37 is coprime with 100). */
const periodOf = (i) => MIN_PERIOD + ((i * 37) % PERIOD_SPREAD);

/**
 * One run. `kind` is 'kernel' or 'simulated'; `step` is the advance step in ms (kernel: 0 means
 * a single runUntil to the horizon). Returns setup and run wall times and the timing checks.
 */
export function runPeriodic(kind, actors, periods, step) {
  gc();
  const stats = { ticks: 0, mistimed: 0 };
  const horizon = periods * MAX_PERIOD;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let advance;
  if (kind === 'kernel') {
    const kernel = new Kernel();
    const clock = createKernelClock(kernel);
    const now = () => kernel.now;
    for (let i = 0; i < actors; i++) createActor(periodicMachine, { id: `p${i}`, clock, input: { period: periodOf(i), periods, now, stats } }).start();
    advance = () => {
      if (step === 0) kernel.runUntil(horizon);
      else for (let t = step; t < horizon + step; t += step) kernel.runUntil(Math.min(t, horizon));
    };
  } else {
    const clock = new SimulatedClock();
    const now = () => clock.now();
    for (let i = 0; i < actors; i++) createActor(periodicMachine, { id: `p${i}`, clock, input: { period: periodOf(i), periods, now, stats } }).start();
    advance = () => {
      while (clock.now() < horizon) clock.increment(step);
    };
  }
  const t1 = performance.now();
  advance();
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const expected = actors * periods;
  return {
    clock: kind,
    actors,
    periods,
    stepMs: step,
    horizonMs: horizon,
    setupMs: t1 - t0,
    runMs: t2 - t1,
    totalMs: t2 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    ticks: stats.ticks,
    expectedTicks: expected,
    missingTicks: expected - stats.ticks,
    mistimedTicks: stats.mistimed,
  };
}

/** Repeats a run and returns the one with the median wall time, with every run's wall time. */
function medianOf(repeats, run) {
  const runs = Array.from({ length: repeats }, run).sort((a, b) => a.totalMs - b.totalMs);
  return { ...runs[runs.length >> 1], repeats, allTotalMs: runs.map((r) => r.totalMs), allCpuMs: runs.map((r) => r.cpuMs) };
}

/** Runs the periodic-timer benchmark. `full` measures SimulatedClock at full size (minutes). */
export function benchTimers({ quick, full }) {
  const actors = quick ? 500 : 5000;
  const periods = quick ? 20 : 100;
  const simPeriods = quick || full ? periods : 10;

  runPeriodic('kernel', 200, 5, 0); // warm-up
  runPeriodic('simulated', 200, 5, 1);

  // The kernel runs are short, so they are repeated (median) to damp a shared machine's noise;
  // the SimulatedClock run is long enough to average it out by itself.
  const repeats = quick ? 1 : 3;
  const kernel = medianOf(repeats, () => runPeriodic('kernel', actors, periods, 0));
  note(`timers: kernel clock ${actors} x ${periods}: ${kernel.allTotalMs.map((t) => t.toFixed(0)).join(', ')} ms`);
  const kernelSmall = simPeriods === periods ? kernel : medianOf(repeats, () => runPeriodic('kernel', actors, simPeriods, 0));
  if (simPeriods !== periods) note(`timers: kernel clock ${actors} x ${simPeriods}: ${kernelSmall.totalMs.toFixed(0)} ms`);
  note(`timers: SimulatedClock ${actors} x ${simPeriods} (1 ms steps) — this is the slow one…`);
  const simulated = runPeriodic('simulated', actors, simPeriods, 1);
  note(`timers: SimulatedClock ${actors} x ${simPeriods}: ${simulated.totalMs.toFixed(0)} ms`);

  // Full-size SimulatedClock figure: measured when simPeriods === periods, else extrapolated.
  // Its cost is linear in the number of periods (same timers, same per-firing re-sort, the
  // horizon scales with periods), so run time scales by periods / simPeriods; setup does not.
  const extrapolated = simPeriods !== periods;
  const simulatedFullMs = extrapolated ? simulated.setupMs + simulated.runMs * (periods / simPeriods) : simulated.totalMs;
  const simulatedFullCpuMs = extrapolated ? simulated.cpuMs * (periods / simPeriods) : simulated.cpuMs;

  const coarseActors = quick ? 200 : 500;
  const coarsePeriods = quick ? 20 : 100;
  const coarseKernel = runPeriodic('kernel', coarseActors, coarsePeriods, 10);
  const coarseSimulated = runPeriodic('simulated', coarseActors, coarsePeriods, 10);
  note(`timers: 10 ms steps, ${coarseActors} x ${coarsePeriods}: kernel ${coarseKernel.totalMs.toFixed(0)} ms, SimulatedClock ${coarseSimulated.totalMs.toFixed(0)} ms`);

  return {
    actors,
    periods,
    kernel,
    kernelAtMeasuredSize: kernelSmall,
    simulated,
    simulatedFull: { totalMs: simulatedFullMs, cpuMs: simulatedFullCpuMs, extrapolated, fromPeriods: simPeriods },
    speedup: simulatedFullMs / kernel.totalMs,
    speedupCpu: simulatedFullCpuMs / kernel.cpuMs,
    speedupMeasured: simulated.totalMs / kernelSmall.totalMs,
    coarse: { kernel: coarseKernel, simulated: coarseSimulated },
  };
}
