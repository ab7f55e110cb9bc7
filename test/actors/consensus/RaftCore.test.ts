import { describe, expect, it } from 'vitest';
import { createRaftDisk, parseDistribution, RaftCore, Rng, type CoveragePoints, type RaftMessage } from '../../../index.js';

/** A tiny synchronous harness: delivers every outbox message instantly, in order. */
function group(n: number, options: { doubleVote?: boolean; commitOldTerm?: boolean } = {}, taken?: string[]) {
  const members = Array.from({ length: n }, (_, i) => `r${i}`);
  const cores = new Map(
    members.map((id) => [
      id,
      new RaftCore({ id, members, electionTimeout: parseDistribution('uniform:150:300'), heartbeatMs: 50, ...options }, createRaftDisk(), new Rng(1, id), 0, taken && recording(id, taken)),
    ]),
  );
  const down = new Set<string>();
  const pump = (now: number): void => {
    for (let moved = true; moved; ) {
      moved = false;
      for (const [from, core] of cores) {
        const out = core.outbox.splice(0);
        core.signals.length = 0;
        for (const m of out) {
          moved = true;
          if (!down.has(m.to) && !down.has(from)) cores.get(m.to)!.handle(m.event as RaftMessage, now);
        }
      }
    }
  };
  /** `id`'s timer fires at `now`, then every message is delivered. */
  const tick = (id: string, now: number): void => {
    cores.get(id)!.onTimer(now);
    pump(now);
  };
  return { members, cores, down, pump, tick, core: (id: string) => cores.get(id)! };
}

/** Coverage points that record `id: cause` for every point taken. */
function recording(id: string, taken: string[]): CoveragePoints {
  return { enabled: true, hit: (_from, _to, cause) => void taken.push(`${id}: ${cause}`) };
}

describe('RaftCore', () => {
  it('should elect the first node to time out, with every vote, and replicate its no-op', () => {
    const g = group(5);
    g.tick('r2', 1000);
    expect(g.core('r2').role).toBe('leader');
    expect([...g.cores.values()].filter((c) => c.role === 'leader')).toHaveLength(1);
    expect(g.core('r2').disk.term).toBe(1);
    // The no-op of term 1 is committed once a majority acknowledged the first append.
    expect(g.core('r2').commitIndex).toBe(1);
    g.tick('r2', 1050);
    for (const c of g.cores.values()) expect(c.commitIndex).toBe(1);
  });

  it('should commit a client command only once a majority holds it', () => {
    const g = group(5);
    g.tick('r0', 1000);
    g.down.add('r3').add('r4');
    g.down.add('r2');
    g.core('r0').handle({ type: 'raft.request', cmd: 'x' }, 1010);
    g.tick('r0', 1050);
    expect(g.core('r0').commitIndex).toBe(1);
    g.down.delete('r2');
    g.tick('r0', 1100);
    expect(g.core('r0').commitIndex).toBe(2);
    expect(g.core('r0').disk.log[2]).toEqual({ cmd: 'x', term: 1 });
  });

  it('should forward a request to the known leader and drop it when none is known', () => {
    const g = group(3);
    g.core('r1').handle({ type: 'raft.request', cmd: 'early' }, 10);
    expect(g.core('r1').signals).toEqual([{ name: 'raft.dropped', data: { cmd: 'early' } }]);
    g.tick('r0', 1000);
    g.core('r1').handle({ type: 'raft.request', cmd: 'late' }, 1010);
    expect(g.core('r1').outbox).toEqual([{ to: 'r0', event: { type: 'raft.request', cmd: 'late' } }]);
  });

  it('should overwrite a follower\'s uncommitted conflicting entries with the leader\'s', () => {
    const g = group(3);
    g.tick('r0', 1000);
    // r0 appends an entry nobody else gets, then is cut off; r1 wins term 2 and commits another.
    g.down.add('r0');
    g.core('r0').handle({ type: 'raft.request', cmd: 'lost' }, 1010);
    g.tick('r1', 2000);
    g.core('r1').handle({ type: 'raft.request', cmd: 'kept' }, 2010);
    g.down.delete('r0');
    for (let t = 2050; t < 2300; t += 50) {
      g.tick('r1', t);
    }
    expect(g.core('r0').role).toBe('follower');
    expect(g.core('r0').disk.log.map((e) => e.cmd)).toEqual(g.core('r1').disk.log.map((e) => e.cmd));
    expect(g.core('r0').disk.log.some((e) => e.cmd === 'lost')).toBe(false);
  });

  it('should refuse a second vote in a term, unless the double-vote bug is on', () => {
    for (const doubleVote of [false, true]) {
      const g = group(3, { doubleVote });
      const voter = g.core('r2');
      voter.handle({ type: 'raft.vote', from: 'r0', lastIndex: 0, lastTerm: 0, term: 1 }, 0);
      voter.handle({ type: 'raft.vote', from: 'r1', lastIndex: 0, lastTerm: 0, term: 1 }, 0);
      const granted = voter.outbox.map((m) => (m.event as { granted: boolean }).granted);
      expect(granted).toEqual([true, doubleVote]);
    }
  });

  it('should refuse a vote to a candidate whose log is behind', () => {
    const g = group(3);
    g.tick('r0', 1000);
    const r1 = g.core('r1');
    r1.handle({ type: 'raft.vote', from: 'r2', lastIndex: 0, lastTerm: 0, term: 5 }, 2000);
    expect(r1.outbox.at(-1)!.event).toMatchObject({ type: 'raft.voteReply', granted: false, term: 5 });
  });

  it('should stretch election timeouts after a leaderless contended term, only when adaptive', () => {
    const delays = (adaptiveTimeout: boolean): number[] =>
      Array.from({ length: 200 }, (_, seed) => {
        const members = ['r0', 'r1', 'r2', 'r3', 'r4'];
        const c = new RaftCore({ id: 'r4', members, electionTimeout: parseDistribution('uniform:150:300'), heartbeatMs: 50, adaptiveTimeout }, createRaftDisk(), new Rng(seed, 'r4'), 0);
        // Three candidates ask for votes in term 1 and nobody wins; r4 then starts term 2.
        for (const from of ['r0', 'r1', 'r2']) c.handle({ type: 'raft.vote', from, lastIndex: 0, lastTerm: 0, term: 1 }, 0);
        c.onTimer(1000);
        expect(c.disk.term).toBe(2);
        return c.electionDeadline - 1000;
      });
    const fixed = delays(false);
    const adaptive = delays(true);
    expect(Math.max(...fixed)).toBeLessThanOrEqual(300);
    // c = 3 candidates: timeout = b·F, b ~ U(150, 300), F ~ U(1, 3).
    // P(b·F <= 300) = E[(300/b - 1)/2] = (2·ln 2 - 1)/2 ≈ 0.193, so P(> 300 ms) ≈ 0.807 (σ ≈ 0.028 for 200).
    const over = adaptive.filter((d) => d > 300).length / adaptive.length;
    expect(over).toBeGreaterThan(0.72);
    expect(over).toBeLessThan(0.89);
    expect(Math.max(...adaptive)).toBeLessThanOrEqual(900);
  });

  it('should report Figure 8\'s steps as coverage points: a leader deposed with unreplicated entries, re-elected with them, and an entry replaced by an older one', () => {
    const taken: string[] = [];
    const g = group(3, { commitOldTerm: true }, taken);
    g.tick('r0', 1000);
    // r0 (term 1) appends e alone; r1 wins term 2 and appends f alone.
    g.down.add('r0');
    g.core('r0').handle({ type: 'raft.request', cmd: 'e' }, 1010);
    g.tick('r1', 2000);
    g.down.add('r1');
    g.core('r1').handle({ type: 'raft.request', cmd: 'f' }, 2010);
    // r0 comes back, is deposed by r2's term, then wins term 3 with r2 and replicates e.
    g.down.delete('r0');
    g.tick('r0', 2050);
    expect(taken).toContain('r0: deposed-unreplicated');
    g.tick('r0', 5000);
    expect(g.core('r0').role).toBe('leader');
    expect(taken).toContain('r0: reelected-unreplicated');
    // r1 comes back: its f (term 2) gives way to r0's e (term 1).
    g.down.delete('r1');
    for (let t = 5050; t < 5300; t += 50) {
      g.tick('r0', t);
    }
    expect(taken).toContain('r1: append-replaced-by-older');
    expect(g.core('r1').disk.log.map((e) => e.cmd)).toEqual(g.core('r0').disk.log.map((e) => e.cmd));
  });
});
