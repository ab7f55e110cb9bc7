/**
 * One SWIM member's view of the group, cheap at 10,000 members: the roster (ids and their
 * indexes) is shared by every member and never copied; a member stores only the entries that
 * differ from "alive, incarnation 0". Probe targets come from a uniformly random choice or a
 * round-robin walk over a freshly shuffled order each pass (SWIM §4.3, memberlist), drawn
 * lazily by Fisher–Yates with a sparse swap map, so a pass costs memory only for the positions
 * drawn so far instead of an n-element array per member.
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
  private pass = new Map<number, number>();
  private passPos = 0;

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
    return mode === 'random' ? this.randomOther(rng, -1) : this.nextInPass(rng);
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

  private randomOther(rng: Rng, exclude: number): string | undefined {
    const n = this.roster.size;
    // Rejection sampling is O(1) expected while most members are live; fall back to a scan.
    for (let tries = 0; tries < 64; tries++) {
      const i = rng.int(n);
      if (i !== this.selfIndex && i !== exclude && this.changed.get(i)?.status !== 'dead') return this.roster.ids[i];
    }
    const live: number[] = [];
    for (let i = 0; i < n; i++) if (i !== this.selfIndex && i !== exclude && this.changed.get(i)?.status !== 'dead') live.push(i);
    return live.length ? this.roster.ids[live[rng.int(live.length)]!] : undefined;
  }

  private nextInPass(rng: Rng): string | undefined {
    const n = this.roster.size;
    for (let guard = 0; guard < 2 * n + 1; guard++) {
      if (this.passPos >= n) {
        this.pass = new Map();
        this.passPos = 0;
      }
      // Lazy Fisher–Yates: position p holds pass.get(p) ?? p.
      const i = this.passPos++;
      const j = i + rng.int(n - i);
      const pick = this.pass.get(j) ?? j;
      this.pass.set(j, this.pass.get(i) ?? i);
      this.pass.delete(i);
      if (pick !== this.selfIndex && this.changed.get(pick)?.status !== 'dead') return this.roster.ids[pick];
    }
    return undefined;
  }
}
