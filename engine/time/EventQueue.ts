/**
 * The event queue: a binary min-heap of scheduled callbacks ordered by (time, seq).
 *
 * `seq` is a global counter assigned at scheduling, so two events due at the same virtual time
 * run in the order they were scheduled (FIFO). That tie-break is what makes a run a pure
 * function of its inputs: it never depends on heap layout or on the platform's sort.
 *
 * Cancellation is O(1): the entry is marked dead and skipped when it reaches the top. Dead
 * entries are compacted away once they outnumber the live ones, so a model that re-arms timers
 * constantly does not grow the heap without bound.
 */

/** A scheduled callback; returned by {@link EventQueue.push} as the handle to cancel it. */
export interface ScheduledEvent {
  readonly time: number;
  readonly seq: number;
  /** `null` once the event has run or was cancelled. */
  callback: (() => void) | null;
}

/** Binary min-heap of {@link ScheduledEvent}s ordered by (time, seq). */
export class EventQueue {
  private heap: ScheduledEvent[] = [];
  private nextSeq = 0;
  private dead = 0;

  /** Number of live (not cancelled) events. */
  get size(): number {
    return this.heap.length - this.dead;
  }

  /** Schedules `callback` at absolute `time`; O(log n). */
  push(time: number, callback: () => void): ScheduledEvent {
    const event: ScheduledEvent = { time, seq: this.nextSeq++, callback };
    const heap = this.heap;
    heap.push(event);
    this.siftUp(heap.length - 1);
    return event;
  }

  /**
   * Schedules an event that has run (and so has left the heap) again at `time` with a fresh seq,
   * reusing its object: a periodic timer re-arms without allocating. The caller guarantees it
   * is not in the heap (see `Kernel.reschedule`).
   */
  repush(event: ScheduledEvent, time: number, callback: () => void): void {
    const e = event as { time: number; seq: number; callback: (() => void) | null };
    e.time = time;
    e.seq = this.nextSeq++;
    e.callback = callback;
    const heap = this.heap;
    heap.push(event);
    this.siftUp(heap.length - 1);
  }

  /** Cancels a pending event; O(1). Returns false when it already ran or was cancelled. */
  cancel(event: ScheduledEvent): boolean {
    if (event.callback === null) return false;
    event.callback = null;
    this.dead++;
    if (this.dead > 1024 && this.dead * 2 > this.heap.length) this.compact();
    return true;
  }

  /** The earliest live event without removing it, or undefined when empty. */
  peek(): ScheduledEvent | undefined {
    this.dropDeadTop();
    return this.heap[0];
  }

  /** Removes and returns the earliest live event; O(log n). */
  pop(): ScheduledEvent | undefined {
    this.dropDeadTop();
    return this.removeTop();
  }

  private dropDeadTop(): void {
    const heap = this.heap;
    while (heap.length > 0 && heap[0]!.callback === null) {
      this.removeTop();
      this.dead--;
    }
  }

  private removeTop(): ScheduledEvent | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top !== undefined && last !== undefined && heap.length > 0) {
      heap[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private compact(): void {
    this.heap = this.heap.filter((e) => e.callback !== null);
    this.dead = 0;
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    const item = heap[index]!;
    let i = index;
    while (i > 0) {
      const parentIndex = (i - 1) >> 1;
      const parent = heap[parentIndex]!;
      if (parent.time < item.time || (parent.time === item.time && parent.seq < item.seq)) break;
      heap[i] = parent;
      i = parentIndex;
    }
    heap[i] = item;
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    const n = heap.length;
    const item = heap[index]!;
    let i = index;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let c = heap[child]!;
      const right = child + 1;
      if (right < n) {
        const r = heap[right]!;
        if (r.time < c.time || (r.time === c.time && r.seq < c.seq)) {
          child = right;
          c = r;
        }
      }
      if (item.time < c.time || (item.time === c.time && item.seq < c.seq)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = item;
  }
}
