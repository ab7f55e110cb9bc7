/**
 * Watches a Raft group from `signals$` and the participants' disks: the election-safety,
 * log-matching, committed-agree and leader-completeness invariants, commit latency of client
 * commands and election downtime after a leader crash; with coverage on, the near misses of
 * `RAFT_LEDGER_COVERAGE`. Reused by every scenario that runs `raftNodeMachine`.
 */
import { filter } from 'rxjs';
import type { RaftCore, RaftDisk, RaftEntry } from '../../actors/index.js';
import type { ObservedPoints, Simulation } from '../../engine/index.js';
import { RAFT_LEDGER_COVERAGE } from './raftLedgerCoverage.js';
import type { InvariantResult } from '../core/defineScenario.js';

interface Violations {
  count: number;
  example?: string;
}

/** Observer of one Raft group. */
export class RaftTracker {
  /** term → the participant elected leader in it. */
  readonly leaders = new Map<number, string>();
  /** index → the entry committed there (as first seen committed by a leader). */
  readonly ledger = new Map<number, RaftEntry>();
  /** index → the term of the leader that first committed it. */
  private readonly committedIn = new Map<number, number>();
  /** Highest index committed so far. */
  private top = 0;
  /** cmd → time it was first committed. */
  readonly committedAt = new Map<string, number>();
  private readonly submitted = new Map<string, number>();
  private readonly election: Violations = { count: 0 };
  private readonly agree: Violations = { count: 0 };
  private readonly completeness: Violations = { count: 0 };
  private current: { id: string; term: number } | null = null;
  private pendingCrash: { at: number; term: number } | null = null;
  private readonly onCommit: (cmd: string, latencyMs: number) => void;
  private readonly onDowntime: (ms: number) => void;
  /** Near-miss coverage points (`RAFT_LEDGER_COVERAGE`); a no-op unless coverage is on. */
  private readonly points: ObservedPoints;
  /** With coverage on: index → the leader that committed it first, and the indices found shadowed. */
  private readonly committers = new Map<number, string>();
  private readonly shadowed = new Set<number>();
  /** With coverage on: node → the index up to which its log matched the ledger when last checked. */
  private readonly agreed = new Map<string, number>();

  constructor(
    private readonly sim: Simulation,
    private readonly disks: ReadonlyMap<string, RaftDisk>,
    hooks: { commit(cmd: string, latencyMs: number): void; downtime(ms: number): void },
  ) {
    this.onCommit = hooks.commit;
    this.onDowntime = hooks.downtime;
    this.points = sim.observedPoints(RAFT_LEDGER_COVERAGE);
    // A participant sends after its log changed (a leader's heartbeat, a follower's reply).
    if (this.points.enabled) {
      sim.signalsOf('send').pipe(filter((s) => disks.has(s.src))).subscribe((s) => {
        this.shadows(s.src);
        if (s.type === 'raft.append') this.pastStranded(s.src);
      });
    }
    sim.signalsOf('signal').pipe(filter((s) => s.kind === 'signal' && s.type.startsWith('raft.') && disks.has(s.src))).subscribe((s) => {
      if (s.type === 'raft.leader') this.leaderElected(s.src, (s.payload as { term: number }).term, s.time);
      else if (s.type === 'raft.commit') {
        const c = s.payload as { index: number; from?: number; term?: number };
        if (c.from !== undefined) this.leaderCommitted(s.src, c.from, c.index, c.term ?? 0, s.time);
      }
    });
  }

  /** Records that command `cmd` was submitted now. */
  submit(cmd: string): void {
    this.submitted.set(cmd, this.sim.now);
  }

  /** Commands submitted so far. */
  get submittedCount(): number {
    return this.submitted.size;
  }

  /** The latest elected leader that is still up, or null. */
  currentLeader(): { id: string; term: number } | null {
    return this.current !== null && this.sim.isUp(this.current.id) ? this.current : null;
  }

  /** Marks the current leader crashed now: downtime runs until a later term elects a leader. */
  leaderCrashed(term: number): void {
    this.pendingCrash = { at: this.sim.now, term };
  }

  private leaderElected(id: string, term: number, time: number): void {
    const prior = this.leaders.get(term);
    if (prior !== undefined && prior !== id) {
      this.election.count++;
      this.election.example ??= `term ${term} elected both ${prior} and ${id} (t=${time})`;
    } else this.leaders.set(term, id);
    this.complete(id, term, time);
    if (this.current === null || term >= this.current.term) this.current = { id, term };
    if (this.pendingCrash !== null && term > this.pendingCrash.term) {
      this.onDowntime(time - this.pendingCrash.at);
      this.pendingCrash = null;
    }
  }

  private leaderCommitted(id: string, from: number, to: number, term: number, time: number): void {
    const log = this.disks.get(id)!.log;
    for (let i = from; i <= to; i++) {
      const entry = log[i]!;
      const known = this.ledger.get(i);
      if (known === undefined) {
        this.ledger.set(i, entry);
        this.committedIn.set(i, term);
        this.top = Math.max(this.top, i);
        if (this.points.enabled) this.committers.set(i, id);
      } else if (!same(known, entry)) this.disagree(`${id} committed ${fmt(entry)} at index ${i}, already committed as ${fmt(known)} (t=${time})`);
      if (entry.cmd !== '' && !this.committedAt.has(entry.cmd)) {
        this.committedAt.set(entry.cmd, time);
        const at = this.submitted.get(entry.cmd);
        if (at !== undefined) this.onCommit(entry.cmd, time - at);
      }
    }
  }

  /** §5.4's Leader Completeness: the leader of `term` holds every entry committed in an earlier term. */
  private complete(id: string, term: number, time: number): void {
    const log = this.disks.get(id)!.log;
    for (const [i, entry] of this.ledger) {
      const mine = log[i];
      if (this.committedIn.get(i)! >= term || same(mine, entry)) continue;
      this.completeness.count++;
      this.completeness.example ??= `${id} won term ${term} holding ${mine ? fmt(mine) : 'nothing'} at index ${i}, committed as ${fmt(entry)} (t=${time})`;
      return;
    }
  }

  /**
   * Figure 8's (b): leader `id` lacks client entries of an earlier term that another node holds above
   * every commit — a deposed leader's stranded entries, which `id` will overwrite unless their holder
   * leads again first. A point on `id`'s node: cutting it off now gives the holder that chance.
   */
  private pastStranded(id: string): void {
    const disk = this.disks.get(id)!;
    for (const [other, d] of this.disks) {
      if (other === id) continue;
      for (let j = this.top + 1; j < d.log.length; j++) {
        const e = d.log[j]!;
        if (e.cmd !== '' && e.term < disk.term && !same(disk.log[j], e)) {
          return this.points.hit(this.sim.nodeOf(id) ?? id, 'ledger', 'ledger', 'leader-past-stranded');
        }
      }
    }
  }

  /**
   * Figure 8's eve: `id`'s log holds, at a committed index, an entry of a later term than the one
   * committed there — safe only while `id` cannot lead. A point on the committing leader's node.
   * Indices where `id`'s log already matched the ledger are not checked again.
   */
  private shadows(id: string): void {
    const log = this.disks.get(id)!.log;
    const end = Math.min(this.top, log.length - 1);
    let i = this.agreed.get(id) ?? 0;
    while (i < end && same(log[i + 1], this.ledger.get(i + 1)!)) i++;
    this.agreed.set(id, i);
    for (let j = i + 1; j <= end; j++) {
      const entry = this.ledger.get(j)!;
      if (log[j]!.term <= entry.term || this.shadowed.has(j)) continue;
      this.shadowed.add(j);
      const committer = this.committers.get(j)!;
      this.points.hit(this.sim.nodeOf(committer) ?? committer, 'ledger', 'ledger', 'commit-shadowed');
    }
  }

  private disagree(example: string): void {
    this.agree.count++;
    this.agree.example ??= example;
  }

  /**
   * The four safety invariants. `core(id)` gives a live participant's protocol state (for its
   * volatile commit index); down participants are checked on their disk's log only.
   */
  invariants(core: (id: string) => RaftCore | undefined): InvariantResult[] {
    const byIndexTerm = new Map<string, string>();
    const matching: Violations = { count: 0 };
    const agree: Violations = { ...this.agree };
    for (const [id, disk] of this.disks) {
      for (let i = 1; i < disk.log.length; i++) {
        const e = disk.log[i]!;
        const key = `${i}:${e.term}`;
        const cmd = byIndexTerm.get(key);
        if (cmd === undefined) byIndexTerm.set(key, e.cmd);
        else if (cmd !== e.cmd) {
          matching.count++;
          matching.example ??= `${id} holds ${fmt(e)} at index ${i}, another node holds cmd "${cmd}" with the same term`;
        }
      }
      const commit = core(id)?.commitIndex ?? 0;
      for (let i = 1; i <= commit; i++) {
        const mine = disk.log[i];
        const known = this.ledger.get(i);
        if (known === undefined || !same(mine, known)) {
          agree.count++;
          agree.example ??= `${id} has committed index ${i} as ${mine ? fmt(mine) : 'nothing'}, the ledger has ${known ? fmt(known) : 'nothing'}`;
          break;
        }
      }
    }
    return [
      result('raft.election-safety', this.election),
      result('raft.log-matching', matching),
      result('raft.committed-agree', agree),
      result('raft.leader-completeness', this.completeness),
    ];
  }
}

function same(a: RaftEntry | undefined, b: RaftEntry): boolean {
  return a !== undefined && a.term === b.term && a.cmd === b.cmd;
}

function fmt(e: RaftEntry): string {
  return `{term ${e.term}, cmd "${e.cmd}"}`;
}

function result(name: string, v: Violations): InvariantResult {
  return { name, holds: v.count === 0, violations: v.count, ...(v.example ? { example: v.example } : {}) };
}
