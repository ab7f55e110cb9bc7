/**
 * A load balancer's view of its backends and its routing strategies, as a class kept in the
 * balancer's context and mutated in place (a decision must not copy a 100-entry table).
 *
 * The view holds, per backend: whether the balancer's health view believes it alive, the
 * requests it has sent there and not seen answered (`outstanding`), the last load the backend
 * reported (piggybacked on responses or answered to a poll) plus what this balancer sent since,
 * and a Finagle peak-EWMA metric. Which load estimate a strategy compares is set by `estimate`:
 * `outstanding` for a balancer all traffic goes through, `reported` for one of many balancers
 * that sees only part of it.
 */
import type { Rng } from '../../engine/index.js';
import { PeakEwma } from './PeakEwma.js';

/** Routing strategies. */
export const BALANCER_STRATEGIES = ['round-robin', 'random', 'least-connections', 'p2c', 'peak-ewma'] as const;
/** A routing strategy. */
export type BalancerStrategy = (typeof BALANCER_STRATEGIES)[number];

/** Options of {@link BalancerView}. */
export interface BalancerViewOptions {
  strategy: BalancerStrategy;
  /** Backends sampled per decision by `p2c` and `peak-ewma` (d of "power of d choices"). */
  choices: number;
  /** Time constant of peak-EWMA's decay, ms. */
  decayMs: number;
  /** Load compared by least-connections and p2c. */
  estimate: 'outstanding' | 'reported';
  /** Test-only bug: route to backends the health view has declared dead. */
  ignoreHealth?: boolean;
}

/** Backends, their health and load, and the routing decision. */
export class BalancerView {
  readonly servers: readonly string[];
  private readonly index = new Map<string, number>();
  private readonly dead: Uint8Array;
  private alive: number[] = [];
  private readonly outstanding: Int32Array;
  private readonly reported: Float64Array;
  private readonly sinceReport: Int32Array;
  private readonly ewma: PeakEwma[];
  private readonly all: number[];
  private cursor: number;
  private readonly ties: number[] = [];
  private readonly picked: number[] = [];

  constructor(
    servers: readonly string[],
    private readonly options: BalancerViewOptions,
    private readonly rng: Rng,
    now: number,
  ) {
    this.servers = servers;
    servers.forEach((s, i) => this.index.set(s, i));
    const n = servers.length;
    this.dead = new Uint8Array(n);
    this.outstanding = new Int32Array(n);
    this.reported = new Float64Array(n);
    this.sinceReport = new Int32Array(n);
    this.ewma = servers.map(() => new PeakEwma(options.decayMs, now));
    this.all = servers.map((_, i) => i);
    this.alive = this.all.slice();
    // Many balancers starting round-robin at the same backend would move in lockstep.
    this.cursor = n > 0 ? rng.int(n) : 0;
  }

  /** Whether the health view believes `server` alive. */
  isAlive(server: string): boolean {
    const i = this.index.get(server);
    return i !== undefined && this.dead[i] === 0;
  }

  /** Applies a health verdict; returns true when it changed the view. */
  setAlive(server: string, alive: boolean): boolean {
    const i = this.index.get(server);
    if (i === undefined || (this.dead[i] === 0) === alive) return false;
    this.dead[i] = alive ? 0 : 1;
    // Requests outstanding at a backend declared dead are given up for lost.
    this.outstanding[i] = 0;
    this.sinceReport[i] = 0;
    this.reported[i] = 0;
    this.ewma[i]!.pending = 0;
    this.alive = this.all.filter((j) => this.dead[j] === 0);
    return true;
  }

  /** Number of backends believed alive. */
  get aliveCount(): number {
    return this.alive.length;
  }

  /** Requests sent to `server` and not yet answered. */
  outstandingAt(server: string): number {
    return this.outstanding[this.index.get(server)!] ?? 0;
  }

  /** Chooses a backend for the next request and records the dispatch; undefined when none is alive. */
  route(now: number): string | undefined {
    const i = this.choose(now);
    if (i === undefined) return undefined;
    this.outstanding[i]!++;
    this.sinceReport[i]!++;
    this.ewma[i]!.start();
    return this.servers[i];
  }

  /** A response from `server` for a request sent at `sent`, reporting its current `load`. */
  answered(server: string, sent: number, load: number, now: number): void {
    const i = this.index.get(server);
    if (i === undefined) return;
    if (this.outstanding[i]! > 0) this.outstanding[i]!--;
    this.report(i, load);
    this.ewma[i]!.end(now - sent, now);
  }

  /** A load report from `server` (answer to a poll). */
  loadReport(server: string, load: number): void {
    const i = this.index.get(server);
    if (i !== undefined) this.report(i, load);
  }

  /** The load estimate of backend `i` that least-connections and p2c compare. */
  estimateOf(i: number): number {
    return this.options.estimate === 'outstanding' ? this.outstanding[i]! : this.reported[i]! + this.sinceReport[i]!;
  }

  private report(i: number, load: number): void {
    this.reported[i] = load;
    this.sinceReport[i] = 0;
  }

  private choose(now: number): number | undefined {
    const pool = this.options.ignoreHealth ? this.all : this.alive;
    const n = pool.length;
    if (n === 0) return undefined;
    switch (this.options.strategy) {
      case 'round-robin':
        return this.nextInRing(pool === this.all);
      case 'random':
        return pool[this.rng.int(n)];
      case 'least-connections':
        return this.argmin(pool, (i) => this.estimateOf(i));
      case 'p2c':
        return this.argmin(this.sample(pool), (i) => this.estimateOf(i));
      case 'peak-ewma':
        return this.argmin(this.sample(pool), (i) => this.ewma[i]!.load(now));
    }
  }

  private nextInRing(ignoreHealth: boolean): number {
    const n = this.servers.length;
    for (let k = 0; k < n; k++) {
      const i = this.cursor;
      this.cursor = (this.cursor + 1) % n;
      if (ignoreHealth || this.dead[i] === 0) return i;
    }
    return this.cursor;
  }

  /** `choices` distinct members of `pool`, uniformly (all of it when it is that small). */
  private sample(pool: readonly number[]): readonly number[] {
    const d = this.options.choices;
    if (d >= pool.length) return pool;
    const picked = this.picked;
    picked.length = 0;
    while (picked.length < d) {
      const i = pool[this.rng.int(pool.length)]!;
      if (!picked.includes(i)) picked.push(i);
    }
    return picked;
  }

  /** The member of `candidates` with the least `load`, ties broken uniformly at random. */
  private argmin(candidates: readonly number[], load: (i: number) => number): number {
    const ties = this.ties;
    ties.length = 0;
    let best = Infinity;
    for (const i of candidates) {
      const l = load(i);
      if (l < best) {
        best = l;
        ties.length = 0;
        ties.push(i);
      } else if (l === best) ties.push(i);
    }
    return ties.length === 1 ? ties[0]! : ties[this.rng.int(ties.length)]!;
  }
}
