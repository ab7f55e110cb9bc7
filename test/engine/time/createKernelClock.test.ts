import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { assign, createActor, raise, setup } from 'xstate';
import { createKernelClock, InvalidDelayError, Kernel } from '../../../engine/index.js';

/** Waits `delays[i]` in state `waiting` via an `after` transition, recording the time of each. */
const afterMachine = setup({
  types: { context: {} as { delays: number[]; i: number; fired: number[]; now: () => number }, input: {} as { delays: number[]; now: () => number } },
  delays: { next: ({ context }) => context.delays[context.i]! },
  guards: { more: ({ context }) => context.i < context.delays.length },
}).createMachine({
  id: 'after',
  context: ({ input }) => ({ delays: input.delays, i: 0, fired: [], now: input.now }),
  initial: 'check',
  states: {
    check: { always: [{ guard: 'more', target: 'waiting' }, { target: 'done' }] },
    waiting: {
      after: {
        next: {
          target: 'check',
          actions: assign({ i: ({ context }) => context.i + 1, fired: ({ context }) => [...context.fired, context.now()] }),
        },
      },
    },
    done: { type: 'final' },
  },
});

/** Sends itself `tick` with a delay (a delayed `raise` with an explicit id), once per entry. */
const delayedSendMachine = setup({
  types: {
    context: {} as { delays: number[]; i: number; fired: number[]; now: () => number },
    input: {} as { delays: number[]; now: () => number },
    events: {} as { type: 'tick' },
  },
}).createMachine({
  id: 'delayed-send',
  context: ({ input }) => ({ delays: input.delays, i: 0, fired: [], now: input.now }),
  initial: 'running',
  states: {
    running: {
      entry: raise({ type: 'tick' }, { id: 'tick', delay: ({ context }) => context.delays[context.i] ?? 0 }),
      on: {
        tick: [
          {
            guard: ({ context }) => context.i + 1 < context.delays.length,
            target: 'running',
            reenter: true,
            actions: assign({ i: ({ context }) => context.i + 1, fired: ({ context }) => [...context.fired, context.now()] }),
          },
          { target: 'done', actions: assign({ fired: ({ context }) => [...context.fired, context.now()] }) },
        ],
      },
    },
    done: {},
  },
});

const cumulative = (delays: number[]): number[] => {
  let t = 0;
  return delays.map((d) => (t += d));
};

const delaysArb = fc.array(fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0, max: 10_000, noNaN: true })), { minLength: 1, maxLength: 20 });

describe('createKernelClock', () => {
  it('should schedule on the kernel and cancel through clearTimeout', () => {
    const kernel = new Kernel();
    const clock = createKernelClock(kernel);
    const seen: number[] = [];
    clock.setTimeout(() => seen.push(kernel.now), 10);
    const cancelled = clock.setTimeout(() => seen.push(-1), 5);
    expect(kernel.pending).toBe(2);
    clock.clearTimeout(cancelled);
    expect(kernel.pending).toBe(1);
    kernel.runUntilIdle();
    expect(seen).toEqual([10]);
  });

  test.prop([delaysArb])('should fire XState after transitions at exactly their virtual due time', (delays) => {
    const kernel = new Kernel();
    const actor = createActor(afterMachine, { id: 'a', clock: createKernelClock(kernel), input: { delays, now: () => kernel.now } });
    actor.subscribe({ error: (err) => expect.fail(String(err)) });
    actor.start();
    kernel.runUntilIdle();
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.fired).toEqual(cumulative(delays));
    expect(kernel.now).toBe(cumulative(delays).at(-1));
  });

  test.prop([delaysArb])('should deliver XState delayed sends at exactly their virtual due time', (delays) => {
    const kernel = new Kernel();
    const actor = createActor(delayedSendMachine, { id: 'd', clock: createKernelClock(kernel), input: { delays, now: () => kernel.now } });
    actor.subscribe({ error: (err) => expect.fail(String(err)) });
    actor.start();
    kernel.runUntilIdle();
    expect(actor.getSnapshot().value).toBe('done');
    expect(actor.getSnapshot().context.fired).toEqual(cumulative(delays));
  });

  it('should cancel pending after timers when the actor stops', () => {
    const kernel = new Kernel();
    const actor = createActor(afterMachine, { id: 'a', clock: createKernelClock(kernel), input: { delays: [100], now: () => kernel.now } });
    actor.start();
    expect(kernel.pending).toBe(1);
    actor.stop();
    expect(kernel.pending).toBe(0);
  });

  it('should not fire an after timer before its due time', () => {
    const kernel = new Kernel();
    const actor = createActor(afterMachine, { id: 'a', clock: createKernelClock(kernel), input: { delays: [100], now: () => kernel.now } });
    actor.start();
    kernel.runUntil(99.999);
    expect(actor.getSnapshot().value).toBe('waiting');
    kernel.runUntil(100);
    expect(actor.getSnapshot().status).toBe('done');
  });

  it.each([-1, Number.NaN, Infinity])('should hand a machine asking for a delay of %d ms an InvalidDelayError, not a RangeError', (delay) => {
    const kernel = new Kernel();
    const errors: unknown[] = [];
    const actor = createActor(delayedSendMachine, { id: 'd', clock: createKernelClock(kernel, 'actor "d"'), input: { delays: [delay], now: () => kernel.now } });
    actor.subscribe({ error: (err) => errors.push(err) });
    actor.start();
    kernel.runUntilIdle();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(InvalidDelayError);
    expect((errors[0] as Error).message).toBe(`actor "d" asked for a delay of ${delay} ms — a delay must be a finite number >= 0`);
  });
});
