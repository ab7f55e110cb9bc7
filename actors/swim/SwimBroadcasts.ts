/**
 * The piggyback buffer of a SWIM member (memberlist's TransmitLimitedQueue, simplified): each
 * membership update is attached to up to `limit` outgoing protocol messages, least-transmitted
 * first; a newer update about the same node replaces the queued one. Bounded in size.
 */

/** A membership update carried on protocol messages. */
export interface SwimUpdate {
  node: string;
  status: 'alive' | 'suspect' | 'dead';
  incarnation: number;
  /** The member that originated the update. */
  from: string;
}

interface Queued {
  update: SwimUpdate;
  transmits: number;
}

/** Bounded queue of updates to piggyback, mutated in place. */
export class SwimBroadcasts {
  private readonly queue: Queued[] = [];
  /** Reused by {@link take}'s selection (its result is consumed before the next call). */
  private readonly scratch: Queued[] = [];

  constructor(private readonly capacity = 256) {}

  /** Queues `update`, replacing any queued update about the same node. */
  push(update: SwimUpdate): void {
    const i = this.queue.findIndex((q) => q.update.node === update.node);
    if (i >= 0) this.queue.splice(i, 1);
    this.queue.push({ update, transmits: 0 });
    if (this.queue.length > this.capacity) {
      // Drop the most-transmitted (oldest among equals): it has spread the furthest.
      let worst = 0;
      for (let k = 1; k < this.queue.length; k++) if (this.queue[k]!.transmits > this.queue[worst]!.transmits) worst = k;
      this.queue.splice(worst, 1);
    }
  }

  /** Up to `max` updates for one message; each counts a transmission, retired at `limit`. */
  take(max: number, limit: number): SwimUpdate[] | undefined {
    const queue = this.queue;
    const n = queue.length;
    if (n === 0 || max <= 0) return undefined;
    // The `max` least-transmitted, oldest first among equals (what a stable sort by transmits
    // would put first), picked in one pass into a small ordered selection instead of sorting a
    // copy of the whole queue for every message. With no more than `max` queued, all of them go
    // in queue order.
    const picked = n <= max ? queue : this.select(max);
    const out: SwimUpdate[] = new Array<SwimUpdate>(picked.length);
    let retired = false;
    for (let i = 0; i < picked.length; i++) {
      const q = picked[i]!;
      out[i] = q.update;
      if (++q.transmits >= limit) retired = true;
    }
    if (retired) {
      let w = 0;
      for (let r = 0; r < n; r++) if (queue[r]!.transmits < limit) queue[w++] = queue[r]!;
      queue.length = w;
    }
    return out;
  }

  /** The first `max` entries of the queue stably ordered by transmits (`max` < queue length). */
  private select(max: number): Queued[] {
    const sel = this.scratch;
    sel.length = 0;
    for (const q of this.queue) {
      const t = q.transmits;
      let i = sel.length;
      if (i === max) {
        // Full: only a strictly smaller count displaces the last (equal counts keep the older).
        if (t >= sel[max - 1]!.transmits) continue;
        i--;
      } else sel.push(q);
      while (i > 0 && sel[i - 1]!.transmits > t) {
        sel[i] = sel[i - 1]!;
        i--;
      }
      sel[i] = q;
      if (sel.length === max && sel[max - 1]!.transmits === 0) break;
    }
    return sel;
  }

  /** Updates queued. */
  get size(): number {
    return this.queue.length;
  }
}
