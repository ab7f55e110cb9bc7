import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { EventQueue, type ScheduledEvent } from '../../../engine/index.js';

/** Pops one event and "runs" it the way the Kernel does (callback cleared before it is called). */
function run(queue: EventQueue): ScheduledEvent | undefined {
  const event = queue.pop();
  if (event !== undefined) {
    const callback = event.callback!;
    event.callback = null;
    callback();
  }
  return event;
}

function drain(queue: EventQueue): ScheduledEvent[] {
  const out: ScheduledEvent[] = [];
  for (let e = run(queue); e !== undefined; e = run(queue)) out.push(e);
  return out;
}

const byTimeThenSeq = (a: { time: number; seq: number }, b: { time: number; seq: number }): number => a.time - b.time || a.seq - b.seq;

/** Model-based command: push at a time, cancel the i-th handle, or pop. */
type Op = { kind: 'push'; time: number } | { kind: 'cancel'; index: number } | { kind: 'pop' };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('push' as const), time: fc.integer({ min: 0, max: 20 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('cancel' as const), index: fc.nat({ max: 200 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('pop' as const) }), weight: 2 },
);

describe('EventQueue', () => {
  it('should start empty', () => {
    const queue = new EventQueue();
    expect(queue.size).toBe(0);
    expect(queue.peek()).toBeUndefined();
    expect(queue.pop()).toBeUndefined();
  });

  it('should assign increasing sequence numbers at push', () => {
    const queue = new EventQueue();
    const a = queue.push(5, () => {});
    const b = queue.push(1, () => {});
    const c = queue.push(5, () => {});
    expect([a.seq, b.seq, c.seq]).toEqual([0, 1, 2]);
    expect(queue.peek()).toBe(b);
  });

  test.prop([fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 300 })])(
    'should pop in non-decreasing (time, seq) order',
    (times) => {
      const queue = new EventQueue();
      for (const t of times) queue.push(t, () => {});
      const popped = drain(queue);
      expect(popped).toHaveLength(times.length);
      for (let i = 1; i < popped.length; i++) expect(byTimeThenSeq(popped[i - 1]!, popped[i]!)).toBeLessThan(0);
    },
  );

  test.prop([fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 })])('should run events due at equal times in FIFO order', (times) => {
    const queue = new EventQueue();
    const order: number[] = [];
    times.forEach((t, i) => queue.push(t, () => order.push(i)));
    drain(queue);
    const expected = times.map((t, i) => ({ t, i })).sort((a, b) => a.t - b.t || a.i - b.i).map((x) => x.i);
    expect(order).toEqual(expected);
  });

  test.prop([fc.array(opArb, { maxLength: 300 })])('should match a sorted-list model under push, cancel and pop', (ops) => {
    const queue = new EventQueue();
    const handles: ScheduledEvent[] = [];
    let model: { time: number; seq: number; handle: ScheduledEvent }[] = [];
    for (const op of ops) {
      if (op.kind === 'push') {
        const handle = queue.push(op.time, () => {});
        handles.push(handle);
        model.push({ time: op.time, seq: handle.seq, handle });
      } else if (op.kind === 'cancel') {
        if (handles.length === 0) continue;
        const handle = handles[op.index % handles.length]!;
        const pending = model.some((m) => m.handle === handle);
        // Cancel succeeds exactly for pending events; a ran or cancelled one answers false.
        expect(queue.cancel(handle)).toBe(pending);
        model = model.filter((m) => m.handle !== handle);
      } else {
        model.sort(byTimeThenSeq);
        const expected = model.shift();
        expect(run(queue)).toBe(expected?.handle);
      }
      expect(queue.size).toBe(model.length);
    }
    // Every event that was not cancelled still pops, in order.
    const rest = drain(queue);
    expect(rest).toEqual(model.sort(byTimeThenSeq).map((m) => m.handle));
    expect(queue.size).toBe(0);
  });

  test.prop([fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 200 }), fc.nat()])(
    'should remove exactly the cancelled event and keep all others',
    (times, pick) => {
      const queue = new EventQueue();
      const handles = times.map((t) => queue.push(t, () => {}));
      const victim = handles[pick % handles.length]!;
      expect(queue.cancel(victim)).toBe(true);
      expect(queue.cancel(victim)).toBe(false);
      expect(victim.callback).toBeNull();
      expect(queue.size).toBe(times.length - 1);
      const popped = drain(queue);
      expect(popped).not.toContain(victim);
      expect(new Set(popped)).toEqual(new Set(handles.filter((h) => h !== victim)));
    },
  );

  it('should skip cancelled events at the top in peek and pop', () => {
    const queue = new EventQueue();
    const a = queue.push(1, () => {});
    const b = queue.push(2, () => {});
    queue.cancel(a);
    expect(queue.peek()).toBe(b);
    expect(queue.size).toBe(1);
    queue.cancel(b);
    expect(queue.peek()).toBeUndefined();
    expect(queue.pop()).toBeUndefined();
    expect(queue.size).toBe(0);
  });

  test.prop(
    [
      fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2200, maxLength: 3000 }),
      fc.uniqueArray(fc.nat({ max: 2199 }), { maxLength: 500 }),
      fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 50 }),
    ],
    { numRuns: 10 },
  )('should keep order and size through compaction after many cancels', (times, survivors, later) => {
    const queue = new EventQueue();
    const handles = times.map((t) => queue.push(t, () => {}));
    const keep = new Set(survivors);
    const kept = new Set<ScheduledEvent>();
    handles.forEach((h, i) => {
      if (keep.has(i)) kept.add(h);
      else expect(queue.cancel(h)).toBe(true);
    });
    expect(queue.size).toBe(kept.size);
    // Compaction ran: the heap no longer holds most of the dead entries.
    const heapLength = (queue as unknown as { heap: unknown[] }).heap.length;
    expect(heapLength).toBeLessThan(times.length);
    expect(heapLength - queue.size).toBeLessThanOrEqual(1024);
    // Pushing after compaction still honours (time, seq).
    for (const t of later) kept.add(queue.push(t, () => {}));
    const popped = drain(queue);
    expect(new Set(popped)).toEqual(kept);
    expect(popped.every((e, i) => i === 0 || byTimeThenSeq(popped[i - 1]!, e) < 0)).toBe(true);
  });

  it('should compact only once dead entries exceed 1024 and outnumber live ones', () => {
    const queue = new EventQueue();
    const handles = Array.from({ length: 3000 }, (_, i) => queue.push(i, () => {}));
    const heap = (): number => (queue as unknown as { heap: unknown[] }).heap.length;
    for (let i = 0; i < 1024; i++) queue.cancel(handles[i]!);
    expect(heap()).toBe(3000);
    for (let i = 1024; i < 1501; i++) queue.cancel(handles[i]!);
    // 1501 dead of 3000: more dead than live, so the heap was rebuilt from the 1499 live ones.
    expect(heap()).toBe(1499);
    expect(queue.size).toBe(1499);
    expect(queue.pop()).toBe(handles[1501]);
  });
});
