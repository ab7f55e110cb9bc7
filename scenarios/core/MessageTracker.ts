/**
 * Counts messages and participation for coordination scenarios from `signals$`: every `send` is
 * a message; an agent participates when it sent or received a delivered message.
 */
import { filter } from 'rxjs';
import type { Simulation } from '../../engine/index.js';

/** Message and participation counters of one run. */
export class MessageTracker {
  /** Messages sent (every `send` event). */
  sent = 0;
  private readonly involved = new Set<string>();

  constructor(sim: Simulation) {
    sim.signalsOf('send', 'deliver').pipe(filter((s) => s.kind === 'send' || s.kind === 'deliver')).subscribe((s) => {
      if (s.kind === 'send') this.sent++;
      else {
        this.involved.add(s.src);
        this.involved.add(s.dst);
      }
    });
  }

  /** How many of `agents` sent or received at least one delivered message. */
  participants(agents: Iterable<string>): number {
    let n = 0;
    for (const a of agents) if (this.involved.has(a)) n++;
    return n;
  }
}
