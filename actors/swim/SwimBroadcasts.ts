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
  private queue: Queued[] = [];

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
    if (this.queue.length === 0 || max <= 0) return undefined;
    // Stable sort keeps queue order (oldest first) among equal transmit counts.
    const picked = this.queue.length <= max ? this.queue.slice() : this.queue.slice().sort((a, b) => a.transmits - b.transmits).slice(0, max);
    const out: SwimUpdate[] = [];
    for (const q of picked) {
      out.push(q.update);
      q.transmits++;
    }
    if (picked.some((q) => q.transmits >= limit)) this.queue = this.queue.filter((q) => q.transmits < limit);
    return out;
  }

  /** Updates queued. */
  get size(): number {
    return this.queue.length;
  }
}
