/**
 * Fans recorded events out to `signals$` subscribers. Each subscription says which kinds it wants
 * ({@link SignalHub.of}), and an event object is only built when some subscriber wants its kind:
 * a scenario watching signals and faults no longer pays an allocation for every timer and delivery.
 * Subscribers are called in subscription order, whatever kinds they asked for.
 */
import { Observable, type Subscriber } from 'rxjs';
import type { Signal, TraceKind } from './TraceEvent.js';

const BIT: Readonly<Record<TraceKind, number>> = { send: 1, deliver: 2, drop: 4, timer: 8, fault: 16, state: 32, signal: 64 };
const ALL = 127;

interface Watcher {
  readonly mask: number;
  readonly subscriber: Subscriber<Signal>;
}

/** The subscribers of one simulation's events, by kind. */
export class SignalHub {
  private watchers: Watcher[] = [];
  private mask = 0;
  private done = false;
  /** Every event. */
  readonly all: Observable<Signal> = this.of();

  /** Events of the given kinds only (every kind when none is given). */
  of(...kinds: TraceKind[]): Observable<Signal> {
    const mask = kinds.length === 0 ? ALL : kinds.reduce((m, k) => m | BIT[k], 0);
    return new Observable<Signal>((subscriber) => {
      if (this.done) return subscriber.complete();
      const watcher: Watcher = { mask, subscriber };
      this.watchers = [...this.watchers, watcher];
      this.mask |= mask;
      return () => {
        this.watchers = this.watchers.filter((w) => w !== watcher);
        this.mask = this.watchers.reduce((m, w) => m | w.mask, 0);
      };
    });
  }

  /** Whether anyone wants events of `kind`. */
  wants(kind: TraceKind): boolean {
    return (this.mask & BIT[kind]) !== 0;
  }

  /** Hands `signal` to every subscriber that wants its kind. */
  next(signal: Signal): void {
    const bit = BIT[signal.kind];
    // The array is replaced, never mutated, on (un)subscribe, so iterating it is safe re-entrantly.
    for (const w of this.watchers) if ((w.mask & bit) !== 0) w.subscriber.next(signal);
  }

  /** Completes every subscription (the run ended). */
  complete(): void {
    this.done = true;
    const watchers = this.watchers;
    this.watchers = [];
    this.mask = 0;
    for (const w of watchers) w.subscriber.complete();
  }
}
