/**
 * The protocol state of one cluster node's manager (see `clusterManager`): a shard of the
 * cluster-wide agent directory, the local load balancer and the node's share of a resource pool.
 * Like `RaftCore`, it appends messages and signals to an outbox that the machine emits.
 *
 * - Discovery: agent `a` is registered with manager `owner(a)` (a hash of the id); a lookup goes
 *   agent → its own manager → the owner, which answers the agent directly (`d.found`).
 * - Load balancing: a request goes to the local agent with the fewest jobs in flight; when even
 *   that one has `spillAt` or more, the request is passed once to a random other manager.
 * - Resource allocation: a coordinator reserves ⌈units/spread⌉ units on `spread` other managers
 *   (two-phase: reserve, then commit or release); reservations not committed within `timeoutMs`
 *   are released, committed ones are held for `holdMs`.
 */
import type { EventObject } from 'xstate';
import { NO_COVERAGE_POINTS, type CoveragePoints, type Rng } from '../../engine/index.js';

/** Configuration of one manager. */
export interface ClusterManagerConfig {
  readonly id: string;
  readonly index: number;
  /** Every manager id; position = cluster node index. */
  readonly managers: readonly string[];
  /** This node's agents. */
  readonly agents: readonly string[];
  readonly spillAt: number;
  readonly capacity: number;
  readonly timeoutMs: number;
  readonly holdMs: number;
}

/** Messages a manager handles. */
export type ClusterManagerEvent =
  | { type: 'd.register'; agents: string[]; node: number }
  | { type: 'd.lookup'; from: string; key: string }
  | { type: 'd.resolve'; from: string; key: string }
  | { type: 'lb.request'; hops: number; id: number }
  | { type: 'lb.done'; agent: string; id: number }
  | { type: 'ra.request'; id: number; spread: number; units: number }
  | { type: 'ra.reserve'; from: string; id: number; units: number }
  | { type: 'ra.granted'; from: string; id: number }
  | { type: 'ra.denied'; from: string; id: number }
  | { type: 'ra.commit'; id: number }
  | { type: 'ra.release'; id: number };

/** The manager of agent id `agent` in the directory. */
export function directoryOwner(agent: string, managers: number): number {
  let h = 2166136261;
  for (let i = 0; i < agent.length; i++) h = Math.imul(h ^ agent.charCodeAt(i), 16777619);
  return (h >>> 0) % managers;
}

interface Reservation {
  units: number;
  until: number;
  committed: boolean;
}
interface Allocation {
  readonly started: number;
  readonly targets: string[];
  readonly granted: string[];
  replies: number;
  ok: boolean;
}

/** One manager's directory shard, balancer and resource share. */
export class ClusterManagerCore {
  readonly outbox: { to: string; event: EventObject }[] = [];
  readonly signals: { name: string; data: unknown }[] = [];
  readonly directory = new Map<string, number>();
  readonly inFlight = new Map<string, number>();
  free: number;
  private readonly reservations = new Map<number, Reservation>();
  private readonly allocations = new Map<number, Allocation>();

  constructor(
    readonly config: ClusterManagerConfig,
    private readonly rng: Rng,
    /** Coverage points (`CLUSTER_MANAGER_COVERAGE`); a no-op unless coverage is on. */
    private readonly points: CoveragePoints = NO_COVERAGE_POINTS,
  ) {
    this.free = config.capacity;
    for (const a of config.agents) this.inFlight.set(a, 0);
  }

  /** Registers this node's agents with their directory owners (one batch per owner). */
  register(): void {
    const { managers, agents, index } = this.config;
    const batches = new Map<number, string[]>();
    for (const a of agents) {
      const owner = directoryOwner(a, managers.length);
      if (owner === index) this.directory.set(a, index);
      else {
        const batch = batches.get(owner);
        if (batch === undefined) batches.set(owner, [a]);
        else batch.push(a);
      }
    }
    for (const [owner, list] of batches) this.send(managers[owner]!, { type: 'd.register', agents: list, node: index });
  }

  /** The manager's state for coverage: whether its resource share has free units. */
  private get state(): string {
    return this.free > 0 ? 'available' : 'full';
  }

  /** Handles one message at virtual time `now`. */
  handle(e: ClusterManagerEvent, now: number): void {
    const { managers } = this.config;
    const from = this.state;
    const hit = (cause: string): void => this.points.hit(from, this.state, cause);
    switch (e.type) {
      case 'd.register':
        for (const a of e.agents) this.directory.set(a, e.node);
        return hit('d-register');
      case 'd.lookup': {
        const owner = directoryOwner(e.key, managers.length);
        if (owner === this.config.index) {
          hit('d-lookup-owned');
          return this.answer(e.from, e.key);
        }
        hit('d-lookup-forwarded');
        return this.send(managers[owner]!, { type: 'd.resolve', from: e.from, key: e.key });
      }
      case 'd.resolve':
        return this.answer(e.from, e.key);
      case 'lb.request':
        return this.balance(e.id, e.hops);
      case 'lb.done':
        this.inFlight.set(e.agent, Math.max(0, (this.inFlight.get(e.agent) ?? 1) - 1));
        this.signals.push({ name: 'lb.completed', data: { agent: e.agent, id: e.id } });
        return hit('lb-done');
      case 'ra.request':
        return this.coordinate(e.id, e.units, e.spread, now);
      case 'ra.reserve': {
        const ok = this.free >= e.units;
        if (ok) {
          this.free -= e.units;
          this.reservations.set(e.id, { units: e.units, until: now + this.config.timeoutMs, committed: false });
        }
        hit(ok ? 'ra-reserve-granted' : 'ra-reserve-denied');
        return this.send(e.from, { type: ok ? 'ra.granted' : 'ra.denied', from: this.config.id, id: e.id });
      }
      case 'ra.granted':
      case 'ra.denied':
        return this.reply(e.id, e.from, e.type === 'ra.granted');
      case 'ra.commit': {
        const r = this.reservations.get(e.id);
        if (r !== undefined) {
          r.committed = true;
          r.until = now + this.config.holdMs;
        }
        return hit(r !== undefined ? 'ra-commit' : 'ra-commit-unknown');
      }
      case 'ra.release':
        return this.releaseReservation(e.id, 'ra-release');
    }
  }

  /** Periodic sweep: expires reservations and allocations that timed out. */
  sweep(now: number): void {
    for (const [id, r] of this.reservations) if (r.until <= now) this.releaseReservation(id, 'sweep-expired');
    for (const [id, a] of this.allocations) {
      if (now - a.started < this.config.timeoutMs) continue;
      this.points.hit(this.state, this.state, 'sweep-timed-out');
      this.finishAllocation(id, a, false);
    }
  }

  private send<E extends EventObject>(to: string, event: E): void {
    this.outbox.push({ to, event });
  }

  private answer(agent: string, key: string): void {
    this.points.hit(this.state, this.state, this.directory.has(key) ? 'd-answer-found' : 'd-answer-unknown');
    this.send(agent, { type: 'd.found', key, node: this.directory.get(key) ?? -1 });
  }

  private balance(id: number, hops: number): void {
    let best: string | undefined;
    let load = Infinity;
    for (const [agent, n] of this.inFlight) {
      if (n < load) {
        best = agent;
        load = n;
      }
    }
    const others = this.config.managers.length - 1;
    if (best === undefined || (load >= this.config.spillAt && hops === 0 && others > 0)) {
      let peer = this.rng.int(others);
      if (peer >= this.config.index) peer++;
      this.points.hit(this.state, this.state, 'lb-spilled');
      return this.send(this.config.managers[peer]!, { type: 'lb.request', hops: hops + 1, id });
    }
    this.inFlight.set(best, load + 1);
    this.points.hit(this.state, this.state, 'lb-assigned');
    this.send(best, { type: 'lb.job', id, mgr: this.config.id });
  }

  private coordinate(id: number, units: number, spread: number, now: number): void {
    const others = this.config.managers.filter((m) => m !== this.config.id);
    const targets = this.rng.shuffle(others).slice(0, Math.min(spread, others.length));
    const each = Math.ceil(units / Math.max(1, targets.length));
    this.allocations.set(id, { started: now, targets, granted: [], replies: 0, ok: true });
    this.points.hit(this.state, this.state, targets.length === 0 ? 'ra-no-targets' : 'ra-coordinate');
    for (const t of targets) this.send(t, { type: 'ra.reserve', from: this.config.id, id, units: each });
    if (targets.length === 0) this.finishAllocation(id, this.allocations.get(id)!, false);
  }

  private reply(id: number, from: string, granted: boolean): void {
    const a = this.allocations.get(id);
    if (a === undefined) {
      if (granted) {
        this.points.hit(this.state, this.state, 'ra-late-grant-released');
        this.send(from, { type: 'ra.release', id });
      }
      return;
    }
    this.points.hit(this.state, this.state, 'ra-reply');
    a.replies++;
    if (granted) a.granted.push(from);
    else a.ok = false;
    if (a.replies === a.targets.length) this.finishAllocation(id, a, a.ok);
  }

  private finishAllocation(id: number, a: Allocation, ok: boolean): void {
    this.allocations.delete(id);
    this.points.hit(this.state, this.state, ok ? 'ra-allocated' : 'ra-failed');
    for (const t of a.granted) this.send(t, { type: ok ? 'ra.commit' : 'ra.release', id });
    this.signals.push({ name: ok ? 'ra.allocated' : 'ra.failed', data: { id } });
  }

  private releaseReservation(id: number, cause: string): void {
    const from = this.state;
    const r = this.reservations.get(id);
    if (r === undefined) return this.points.hit(from, from, `${cause}-unknown`);
    this.reservations.delete(id);
    this.free += r.units;
    this.points.hit(from, this.state, cause);
  }
}
