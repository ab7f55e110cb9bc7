/**
 * The Raft protocol (leader election and log replication) as a plain class, driven by the
 * `raftNode` machine. It never sends: it appends messages and signals to an outbox that the
 * machine drains and emits, so one event costs one machine transition whatever it triggers.
 *
 * Persistent state (term, vote, log) lives in a {@link RaftDisk} owned by the scenario and passed
 * in again on restart, as stable storage survives a crash; everything else is volatile.
 *
 * Commit counting is incremental: `acks[i]` counts followers known to hold entry i, so a reply
 * costs O(new entries) rather than a sort of every follower's match index — which at 1,000
 * participants would make each heartbeat round quadratic.
 */
import { NO_COVERAGE_POINTS, type CoveragePoints, type Distribution, type Rng } from '../../engine/index.js';

/** One log entry; `cmd` is the client's command (`''` for a leader's no-op). */
export interface RaftEntry {
  readonly term: number;
  readonly cmd: string;
}

/** Stable storage of one participant: survives crash and restart. */
export interface RaftDisk {
  term: number;
  votedFor: string | null;
  /** `log[0]` is a sentinel `{ term: 0, cmd: '' }`; entries are 1-based. */
  readonly log: RaftEntry[];
}

/** A fresh disk. */
export function createRaftDisk(): RaftDisk {
  return { term: 0, votedFor: null, log: [{ cmd: '', term: 0 }] };
}

/** Messages between participants and from clients. */
export type RaftMessage =
  | { type: 'raft.vote'; term: number; from: string; lastIndex: number; lastTerm: number }
  | { type: 'raft.voteReply'; term: number; from: string; granted: boolean }
  | { type: 'raft.append'; term: number; from: string; prevIndex: number; prevTerm: number; entries: RaftEntry[]; commit: number }
  | { type: 'raft.appendReply'; term: number; from: string; success: boolean; match: number }
  | { type: 'raft.request'; cmd: string };

/** Roles of a participant. */
export type RaftRole = 'follower' | 'candidate' | 'leader';

/** Configuration of one participant. */
export interface RaftConfig {
  readonly id: string;
  /** Every participant's id, this one included. */
  readonly members: readonly string[];
  readonly electionTimeout: Distribution;
  readonly heartbeatMs: number;
  /** Most entries per append message. */
  readonly maxBatch?: number;
  /**
   * Contention-adaptive election timeouts (default true): after a term that elected nobody, the
   * timeout is stretched by a random factor in [1, c], c = candidates seen in that term. With
   * fixed randomisation, n participants and latency L, about n·L/spread candidates start per
   * round and split the vote every time once that exceeds a few (1,000 participants, 150 ms
   * spread, 5 ms latency: ~33, and no leader is ever elected); stretching by c brings the next
   * round's concurrency back to ~1, while the earliest of n timeouts stays near the minimum.
   */
  readonly adaptiveTimeout?: boolean;
  /** Test-only bug: grant a vote even when already voted for another candidate this term. */
  readonly doubleVote?: boolean;
  /**
   * Test-only bug (Figure 8 of the Raft paper): a new leader appends no no-op and commits any
   * entry a majority holds, whatever its term, so an entry of an earlier term can be committed
   * and later overwritten.
   */
  readonly commitOldTerm?: boolean;
  /** Test-only bug: a leader that sees a higher term in a reply adopts it but stays leader. */
  readonly noStepDownOnReply?: boolean;
}

/** Leader-side bookkeeping, rebuilt on every election win. */
interface LeaderState {
  readonly next: Map<string, number>;
  readonly match: Map<string, number>;
  /** acks[i] = followers known to hold entry i (only meaningful above commitIndex). */
  readonly acks: number[];
}

/** One Raft participant's protocol state. */
export class RaftCore {
  role: RaftRole = 'follower';
  commitIndex = 0;
  leaderId: string | null = null;
  /** Virtual time at which a follower or candidate starts an election. */
  electionDeadline: number;
  readonly outbox: { to: string; event: RaftMessage }[] = [];
  readonly signals: { name: string; data: unknown }[] = [];
  private readonly peers: string[];
  private readonly majority: number;
  private votes = new Set<string>();
  /** Candidates seen (vote requests, own candidacy) in the current term. */
  private candidates = new Set<string>();
  /** Stretch factor of election timeouts: candidates of the last leaderless term, else 1. */
  private contention = 1;
  private leader: LeaderState | null = null;
  /** Coverage only: last index of the entries this node held unreplicated when deposed (0: none). */
  private stranded = 0;

  constructor(
    readonly config: RaftConfig,
    readonly disk: RaftDisk,
    private readonly rng: Rng,
    now: number,
    /** Coverage points (`RAFT_COVERAGE`); a no-op unless coverage is on. */
    private readonly points: CoveragePoints = NO_COVERAGE_POINTS,
  ) {
    this.peers = config.members.filter((m) => m !== config.id);
    this.majority = (config.members.length >> 1) + 1;
    this.electionDeadline = now + this.timeout();
    // A restart: stable storage brought back entries whose fate this node no longer knows.
    if (disk.log.length > 1) this.points.hit('follower', 'follower', 'recovered-log');
  }

  get lastIndex(): number {
    return this.disk.log.length - 1;
  }

  /** Delay until the next timer this role needs (election deadline, or the next heartbeat). */
  timerDelay(now: number): number {
    return this.role === 'leader' ? this.config.heartbeatMs : Math.max(0, this.electionDeadline - now);
  }

  /** The timer fired: a leader heartbeats; others start an election if the deadline passed. */
  onTimer(now: number): void {
    if (this.role === 'leader') this.broadcastAppend();
    else if (now >= this.electionDeadline) this.startElection(now);
  }

  /** Handles one message. */
  handle(msg: RaftMessage, now: number): void {
    if (msg.type === 'raft.request') return this.onRequest(msg.cmd);
    const disk = this.disk;
    if (msg.term > disk.term) {
      const reply = msg.type === 'raft.voteReply' || msg.type === 'raft.appendReply';
      this.newTerm(msg.term);
      disk.votedFor = null;
      if (this.config.noStepDownOnReply === true && reply && this.role === 'leader') {
        this.leaderId = this.config.id;
        this.points.hit('leader', 'leader', 'higher-term-kept');
        return;
      }
      // A deposed leader holding entries no follower acknowledged: they survive only if it leads again.
      if (this.points.enabled && this.leader !== null && this.lastIndex > Math.max(0, ...this.leader.match.values())) {
        this.points.hit('leader', 'leader', 'deposed-unreplicated');
        this.stranded = this.lastIndex;
      }
      this.points.hit(this.role, 'follower', reply ? 'higher-term-reply' : 'higher-term');
      this.stepDown();
    }
    switch (msg.type) {
      case 'raft.vote':
        return this.onVote(msg, now);
      case 'raft.voteReply':
        if (this.role === 'candidate' && msg.term === disk.term && msg.granted) {
          this.points.hit('candidate', 'candidate', 'vote-counted');
          this.votes.add(msg.from);
          if (this.votes.size >= this.majority) this.becomeLeader();
        } else this.points.hit(this.role, this.role, 'vote-reply-ignored');
        return;
      case 'raft.append':
        return this.onAppend(msg, now);
      case 'raft.appendReply':
        if (this.role === 'leader' && msg.term === disk.term) this.onAppendReply(msg);
        else this.points.hit(this.role, this.role, 'append-reply-ignored');
        return;
    }
  }

  private timeout(): number {
    const base = this.config.electionTimeout.sample(this.rng);
    return this.contention > 1 ? base * (1 + (this.contention - 1) * this.rng.next()) : base;
  }

  /** Moves to `term`, learning how contended the term just left was. */
  private newTerm(term: number): void {
    if (this.config.adaptiveTimeout !== false) this.contention = this.leaderId === null ? Math.max(1, this.candidates.size) : 1;
    this.candidates = new Set();
    this.disk.term = term;
    this.leaderId = null;
  }

  private stepDown(): void {
    if (this.role !== 'follower') this.role = 'follower';
    this.leader = null;
  }

  private startElection(now: number): void {
    const disk = this.disk;
    this.newTerm(disk.term + 1);
    disk.votedFor = this.config.id;
    this.points.hit(this.role, 'candidate', 'election-timeout');
    this.role = 'candidate';
    this.votes = new Set([this.config.id]);
    this.candidates.add(this.config.id);
    this.electionDeadline = now + this.timeout();
    this.signals.push({ name: 'raft.candidate', data: { term: disk.term } });
    if (this.votes.size >= this.majority) return this.becomeLeader();
    const msg: RaftMessage = { type: 'raft.vote', from: this.config.id, lastIndex: this.lastIndex, lastTerm: disk.log[this.lastIndex]!.term, term: disk.term };
    for (const p of this.peers) this.outbox.push({ to: p, event: msg });
  }

  private onVote(msg: Extract<RaftMessage, { type: 'raft.vote' }>, now: number): void {
    const disk = this.disk;
    if (msg.term === disk.term) this.candidates.add(msg.from);
    const myLastTerm = disk.log[this.lastIndex]!.term;
    const upToDate = msg.lastTerm > myLastTerm || (msg.lastTerm === myLastTerm && msg.lastIndex >= this.lastIndex);
    const free = disk.votedFor === null || disk.votedFor === msg.from || (this.config.doubleVote === true && this.role === 'follower');
    const granted = msg.term === disk.term && free && upToDate;
    if (this.points.enabled) {
      const branch = granted ? 'vote-granted' : msg.term < disk.term ? 'vote-refused-stale-term' : !free ? 'vote-refused-already-voted' : 'vote-refused-log-behind';
      this.points.hit(this.role, this.role, branch);
    }
    if (granted) {
      disk.votedFor = msg.from;
      this.electionDeadline = now + this.timeout();
    }
    this.outbox.push({ to: msg.from, event: { type: 'raft.voteReply', from: this.config.id, granted, term: disk.term } });
  }

  private becomeLeader(): void {
    this.points.hit(this.role, 'leader', 'won-election');
    this.role = 'leader';
    this.leaderId = this.config.id;
    this.contention = 1;
    const next = new Map<string, number>();
    const match = new Map<string, number>();
    // A no-op of the new term lets the leader commit (and so learn) everything before it.
    if (this.config.commitOldTerm !== true) this.disk.log.push({ cmd: '', term: this.disk.term });
    // Next index: the no-op just appended (without it, past the end).
    const first = this.config.commitOldTerm === true ? this.lastIndex + 1 : this.lastIndex;
    for (const p of this.peers) {
      next.set(p, first);
      match.set(p, 0);
    }
    this.leader = { next, match, acks: [] };
    if (this.points.enabled && this.disk.log.slice(this.commitIndex + 1).some((e) => e.term < this.disk.term && e.cmd !== '')) {
      // Entries of earlier terms this leader does not know to be committed: §5.4.2's case.
      this.points.hit('leader', 'leader', 'inherited-uncommitted');
      // Among them its own, stranded when it was deposed: Figure 8's leader back for its entry.
      if (this.stranded > this.commitIndex) this.points.hit('leader', 'leader', 'reelected-unreplicated');
    }
    this.stranded = 0;
    this.signals.push({ name: 'raft.leader', data: { term: this.disk.term } });
    this.broadcastAppend();
    this.advanceCommit();
  }

  private broadcastAppend(): void {
    for (const p of this.peers) this.sendAppend(p);
  }

  private sendAppend(peer: string): void {
    const disk = this.disk;
    const prevIndex = this.leader!.next.get(peer)! - 1;
    const end = Math.min(disk.log.length, prevIndex + 1 + (this.config.maxBatch ?? 64));
    this.outbox.push({
      to: peer,
      event: {
        type: 'raft.append',
        commit: this.commitIndex,
        entries: prevIndex + 1 < end ? disk.log.slice(prevIndex + 1, end) : [],
        from: this.config.id,
        prevIndex,
        prevTerm: disk.log[prevIndex]!.term,
        term: disk.term,
      },
    });
  }

  private onAppend(msg: Extract<RaftMessage, { type: 'raft.append' }>, now: number): void {
    const disk = this.disk;
    const reply = (success: boolean, match: number): void =>
      void this.outbox.push({ to: msg.from, event: { type: 'raft.appendReply', from: this.config.id, match, success, term: disk.term } });
    if (msg.term < disk.term) {
      this.points.hit(this.role, this.role, 'append-stale-term');
      return reply(false, 0);
    }
    if (this.role !== 'follower') {
      this.points.hit(this.role, 'follower', 'leader-append');
      this.stepDown();
    }
    this.leaderId = msg.from;
    this.contention = 1;
    this.electionDeadline = now + this.timeout();
    const log = disk.log;
    if (msg.prevIndex > this.lastIndex) {
      this.points.hit('follower', 'follower', 'append-gap');
      return reply(false, this.lastIndex);
    }
    if (log[msg.prevIndex]!.term !== msg.prevTerm) {
      this.points.hit('follower', 'follower', 'append-mismatch');
      return reply(false, Math.min(msg.prevIndex - 1, this.commitIndex));
    }
    let index = msg.prevIndex;
    let truncated = false;
    for (const entry of msg.entries) {
      index++;
      const mine = log[index];
      if (mine !== undefined && mine.term === entry.term) continue;
      if (mine !== undefined) {
        if (index <= this.stranded) this.stranded = 0;
        // Replaced by an entry the leader inherited from an earlier term (Figure 8's overwrite, safe
        // only while the replaced entry was not committed) — or by one older than the entry it replaces.
        if (entry.term < msg.term) this.points.hit('follower', 'follower', mine.term > entry.term ? 'append-replaced-by-older' : 'append-replaced-by-inherited');
        log.length = index;
        truncated = true;
      }
      log.push(entry);
    }
    this.points.hit('follower', 'follower', truncated ? 'append-truncated' : msg.entries.length > 0 ? 'append-entries' : 'append-heartbeat');
    // Followers learn commits silently (no signal per follower per heartbeat): observers read
    // `commitIndex`; only the leader's commits, which define commit latency, are published.
    if (msg.commit > this.commitIndex) this.commitIndex = Math.min(msg.commit, index);
    // An empty append that matched tells the leader nothing it does not know: it sends one only
    // when nextIndex = lastIndex + 1, which it sets on a success reply for that index. Not
    // acknowledging it halves steady-state heartbeat traffic.
    if (msg.entries.length > 0) reply(true, index);
  }

  private onAppendReply(msg: Extract<RaftMessage, { type: 'raft.appendReply' }>): void {
    const leader = this.leader!;
    const old = leader.match.get(msg.from);
    if (old === undefined) return;
    if (!msg.success) {
      this.points.hit('leader', 'leader', 'append-rejected');
      leader.next.set(msg.from, Math.max(1, Math.min(leader.next.get(msg.from)! - 1, msg.match + 1)));
      return;
    }
    if (msg.match <= old) return;
    this.points.hit('leader', 'leader', 'append-acked');
    leader.match.set(msg.from, msg.match);
    leader.next.set(msg.from, msg.match + 1);
    for (let i = Math.max(old, this.commitIndex) + 1; i <= msg.match; i++) leader.acks[i] = (leader.acks[i] ?? 0) + 1;
    this.advanceCommit();
  }

  /** Commits the highest entry of the current term held by a majority (and all before it). */
  private advanceCommit(): void {
    const { acks } = this.leader!;
    const log = this.disk.log;
    let target = this.commitIndex;
    let held = this.commitIndex;
    for (let i = this.commitIndex + 1; i <= this.lastIndex && (acks[i] ?? 0) + 1 >= this.majority; i++) {
      held = i;
      if (log[i]!.term === this.disk.term || this.config.commitOldTerm === true) target = i;
    }
    // §5.4.2: a majority holds entries of an earlier term, but counting replicas may not commit them.
    if (held > target) this.points.hit('leader', 'leader', 'commit-deferred-old-term');
    if (target > this.commitIndex) {
      const from = this.commitIndex + 1;
      this.points.hit('leader', 'leader', log[target]!.term === this.disk.term ? 'commit' : 'commit-old-term');
      this.commitIndex = target;
      this.signals.push({ name: 'raft.commit', data: { from, index: target, term: this.disk.term } });
    }
  }

  private onRequest(cmd: string): void {
    if (this.role === 'leader') {
      this.points.hit('leader', 'leader', 'request-appended');
      this.disk.log.push({ cmd, term: this.disk.term });
      if (this.majority === 1) this.advanceCommit();
    } else if (this.leaderId !== null && this.leaderId !== this.config.id) {
      this.points.hit(this.role, this.role, 'request-forwarded');
      this.outbox.push({ to: this.leaderId, event: { type: 'raft.request', cmd } });
    } else {
      this.points.hit(this.role, this.role, 'request-dropped');
      this.signals.push({ name: 'raft.dropped', data: { cmd } });
    }
  }
}
