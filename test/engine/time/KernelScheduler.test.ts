import { fc, test } from '@fast-check/vitest';
import { auditTime, bufferTime, debounceTime, interval, Subject, take, timer } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createSimulation, Kernel, KernelScheduler } from '../../../engine/index.js';

/** A fresh kernel and scheduler. */
function world(): { kernel: Kernel; scheduler: KernelScheduler } {
  const kernel = new Kernel();
  return { kernel, scheduler: new KernelScheduler(kernel) };
}

/**
 * Source emissions at the given times (ms), all scheduled up front; values are their indices.
 * Times are half-integers so they never tie with the integer-period operators under test.
 */
function emitAt(kernel: Kernel, times: number[]): Subject<number> {
  const subject = new Subject<number>();
  times.forEach((t, i) => kernel.scheduleAt(t, () => subject.next(i)));
  return subject;
}

const sourceTimesArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 40 })
  .map((ts) => ts.sort((a, b) => a - b).map((t) => t + 0.5));

describe('KernelScheduler', () => {
  it('should report the kernel time as now', () => {
    const { kernel, scheduler } = world();
    expect(scheduler.now()).toBe(0);
    kernel.runUntil(123.5);
    expect(scheduler.now()).toBe(123.5);
  });

  it('should be what a simulation exposes as sim.scheduler', () => {
    const sim = createSimulation({ seed: 1 });
    const seen: number[] = [];
    timer(250, sim.scheduler).subscribe(() => seen.push(sim.now));
    sim.run();
    expect(seen).toEqual([250]);
  });

  it('should run scheduled work once with its state and allow rescheduling', () => {
    const { kernel, scheduler } = world();
    const seen: [number, number][] = [];
    scheduler.schedule(
      function (state) {
        seen.push([kernel.now, state!]);
        if (state! < 3) this.schedule(state! + 1, 10);
      },
      5,
      1,
    );
    kernel.runUntilIdle();
    expect(seen).toEqual([
      [5, 1],
      [15, 2],
      [25, 3],
    ]);
    expect(kernel.pending).toBe(0);
  });

  it('should treat a negative delay as zero', () => {
    const { kernel, scheduler } = world();
    kernel.runUntil(10);
    const seen: number[] = [];
    scheduler.schedule(() => seen.push(kernel.now), -5);
    kernel.runUntilIdle();
    expect(seen).toEqual([10]);
  });

  test.prop([fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 5000 })])('should fire timer at the virtual due time', (due, start) => {
    const { kernel, scheduler } = world();
    kernel.runUntil(start);
    const seen: number[] = [];
    let completed = false;
    timer(due, scheduler).subscribe({ next: () => seen.push(kernel.now), complete: () => (completed = true) });
    kernel.runUntilIdle();
    expect(seen).toEqual([start + due]);
    expect(completed).toBe(true);
  });

  test.prop([fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 30 })])('should fire interval every period', (period, count) => {
    const { kernel, scheduler } = world();
    const seen: [number, number][] = [];
    interval(period, scheduler)
      .pipe(take(count))
      .subscribe((i) => seen.push([kernel.now, i]));
    kernel.runUntilIdle();
    expect(seen).toEqual(Array.from({ length: count }, (_, i) => [(i + 1) * period, i]));
    expect(kernel.pending).toBe(0);
  });

  test.prop([sourceTimesArb, fc.integer({ min: 1, max: 500 })])('should emit bufferTime buffers at every period with the values of that window', (times, period) => {
    const { kernel, scheduler } = world();
    const source = emitAt(kernel, times);
    const buffers: [number, number[]][] = [];
    const sub = source.pipe(bufferTime(period, scheduler)).subscribe((b) => buffers.push([kernel.now, b]));
    const end = Math.ceil((times.at(-1)! + 1) / period) * period;
    kernel.runUntil(end);
    sub.unsubscribe();
    // Buffer k closes at (k + 1) * period with the values that arrived in (k * period, (k + 1) * period).
    const expected: [number, number[]][] = Array.from({ length: end / period }, (_, k) => [(k + 1) * period, []]);
    times.forEach((t, i) => expected[Math.floor(t / period)]![1].push(i));
    expect(buffers).toEqual(expected);
  });

  test.prop([sourceTimesArb, fc.integer({ min: 1, max: 300 })])('should emit debounceTime values after the quiet period', (times, due) => {
    const { kernel, scheduler } = world();
    const source = emitAt(kernel, times);
    const out: [number, number][] = [];
    source.pipe(debounceTime(due, scheduler)).subscribe((v) => out.push([kernel.now, v]));
    kernel.runUntilIdle();
    // A value is emitted `due` after it arrived iff nothing else arrived in the meantime.
    const expected = times.flatMap((t, i) => (i + 1 < times.length && times[i + 1]! <= t + due ? [] : [[t + due, i] as [number, number]]));
    expect(out).toEqual(expected);
  });

  test.prop([sourceTimesArb, fc.integer({ min: 1, max: 300 })])('should emit auditTime the latest value at the end of each window', (times, due) => {
    const { kernel, scheduler } = world();
    const source = emitAt(kernel, times);
    const out: [number, number][] = [];
    source.pipe(auditTime(due, scheduler)).subscribe((v) => out.push([kernel.now, v]));
    kernel.runUntilIdle();
    // A window opens at the first value while none is open and closes `due` later with the latest value.
    const expected: [number, number][] = [];
    let i = 0;
    while (i < times.length) {
      const end = times[i]! + due;
      let last = i;
      while (last + 1 < times.length && times[last + 1]! <= end) last++;
      expected.push([end, last]);
      i = last + 1;
    }
    expect(out).toEqual(expected);
  });

  test.prop([fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 20_000 })])('should stop interval when unsubscribed and leave nothing pending', (period, stopAt) => {
    const { kernel, scheduler } = world();
    const seen: number[] = [];
    const sub = interval(period, scheduler).subscribe(() => seen.push(kernel.now));
    kernel.scheduleAt(stopAt, () => sub.unsubscribe());
    kernel.runUntil(stopAt + 10 * period);
    // Ties at stopAt follow (time, seq): the first emission was scheduled at subscription, before
    // the stop callback, so it still runs; every later one was scheduled after it, so it does not.
    const expected: number[] = [];
    for (let t = period; t < stopAt || (t === stopAt && t === period); t += period) expected.push(t);
    expect(seen).toEqual(expected);
    expect(kernel.pending).toBe(0);
  });

  it('should cancel a pending timer on unsubscribe', () => {
    const { kernel, scheduler } = world();
    let fired = false;
    const sub = timer(100, scheduler).subscribe(() => (fired = true));
    expect(kernel.pending).toBe(1);
    sub.unsubscribe();
    expect(kernel.pending).toBe(0);
    kernel.runUntil(1000);
    expect(fired).toBe(false);
  });

  it('should cancel a scheduled action on unsubscribe', () => {
    const { kernel, scheduler } = world();
    let ran = false;
    const sub = scheduler.schedule(() => (ran = true), 50);
    sub.unsubscribe();
    kernel.runUntilIdle();
    expect(ran).toBe(false);
    expect(kernel.pending).toBe(0);
  });
});
