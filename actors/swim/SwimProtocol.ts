/**
 * The SWIM protocol logic of one member (Das, Gupta, Motivala 2002), with memberlist's
 * suspicion mechanism (Lifeguard-style confirmations) and infection-style dissemination:
 *
 * - every protocol period the member pings one target; without an ack within `probeTimeoutMs`
 *   it asks `indirectChecks` helpers to ping the target for it (`ping_req`); without any ack by
 *   the end of the period the probe failed;
 * - with `suspicion` off a failed probe declares the target dead at once; with it on the target
 *   becomes suspect, a suspicion timer starts (memberlist's min/max formula), independent
 *   confirmations from other members shorten it, and a suspected live member refutes by
 *   gossiping `alive` with a higher incarnation; at expiry the target is declared dead;
 * - membership updates ride on every protocol message (`updates`), each retransmitted up to
 *   retransmitMult · ceil(log10(n+1)) times;
 * - with `pushPullMs` set, memberlist's anti-entropy: every interval (scaled up past 32 members)
 *   the member sends its view to one other member (the next of its own walk, dead ones included,
 *   as Serf's reconnect reaches them), which answers with its own, and both merge (a `dead`
 *   merged as a `suspect`, as memberlist does). Dissemination alone is best effort: a member
 *   paused while its suspicion was gossiped never hears that it was declared dead, and never
 *   refutes; a state exchange tells it.
 *
 * The class is plain and mutated in place; the XState machine (swimMember.ts) feeds it events
 * and carries out the effects it returns (sends, signals, timers).
 */
import { NO_COVERAGE_POINTS, type CoveragePoints, type Rng } from '../../engine/index.js';
import { SwimBroadcasts, type SwimUpdate } from './SwimBroadcasts.js';
import type { SwimMembership } from './SwimMembership.js';
import { expectedConfirmations, pushPullScaleMs, remainingSuspicionMs, retransmitLimit, suspicionTimeoutMs } from './swimTimeouts.js';

/** SWIM configuration. */
export interface SwimConfig {
  probeIntervalMs: number;
  probeTimeoutMs: number;
  indirectChecks: number;
  suspicion: boolean;
  suspicionMult: number;
  suspicionMaxMult: number;
  retransmitMult: number;
  /** Most updates piggybacked on one message. */
  maxPiggyback: number;
  target: 'random' | 'round-robin';
  /** Push/pull (anti-entropy) interval in ms before scaling; 0 or absent: off. */
  pushPullMs?: number;
  /** Test-only bug `detector-never-suspects`: a failed probe has no consequence. */
  neverSuspects?: boolean;
  /**
   * Test-only bug `swim-refutation-lost`: a member declared dead stays dead — an `alive` with a
   * higher incarnation (a refutation) that arrives after the `dead` broadcast is ignored.
   */
  deadIsFinal?: boolean;
}

/** Protocol messages. `relay` marks a ping sent on behalf of another member. */
export type SwimMessage =
  | { type: 'ping'; from: string; seq: number; relay?: true; updates?: SwimUpdate[] }
  | { type: 'ack'; from: string; seq: number; updates?: SwimUpdate[] }
  | { type: 'ping_req'; from: string; seq: number; target: string; updates?: SwimUpdate[] }
  | { type: 'push_pull'; from: string; state: SwimUpdate[]; reply?: true; updates?: SwimUpdate[] };

/** Self-scheduled timer events. */
export type SwimTimerEvent = { type: 'probe_timeout'; seq: number } | { type: 'suspicion_timeout'; node: string; token: number } | { type: 'push_pull_timeout' };

/** What the protocol asks its host to do. */
export type SwimEffect =
  | { kind: 'send'; to: string; event: SwimMessage }
  | { kind: 'signal'; name: string; data: unknown }
  | { kind: 'timer'; id: string; delayMs: number; event: SwimTimerEvent }
  | { kind: 'cancel'; id: string };

interface Suspicion {
  token: number;
  start: number;
  k: number;
  n: number;
  min: number;
  max: number;
  confirmations: Set<string>;
}

/** One member's protocol state and handlers. */
export class SwimProtocol {
  /** Effects produced by the last handler calls; the host drains them. */
  readonly effects: SwimEffect[] = [];
  private readonly broadcasts = new SwimBroadcasts();
  private readonly suspicions = new Map<string, Suspicion>();
  private readonly relays = new Map<number, { requester: string; seq: number; at: number }>();
  private probe: { target: string; seq: number; acked: boolean } | undefined;
  private seq = 0;
  private incarnation = 0;
  private tokens = 0;
  private pushPullStarted = false;

  constructor(
    readonly self: string,
    readonly view: SwimMembership,
    private readonly config: SwimConfig,
    private readonly rng: Rng,
    private readonly now: () => number,
    /** `swim-probe` and `swim-view` coverage points (no-ops unless coverage is on). */
    private readonly points: { probe: CoveragePoints; view: CoveragePoints } = { probe: NO_COVERAGE_POINTS, view: NO_COVERAGE_POINTS },
  ) {}

  /** Where the probe cycle is, for coverage. */
  private probeState: 'idle' | 'probing' | 'indirect' | 'acked' = 'idle';

  private probeTo(state: 'idle' | 'probing' | 'indirect' | 'acked', cause: string): void {
    this.points.probe.hit(this.probeState, state, cause);
    this.probeState = state;
  }

  /** Start of a protocol period: conclude the previous probe, then probe the next target. */
  tick(): void {
    // memberlist staggers its first push/pull by a random fraction of the interval.
    if (!this.pushPullStarted && (this.config.pushPullMs ?? 0) > 0) {
      this.pushPullStarted = true;
      this.armPushPull(this.rng.uniform(0, this.config.pushPullMs!));
    }
    const previous = this.probe;
    this.probe = undefined;
    if (previous !== undefined && !previous.acked) this.probeFailed(previous.target);
    const now = this.now();
    for (const [seq, r] of this.relays) if (now - r.at >= this.config.probeIntervalMs) this.relays.delete(seq);
    const target = this.view.nextTarget(this.rng, this.config.target);
    if (target === undefined) return;
    this.probeTo('probing', previous !== undefined && !previous.acked ? 'tick-probe-failed' : 'tick');
    const seq = ++this.seq;
    this.probe = { target, seq, acked: false };
    this.send(target, { type: 'ping', from: this.self, seq });
    this.effects.push({ kind: 'timer', id: 'probe', delayMs: this.config.probeTimeoutMs, event: { type: 'probe_timeout', seq } });
  }

  /** No direct ack in time: ask helpers to probe indirectly. */
  probeTimeout(seq: number): void {
    const p = this.probe;
    if (p === undefined || p.seq !== seq || p.acked) return;
    this.probeTo('indirect', 'probe-timeout');
    for (const helper of this.view.helpers(this.rng, this.config.indirectChecks, p.target)) {
      this.send(helper, { type: 'ping_req', from: this.self, seq, target: p.target });
    }
  }

  /** The push/pull timer fired: send this member's view to the next partner. */
  pushPullTimeout(): void {
    const partner = this.view.nextPartner(this.rng, this.config.target);
    if (partner !== undefined) this.send(partner, { type: 'push_pull', from: this.self, state: this.state() });
    this.armPushPull(pushPullScaleMs(this.config.pushPullMs!, this.view.liveCount));
  }

  /** Handles a protocol message. */
  receive(msg: SwimMessage): void {
    if (msg.updates) for (const u of msg.updates) this.apply(u);
    switch (msg.type) {
      case 'push_pull':
        // The answer carries the view as it was before the merge, as memberlist's does.
        if (msg.reply !== true) this.send(msg.from, { type: 'push_pull', from: this.self, state: this.state(), reply: true });
        for (const u of msg.state) this.apply(u.status === 'dead' ? { ...u, status: 'suspect' } : u);
        return;
      case 'ping':
        this.send(msg.from, { type: 'ack', from: this.self, seq: msg.seq });
        return;
      case 'ping_req': {
        const seq = ++this.seq;
        this.relays.set(seq, { requester: msg.from, seq: msg.seq, at: this.now() });
        this.send(msg.target, { type: 'ping', from: this.self, relay: true, seq });
        return;
      }
      case 'ack': {
        const relay = this.relays.get(msg.seq);
        if (relay !== undefined) {
          this.relays.delete(msg.seq);
          this.send(relay.requester, { type: 'ack', from: this.self, seq: relay.seq });
          return;
        }
        const p = this.probe;
        if (p !== undefined && p.seq === msg.seq && !p.acked) {
          p.acked = true;
          this.probeTo('acked', 'ack');
          this.effects.push({ kind: 'cancel', id: 'probe' });
        }
        return;
      }
    }
  }

  /** A suspicion timer fired. */
  suspicionTimeout(node: string, token: number): void {
    const s = this.suspicions.get(node);
    if (s === undefined || s.token !== token) return;
    this.suspicions.delete(node);
    const entry = this.view.get(node);
    if (entry?.status === 'suspect') {
      this.points.view.hit('suspect', 'dead', 'suspicion-timeout');
      this.apply({ from: this.self, incarnation: entry.incarnation, node, status: 'dead' });
    }
  }

  /** This member's current incarnation number. */
  get currentIncarnation(): number {
    return this.incarnation;
  }

  /** Applies one membership update (received, or originated here). */
  apply(u: SwimUpdate): void {
    if (u.status === 'alive') this.onAlive(u);
    else if (u.status === 'suspect') this.onSuspect(u);
    else this.onDead(u);
  }

  private probeFailed(target: string): void {
    if (this.config.neverSuspects) return;
    const entry = this.view.get(target);
    if (entry === undefined || entry.status === 'dead') return;
    if (entry.status === 'alive') this.points.view.hit('alive', this.config.suspicion ? 'suspect' : 'dead', 'probe-failed');
    this.apply({ from: this.self, incarnation: entry.incarnation, node: target, status: this.config.suspicion ? 'suspect' : 'dead' });
  }

  private onAlive(u: SwimUpdate): void {
    if (u.node === this.self) return;
    const cur = this.view.get(u.node);
    if (cur === undefined) return;
    if (u.incarnation <= cur.incarnation) return this.points.view.hit(cur.status, cur.status, u.incarnation === cur.incarnation ? 'alive-same-incarnation' : 'alive-stale');
    if (cur.status === 'dead' && this.config.deadIsFinal === true) return;
    this.points.view.hit(cur.status, 'alive', cur.status === 'alive' ? 'newer-incarnation' : (this.suspicions.get(u.node)?.n ?? 0) > 0 ? 'refutation-confirmed' : 'refutation');
    this.clearSuspicion(u.node);
    this.view.set(u.node, 'alive', u.incarnation);
    this.broadcasts.push(u);
    if (cur.status === 'dead') this.signal('declared_alive', { node: u.node });
  }

  private onSuspect(u: SwimUpdate): void {
    const cur = this.view.get(u.node);
    if (cur === undefined) return;
    if (u.incarnation < cur.incarnation) return this.points.view.hit(cur.status, cur.status, 'suspect-stale');
    const s = this.suspicions.get(u.node);
    if (s !== undefined) {
      if (this.confirm(u.node, s, u.from)) {
        this.points.view.hit('suspect', 'suspect', 'confirmation');
        this.broadcasts.push(u);
      } else this.points.view.hit('suspect', 'suspect', 'confirmation-ignored');
      return;
    }
    if (cur.status !== 'alive') return this.points.view.hit(cur.status, cur.status, 'suspect-ignored');
    if (u.node === this.self) return this.refute(u.incarnation, 'refute-suspect');
    if (u.from !== this.self) this.points.view.hit('alive', 'suspect', 'suspect-gossip');
    this.broadcasts.push(u);
    this.view.set(u.node, 'suspect', u.incarnation);
    const n = this.view.roster.size;
    const k = expectedConfirmations(this.config.suspicionMult, n);
    const min = suspicionTimeoutMs(this.config.suspicionMult, n, this.config.probeIntervalMs);
    const max = this.config.suspicionMaxMult * min;
    const rec: Suspicion = { token: ++this.tokens, start: this.now(), k, n: 0, min, max, confirmations: new Set([u.from]) };
    this.suspicions.set(u.node, rec);
    this.timer(u.node, rec, k < 1 ? min : max);
    if (u.from === this.self) this.signal('suspected', { node: u.node });
  }

  private onDead(u: SwimUpdate): void {
    const cur = this.view.get(u.node);
    if (cur === undefined) return;
    if (u.incarnation < cur.incarnation) return this.points.view.hit(cur.status, cur.status, 'dead-stale');
    this.clearSuspicion(u.node);
    if (cur.status === 'dead') return this.points.view.hit('dead', 'dead', 'dead-repeated');
    if (u.node === this.self) return this.refute(u.incarnation, 'refute-dead');
    if (u.from !== this.self) this.points.view.hit(cur.status, 'dead', 'dead-gossip');
    this.broadcasts.push(u);
    this.view.set(u.node, 'dead', u.incarnation);
    this.signal('declared_dead', { node: u.node, origin: u.from });
  }

  /** memberlist `Confirm`: true when `from` is a new confirmation. */
  private confirm(node: string, s: Suspicion, from: string): boolean {
    if (s.n >= s.k || s.confirmations.has(from)) return false;
    s.confirmations.add(from);
    s.n++;
    const remaining = remainingSuspicionMs(s.n, s.k, this.now() - s.start, s.min, s.max);
    s.token = ++this.tokens;
    this.effects.push({ kind: 'cancel', id: `suspect:${node}` });
    if (remaining > 0) this.timer(node, s, remaining);
    else this.suspicionTimeout(node, s.token);
    return true;
  }

  private refute(accused: number, cause: 'refute-suspect' | 'refute-dead'): void {
    this.points.view.hit('alive', 'alive', cause);
    this.incarnation = Math.max(this.incarnation, accused) + 1;
    this.view.set(this.self, 'alive', this.incarnation);
    this.broadcasts.push({ from: this.self, incarnation: this.incarnation, node: this.self, status: 'alive' });
    this.signal('refuted', { node: this.self, incarnation: this.incarnation });
  }

  /** The view as updates: every entry that differs from alive at incarnation 0. */
  private state(): SwimUpdate[] {
    const out: SwimUpdate[] = [];
    for (const [node, e] of this.view.entries()) out.push({ from: this.self, incarnation: e.incarnation, node, status: e.status });
    return out;
  }

  private armPushPull(delayMs: number): void {
    this.effects.push({ kind: 'timer', id: 'push_pull', delayMs, event: { type: 'push_pull_timeout' } });
  }

  private clearSuspicion(node: string): void {
    if (this.suspicions.delete(node)) this.effects.push({ kind: 'cancel', id: `suspect:${node}` });
  }

  private timer(node: string, s: Suspicion, delayMs: number): void {
    this.effects.push({ kind: 'timer', id: `suspect:${node}`, delayMs, event: { type: 'suspicion_timeout', node, token: s.token } });
  }

  private send(to: string, event: SwimMessage): void {
    const updates = this.broadcasts.take(this.config.maxPiggyback, retransmitLimit(this.config.retransmitMult, this.view.roster.size));
    if (updates) event.updates = updates;
    this.effects.push({ kind: 'send', to, event });
  }

  private signal(name: string, data: unknown): void {
    this.effects.push({ kind: 'signal', name, data });
  }
}
