/**
 * Benchmark 1: kernel events/s on no-op callbacks vs a bare binary-heap loop (the limit).
 *
 * Both sides do the same work per event: pop the earliest (time, seq) entry, advance the clock,
 * call the callback, which schedules one new entry at now + a delay read from a precomputed
 * array of random delays. The queue holds `pending` entries throughout (until the tail drains).
 */
import { Kernel } from '../dist/engine/time/Kernel.js';
import { BareHeapClock } from './bareHeartbeats.js';
import { median, note, prng, spread, timed } from './lib.js';

const DELAYS = 1 << 16;

function makeDelays(seed) {
  const rand = prng(seed);
  const delays = new Float64Array(DELAYS);
  for (let i = 0; i < DELAYS; i++) delays[i] = rand() * 1000;
  return delays;
}

/** The kernel, driven the way Simulation.run({ until }) drives it (runUntil) or via step(). */
function runKernel(delays, events, pending, idle) {
  const kernel = new Kernel();
  const mask = DELAYS - 1;
  let scheduled = 0;
  const callback = () => {
    if (scheduled < events) kernel.schedule(delays[scheduled++ & mask], callback);
  };
  while (scheduled < pending) kernel.schedule(delays[scheduled++ & mask], callback);
  if (idle) kernel.runUntilIdle();
  else kernel.runUntil(Number.MAX_VALUE);
  return kernel.eventsProcessed;
}

/** The same workload on a bare binary min-heap of { time, seq, fn } entries, same (time, seq) order. */
function runBare(delays, events, pending) {
  const clock = new BareHeapClock();
  const mask = DELAYS - 1;
  let processed = 0;
  let scheduled = 0;
  const callback = () => {
    processed++;
    if (scheduled < events) clock.setTimeout(callback, delays[scheduled++ & mask]);
  };
  while (scheduled < pending) clock.setTimeout(callback, delays[scheduled++ & mask]);
  clock.runUntil(Infinity);
  return processed;
}

/** Runs the kernel benchmark; returns figures for the report and the JSON. */
export function benchKernel({ quick }) {
  const events = quick ? 200_000 : 1_000_000;
  const pending = 10_000;
  const rounds = quick ? 3 : 7;
  const delays = makeDelays(1);
  const cases = {
    bare: () => runBare(delays, events, pending),
    kernel: () => runKernel(delays, events, pending, false),
    kernelIdle: () => runKernel(delays, events, pending, true),
  };
  // Warm-up: let V8 optimise every path before timing.
  for (const run of Object.values(cases)) for (let i = 0; i < 2; i++) run();
  const ms = { bare: [], kernel: [], kernelIdle: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of Object.entries(cases)) {
      const { ms: t, value } = timed(run);
      if (value !== events) throw new Error(`kernel bench: ${name} ran ${value} events, expected ${events}`);
      ms[name].push(t);
    }
    note(`kernel round ${r + 1}/${rounds}: bare ${ms.bare.at(-1).toFixed(0)} ms, kernel ${ms.kernel.at(-1).toFixed(0)} ms`);
  }
  const rate = (name) => events / (median(ms[name]) / 1000);
  const figures = {
    events,
    pending,
    rounds,
    bare: { medianMs: median(ms.bare), eventsPerSec: rate('bare'), spread: spread(ms.bare), ms: ms.bare },
    kernelRunUntil: { medianMs: median(ms.kernel), eventsPerSec: rate('kernel'), spread: spread(ms.kernel), ms: ms.kernel },
    kernelRunUntilIdle: { medianMs: median(ms.kernelIdle), eventsPerSec: rate('kernelIdle'), spread: spread(ms.kernelIdle), ms: ms.kernelIdle },
  };
  figures.ratio = figures.kernelRunUntil.eventsPerSec / figures.bare.eventsPerSec;
  figures.ratioIdle = figures.kernelRunUntilIdle.eventsPerSec / figures.bare.eventsPerSec;
  return figures;
}
