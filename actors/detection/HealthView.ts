/**
 * A health view: which nodes one detector actor currently believes dead, followed from its
 * `declared_dead` / `declared_alive` signals `{ node }` on `signals$`. Every detector in agentsim
 * publishes these (the central monitors, the health checker, and each SWIM member for its own
 * view), so a load balancer or a test can route around the nodes a detector has declared dead.
 */
import { filter, map, type Observable } from 'rxjs';
import type { Signal } from '../../engine/index.js';

/** A change in a health view. */
export interface HealthChange {
  readonly time: number;
  readonly node: string;
  readonly alive: boolean;
}

/** The current verdicts of detector actor `observer`, updated as its signals arrive. */
export class HealthView {
  private readonly dead = new Set<string>();
  /** Every change, as it happens. */
  readonly changes$: Observable<HealthChange>;

  /**
   * @param source - the simulation (or anything with `signals$`)
   * @param observer - id of the detector actor whose view to follow (e.g. `monitor`, `agent-1`)
   */
  constructor(
    source: { readonly signals$: Observable<Signal> },
    readonly observer: string,
  ) {
    this.changes$ = source.signals$.pipe(
      filter((s) => s.kind === 'signal' && s.src === observer && (s.type === 'declared_dead' || s.type === 'declared_alive')),
      map((s) => ({ time: s.time, node: (s.payload as { node: string }).node, alive: s.type === 'declared_alive' })),
    );
    this.changes$.subscribe((c) => (c.alive ? this.dead.delete(c.node) : this.dead.add(c.node)));
  }

  /** Whether the observer currently believes `node` alive (true until declared dead). */
  isAlive(node: string): boolean {
    return !this.dead.has(node);
  }

  /** Nodes currently declared dead. */
  get deadNodes(): ReadonlySet<string> {
    return this.dead;
  }
}
