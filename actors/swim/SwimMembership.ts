/**
 * One SWIM member's view of the group, cheap at 10,000 members: the roster (ids and their
 * indexes) is shared by every member and never copied; a member stores only the entries that
 * differ from "alive, incarnation 0". Probe targets (and push/pull partners) come from a
 * uniformly random choice or a round-robin walk over a freshly shuffled order each pass (SWIM
 * §4.3, memberlist), drawn lazily by Fisher–Yates with a sparse swap map, so a pass costs memory
 * only for the positions drawn so far instead of an n-element array per member.
 */
import type { Rng } from '../../engine/index.js';

/** Status of a member in a view. */
export type SwimStatus = 'alive' | 'suspect' | 'dead';

/** The group's members, shared read-only by all views. */
export class SwimRoster {
  readonly index = new Map<string, number>();
  constructor(readonly ids: readonly string[]) {
    ids.forEach((id, i) => this.index.set(id, i));
  }
  get size(): number {
    return this.ids.length;
  }
}

/** A view entry. */
export interface SwimEntry {
  status: SwimStatus;
  incarnation: number;
}

const ALIVE0: Readonly<SwimEntry> = Object.freeze({ status: 'alive', incarnation: 0 });

/** A member's membership view, mutated in place. */
export class SwimMembership {
  private readonly changed = new Map<number, SwimEntry>();
  private deadCount = 0;
  private readonly selfIndex: number;
  private readonly probePass = new ShuffledPass();
  private partnerPass: ShuffledPass | undefined;

  constructor(
    readonly roster: SwimRoster,
    readonly self: string,
  ) {
    const i = roster.index.get(self);
    if (i === undefined) throw new RangeError(`SwimMembership: "${self}" is not in the roster`);
    this.selfIndex = i;
  }

  /** The entry of `node` (alive/0 unless changed); undefined for a node outside the roster. */
  get(node: string): Readonly<SwimEntry> | undefined {
    const i = this.roster.index.get(node);
    return i === undefined ? undefined : (this.changed.get(i) ?? ALIVE0);
  }

  /** Sets the entry of `node` (ignored for nodes outside the roster). */
  set(node: string, status: SwimStatus, incarnation: number): void {
    const i = this.roster.index.get(node);
    if (i === undefined) return;
    const before = this.changed.get(i)?.status ?? 'alive';
    if (before === 'dead') this.deadCount--;
    if (status === 'dead') this.deadCount++;
    if (status === 'alive' && incarnation === 0) this.changed.delete(i);
    else this.changed.set(i, { status, incarnation });
  }

  /** Members not believed dead, this member included. */
  get liveCount(): number {
    return this.roster.size - this.deadCount;
  }

  /** Next probe target (never self, never a member believed dead), or undefined when none. */
  nextTarget(rng: Rng, mode: 'random' | 'round-robin'): string | undefined {
    if (this.liveCount <= 1) return undefined;
    return this.draw(rng, mode, this.probePass, this.notDead);
  }

  /**
   * Next push/pull partner: any other member, those held suspect or dead included, drawn as probe
   * targets are but from a walk of its own. memberlist exchanges state with alive members only and
   * leaves reaching the dead to Serf's reconnect; folding that in means a member wrongly held dead
   * — or two that hold each other dead with no one left to relay — still hear each other within
   * two passes. Undefined when the group has no other member.
   */
  nextPartner(rng: Rng, mode: 'random' | 'round-robin'): string | undefined {
    return this.draw(rng, mode, (this.partnerPass ??= new ShuffledPass()), this.other);
  }

  private readonly notDead = (i: number): boolean => i !== this.selfIndex && this.changed.get(i)?.status !== 'dead';
  private readonly other = (i: number): boolean => i !== this.selfIndex;

  private draw(rng: Rng, mode: 'random' | 'round-robin', pass: ShuffledPass, accept: (i: number) => boolean): string | undefined {
    const i = mode === 'random' ? this.randomPick(rng, accept) : pass.next(rng, this.roster.size, accept);
    return i === undefined ? undefined : this.roster.ids[i];
  }

  /** Every entry that differs from "alive, incarnation 0" (this member's own included), as `[id, entry]`. */
  *entries(): IterableIterator<[string, Readonly<SwimEntry>]> {
    for (const [i, e] of this.changed) yield [this.roster.ids[i]!, e];
  }

  /**
   * Up to `k` distinct members for indirect probing: alive (not suspect, not dead), not self,
   * not `exclude` (memberlist's kRandomNodes).
   */
  helpers(rng: Rng, k: number, exclude: string): string[] {
    const out: string[] = [];
    const ex = this.roster.index.get(exclude) ?? -1;
    const n = this.roster.size;
    for (let tries = 0; out.length < k && tries < 3 * n; tries++) {
      const i = rng.int(n);
      if (i === this.selfIndex || i === ex || (this.changed.get(i)?.status ?? 'alive') !== 'alive') continue;
      const id = this.roster.ids[i]!;
      if (!out.includes(id)) out.push(id);
    }
    return out;
  }

  private randomPick(rng: Rng, accept: (i: number) => boolean): number | undefined {
    const n = this.roster.size;
    // Rejection sampling is O(1) expected while most members are accepted; fall back to a scan.
    for (let tries = 0; tries < 64; tries++) {
      const i = rng.int(n);
      if (accept(i)) return i;
    }
    const ok: number[] = [];
    for (let i = 0; i < n; i++) if (accept(i)) ok.push(i);
    return ok.length ? ok[rng.int(ok.length)] : undefined;
  }
}

/** A round-robin walk over roster indexes, reshuffled each pass (lazy Fisher–Yates). */
class ShuffledPass {
  private pass = new Map<number, number>();
  private pos = 0;

  /** The next index of the walk that `accept`s, or undefined after two passes without one. */
  next(rng: Rng, n: number, accept: (i: number) => boolean): number | undefined {
    for (let guard = 0; guard < 2 * n + 1; guard++) {
      if (this.pos >= n) {
        this.pass = new Map();
        this.pos = 0;
      }
      // Position p holds pass.get(p) ?? p.
      const i = this.pos++;
      const j = i + rng.int(n - i);
      const pick = this.pass.get(j) ?? j;
      this.pass.set(j, this.pass.get(i) ?? i);
      this.pass.delete(i);
      if (accept(pick)) return pick;
    }
    return undefined;
  }
}
