/**
 * Counts messages and participation for coordination scenarios from `signals$`: every `send` is
 * a message; an agent participates when it sent or received a delivered message. Counts can be
 * split by the message type's prefix (`raft.request` → `raft`) for per-operation figures.
 */
import { filter } from 'rxjs';
import type { Simulation } from '../engine/index.js';

/** Message and participation counters of one run. */
export class MessageStats {
  /** Messages sent (every `send` event). */
  sent = 0;
  private readonly involved = new Set<string>();
  private readonly byPrefix = new Map<string, number>();

  constructor(sim: Simulation) {
    sim.signals$.pipe(filter((s) => s.kind === 'send' || s.kind === 'deliver')).subscribe((s) => {
      if (s.kind === 'send') {
        this.sent++;
        const dot = s.type.indexOf('.');
        const prefix = dot < 0 ? s.type : s.type.slice(0, dot);
        this.byPrefix.set(prefix, (this.byPrefix.get(prefix) ?? 0) + 1);
      } else {
        this.involved.add(s.src);
        this.involved.add(s.dst);
      }
    });
  }

  /** Messages whose type starts with `prefix.`. */
  sentWithPrefix(prefix: string): number {
    return this.byPrefix.get(prefix) ?? 0;
  }

  /** How many of `agents` sent or received at least one delivered message. */
  participants(agents: Iterable<string>): number {
    let n = 0;
    for (const a of agents) if (this.involved.has(a)) n++;
    return n;
  }
}
