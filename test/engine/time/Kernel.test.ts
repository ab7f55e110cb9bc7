import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Kernel, MaxEventsError, ReentrantRunError, type TimerHandle } from '../../../engine/index.js';

describe('Kernel', () => {
  it('should reschedule the running callback on its own handle, in the order a new schedule would take', () => {
    const kernel = new Kernel();
    const log: string[] = [];
    let ticks = 0;
    const tick = (): void => {
      log.push(`tick@${kernel.now}`);
      kernel.schedule(10, () => log.push(`other@${kernel.now}`));
      if (++ticks < 3) expect(kernel.reschedule(handle, 10)).toBe(handle);
    };
    const handle = kernel.schedule(5, tick);
    kernel.runUntilIdle();
    expect(log).toEqual(['tick@5', 'other@15', 'tick@15', 'other@25', 'tick@25', 'other@35']);
  });

  it('should not reschedule a handle that is not the running one, nor twice', () => {
    const kernel = new Kernel();
    const other = kernel.schedule(50, () => {});
    let results: (TimerHandle | undefined)[] = [];
    const handle: TimerHandle = kernel.schedule(1, () => {
      results = [kernel.reschedule(other, 1), kernel.reschedule(handle, 1), kernel.reschedule(handle, 1)];
    });
    kernel.step();
    expect(results).toEqual([undefined, handle, undefined]);
    expect(kernel.reschedule(handle, 1)).toBeUndefined();
    expect(kernel.pending).toBe(2);
  });

  it('should start at time 0 with nothing pending', () => {
    const kernel = new Kernel();
    expect(kernel.now).toBe(0);
    expect(kernel.pending).toBe(0);
    expect(kernel.eventsProcessed).toBe(0);
    expect(kernel.step()).toBe(false);
  });

  it('should run a scheduled callback at its due time on step', () => {
    const kernel = new Kernel();
    const seen: number[] = [];
    kernel.schedule(10, () => seen.push(kernel.now));
    kernel.scheduleAt(4, () => seen.push(kernel.now));
    expect(kernel.pending).toBe(2);
    expect(kernel.step()).toBe(true);
    expect(seen).toEqual([4]);
    expect(kernel.step()).toBe(true);
    expect(seen).toEqual([4, 10]);
    expect(kernel.now).toBe(10);
    expect(kernel.eventsProcessed).toBe(2);
    expect(kernel.step()).toBe(false);
  });

  it('should run a zero-delay callback after everything already due now', () => {
    const kernel = new Kernel();
    const order: string[] = [];
    kernel.schedule(5, () => {
      order.push('a');
      kernel.schedule(0, () => order.push('c'));
    });
    kernel.schedule(5, () => order.push('b'));
    kernel.runUntilIdle();
    expect(order).toEqual(['a', 'b', 'c']);
    expect(kernel.now).toBe(5);
  });

  it('should cancel a pending callback and report false for a ran or cancelled one', () => {
    const kernel = new Kernel();
    let ran = 0;
    const a = kernel.schedule(1, () => ran++);
    const b = kernel.schedule(2, () => ran++);
    expect(kernel.cancel(a)).toBe(true);
    expect(kernel.cancel(a)).toBe(false);
    expect(kernel.pending).toBe(1);
    kernel.runUntilIdle();
    expect(ran).toBe(1);
    expect(kernel.cancel(b)).toBe(false);
    expect(kernel.pending).toBe(0);
  });

  it('should let a callback cancel a later one due at the same time', () => {
    const kernel = new Kernel();
    const order: string[] = [];
    // eslint-disable-next-line prefer-const
    let second: ReturnType<Kernel['schedule']>;
    kernel.schedule(3, () => {
      order.push('first');
      kernel.cancel(second);
    });
    second = kernel.schedule(3, () => order.push('second'));
    kernel.runUntilIdle();
    expect(order).toEqual(['first']);
  });

  it('should run everything due at or before the target and set now to it in runUntil', () => {
    const kernel = new Kernel();
    const seen: number[] = [];
    for (const t of [1, 5, 10, 11]) kernel.scheduleAt(t, () => seen.push(kernel.now));
    kernel.runUntil(10);
    expect(seen).toEqual([1, 5, 10]);
    expect(kernel.now).toBe(10);
    expect(kernel.pending).toBe(1);
    kernel.runUntil(10.5);
    expect(kernel.now).toBe(10.5);
    expect(seen).toEqual([1, 5, 10]);
    kernel.runUntil(100);
    expect(seen).toEqual([1, 5, 10, 11]);
    expect(kernel.now).toBe(100);
  });

  it('should run callbacks scheduled during runUntil when they fall inside the window', () => {
    const kernel = new Kernel();
    const seen: number[] = [];
    const tick = (): void => {
      seen.push(kernel.now);
      kernel.schedule(3, tick);
    };
    kernel.schedule(0, tick);
    kernel.runUntil(10);
    expect(seen).toEqual([0, 3, 6, 9]);
    expect(kernel.now).toBe(10);
  });

  it('should leave the clock at the last event after runUntilIdle', () => {
    const kernel = new Kernel();
    kernel.schedule(7, () => {});
    kernel.schedule(3, () => {});
    kernel.runUntilIdle();
    expect(kernel.now).toBe(7);
    expect(kernel.pending).toBe(0);
  });

  it.each([-1, -0.001, NaN, Infinity, -Infinity])('should reject a delay of %s with a RangeError', (delay) => {
    const kernel = new Kernel();
    expect(() => kernel.schedule(delay, () => {})).toThrow(RangeError);
    expect(kernel.pending).toBe(0);
  });

  it('should reject scheduling in the past, at NaN or at Infinity with a RangeError', () => {
    const kernel = new Kernel();
    kernel.runUntil(100);
    expect(() => kernel.scheduleAt(99.9, () => {})).toThrow(RangeError);
    expect(() => kernel.scheduleAt(NaN, () => {})).toThrow(RangeError);
    expect(() => kernel.scheduleAt(Infinity, () => {})).toThrow(RangeError);
    expect(() => kernel.scheduleAt(100, () => {})).not.toThrow();
  });

  it('should reject running backwards or to NaN with a RangeError', () => {
    const kernel = new Kernel();
    kernel.runUntil(50);
    expect(() => kernel.runUntil(49)).toThrow(RangeError);
    expect(() => kernel.runUntil(NaN)).toThrow(RangeError);
    expect(kernel.now).toBe(50);
  });

  it('should throw MaxEventsError on a self-rescheduling runaway', () => {
    const kernel = new Kernel({ maxEvents: 1000 });
    const loop = (): void => void kernel.schedule(0, loop);
    kernel.schedule(0, loop);
    let caught: unknown;
    try {
      kernel.runUntilIdle();
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(MaxEventsError);
    expect((caught as MaxEventsError).limit).toBe(1000);
    expect((caught as MaxEventsError).time).toBe(0);
    expect(kernel.eventsProcessed).toBe(1000);
  });

  it('should throw MaxEventsError from runUntil too', () => {
    const kernel = new Kernel({ maxEvents: 10 });
    const loop = (): void => void kernel.schedule(1, loop);
    kernel.schedule(1, loop);
    expect(() => kernel.runUntil(1_000)).toThrow(MaxEventsError);
    expect(kernel.now).toBe(10);
  });

  test.prop([
    fc.array(
      fc.record({
        delay: fc.double({ min: 0, max: 1000, noNaN: true }),
        children: fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { maxLength: 3 }),
      }),
      { maxLength: 60 },
    ),
  ])('should never move time backwards and run every callback exactly at its due time', (plan) => {
    const kernel = new Kernel();
    const times: number[] = [];
    let ran = 0;
    let scheduled = 0;
    for (const { delay, children } of plan) {
      const due = kernel.now + delay;
      scheduled++;
      kernel.schedule(delay, () => {
        ran++;
        expect(kernel.now).toBe(due);
        times.push(kernel.now);
        for (const child of children) {
          const childDue = kernel.now + child;
          scheduled++;
          kernel.schedule(child, () => {
            ran++;
            expect(kernel.now).toBe(childDue);
            times.push(kernel.now);
          });
        }
      });
    }
    kernel.runUntilIdle();
    expect(ran).toBe(scheduled);
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThanOrEqual(times[i - 1]!);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 50 }), fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 5 })])(
    'should set now to each runUntil target and run exactly the events due by then',
    (dues, targets) => {
      const kernel = new Kernel();
      const ran: number[] = [];
      for (const t of dues) kernel.scheduleAt(t, () => ran.push(t));
      let target = 0;
      for (const step of targets) {
        target += step;
        kernel.runUntil(target);
        expect(kernel.now).toBe(target);
        expect(ran.slice().sort((a, b) => a - b)).toEqual(dues.filter((d) => d <= target).sort((a, b) => a - b));
      }
    },
  );

  it.each([
    ['runUntil', (k: Kernel) => k.runUntil(5)],
    ['step', (k: Kernel) => k.step()],
    ['runUntilIdle', (k: Kernel) => k.runUntilIdle()],
  ] as const)('should refuse a re-entrant %s from inside a callback and keep time moving forward', (method, reenter) => {
    const kernel = new Kernel();
    const seen: number[] = [];
    let caught: unknown;
    kernel.schedule(10, () => {
      try {
        reenter(kernel);
      } catch (err) {
        caught = err;
      }
      seen.push(kernel.now);
    });
    kernel.schedule(20, () => seen.push(kernel.now));
    kernel.runUntil(30);
    expect(caught).toBeInstanceOf(ReentrantRunError);
    expect((caught as Error).message).toContain(`Kernel.${method}: called from inside a kernel callback`);
    expect(seen).toEqual([10, 20]);
    expect(kernel.now).toBe(30);
    expect(kernel.isRunning).toBe(false);
  });

  it('should be usable again after a callback threw out of a run', () => {
    const kernel = new Kernel();
    kernel.schedule(1, () => {
      throw new Error('boom');
    });
    kernel.schedule(2, () => undefined);
    expect(() => kernel.runUntilIdle()).toThrow('boom');
    expect(kernel.step()).toBe(true);
    expect(kernel.now).toBe(2);
  });
});

describe('Kernel.runSome', () => {
  it('should run the callbacks of runUntil in slices and set the clock only when done', () => {
    const kernel = new Kernel();
    const seen: number[] = [];
    for (const t of [1, 2, 3, 5, 8]) kernel.scheduleAt(t, () => seen.push(kernel.now));
    expect(kernel.runSome(6, 2)).toBe(false);
    expect(seen).toEqual([1, 2]);
    expect(kernel.runSome(6, 2)).toBe(true);
    expect(seen).toEqual([1, 2, 3, 5]);
    expect(kernel.now).toBe(6);
    expect(kernel.runSome(undefined, 10)).toBe(true);
    expect(seen).toEqual([1, 2, 3, 5, 8]);
  });

  it('should refuse a time before now and a re-entrant call', () => {
    const kernel = new Kernel();
    kernel.runUntil(5);
    expect(() => kernel.runSome(4, 1)).toThrow(RangeError);
    kernel.schedule(1, () => kernel.runSome(undefined, 1));
    expect(() => kernel.runSome(undefined, 1)).toThrow(ReentrantRunError);
  });
});
