/**
 * The registry's table of agents with secondary indexes, so that discovery over 10,000 agents
 * looks up candidate sets instead of scanning: capability → Set of ids, region → Set, health →
 * Set, and free memory in tenths → Set (resource queries walk at most ten buckets).
 *
 * Answers are memoised per distinct query until the next applied write: a discovery workload asks
 * the same few queries of an unchanged table, and each answer walks thousands of candidates.
 *
 * Entries are versioned for the replicated registry: a removal leaves a tombstone, and a write
 * wins only when its version is newer (last-writer-wins on (time, origin, seq)), so replicas that
 * exchange entries in any order converge. One table lives in a registry's context and is mutated
 * in place.
 */
import { matchesQuery, type AgentProfile, type DiscoveryQuery } from './AgentProfile.js';

/** A write's version: when and where it was made (ties broken by origin, then sequence). */
export interface EntryVersion {
  readonly time: number;
  readonly origin: string;
  readonly seq: number;
}

/** One table entry: a profile, or null for a removed agent (a tombstone). */
export interface RegistryEntry {
  readonly id: string;
  readonly profile: AgentProfile | null;
  readonly version: EntryVersion;
}

/** Whether version `a` is newer than `b`. */
export function isNewer(a: EntryVersion, b: EntryVersion): boolean {
  if (a.time !== b.time) return a.time > b.time;
  if (a.origin !== b.origin) return a.origin > b.origin;
  return a.seq > b.seq;
}

/** Options of a {@link RegistryTable}. */
export interface RegistryTableOptions {
  /**
   * Test-only broken variant: a write whose version ties the held one (same `time`) wins by
   * arriving later, unless it is the very same write (same origin and sequence).
   */
  readonly arrivalTies?: boolean;
}

/** Indexed, versioned agent table. */
export class RegistryTable {
  private readonly entries = new Map<string, RegistryEntry>();
  private readonly live = new Map<string, AgentProfile>();
  private readonly byCapability = new Map<string, Set<string>>();
  private readonly byRegion = new Map<string, Set<string>>();
  private readonly byHealth = new Map<string, Set<string>>();
  private readonly byMemory = new Map<number, Set<string>>();
  /** Answers since the last applied write, by {@link queryKey}. */
  private readonly answers = new Map<string, readonly string[]>();

  constructor(private readonly options: RegistryTableOptions = {}) {}

  /** Number of live (registered) agents. */
  get size(): number {
    return this.live.size;
  }

  /** The live profile of `id`, if registered. */
  get(id: string): AgentProfile | undefined {
    return this.live.get(id);
  }

  /** Ids of every entry, live or tombstone. */
  ids(): IterableIterator<string> {
    return this.entries.keys();
  }

  /** Every entry, live or tombstone. */
  all(): IterableIterator<RegistryEntry> {
    return this.entries.values();
  }

  /** The entry (live or tombstone) of `id`. */
  entry(id: string): RegistryEntry | undefined {
    return this.entries.get(id);
  }

  /** Applies a write if it is newer than what the table holds; returns whether it was applied. */
  apply(entry: RegistryEntry): boolean {
    const current = this.entries.get(entry.id);
    if (current !== undefined && !(this.options.arrivalTies ? winsByArrival(entry.version, current.version) : isNewer(entry.version, current.version))) return false;
    this.entries.set(entry.id, entry);
    if (this.answers.size > 0) this.answers.clear();
    const old = this.live.get(entry.id);
    if (old !== undefined) this.unindex(old);
    if (entry.profile === null) this.live.delete(entry.id);
    else {
      this.live.set(entry.id, entry.profile);
      this.index(entry.profile);
    }
    return true;
  }

  /** Ids of the live agents matching `query`, found through the narrowest index (a new array each call). */
  query(query: DiscoveryQuery): string[] {
    const key = queryKey(query);
    let answer = this.answers.get(key);
    if (answer === undefined) {
      const out: string[] = [];
      for (const id of this.candidates(query)) {
        const profile = this.live.get(id);
        if (profile !== undefined && matchesQuery(profile, query)) out.push(id);
      }
      answer = out;
      this.answers.set(key, answer);
    }
    return answer.slice();
  }

  private candidates(query: DiscoveryQuery): Iterable<string> {
    let best: Set<string> | undefined;
    const consider = (set: Set<string> | undefined): boolean => {
      if (set === undefined) return false; // no agent has this key: nothing can match
      if (best === undefined || set.size < best.size) best = set;
      return true;
    };
    for (const c of query.capabilities ?? []) if (!consider(this.byCapability.get(c))) return [];
    if (query.region !== undefined && !consider(this.byRegion.get(query.region))) return [];
    if (query.health !== undefined && !consider(this.byHealth.get(query.health))) return [];
    if (best !== undefined) return best;
    if (query.minMemory !== undefined) return this.memoryCandidates(query.minMemory);
    return this.live.keys();
  }

  private *memoryCandidates(minMemory: number): Iterable<string> {
    for (let b = bucket(minMemory); b <= 10; b++) {
      const set = this.byMemory.get(b);
      if (set !== undefined) yield* set;
    }
  }

  private index(p: AgentProfile): void {
    for (const c of p.capabilities) add(this.byCapability, c, p.id);
    add(this.byRegion, p.region, p.id);
    add(this.byHealth, p.health, p.id);
    add(this.byMemory, bucket(p.memory), p.id);
  }

  private unindex(p: AgentProfile): void {
    for (const c of p.capabilities) this.byCapability.get(c)?.delete(p.id);
    this.byRegion.get(p.region)?.delete(p.id);
    this.byHealth.get(p.health)?.delete(p.id);
    this.byMemory.get(bucket(p.memory))?.delete(p.id);
  }
}

/** A string naming everything {@link matchesQuery} and the candidate choice look at. */
function queryKey(q: DiscoveryQuery): string {
  return JSON.stringify([q.capabilities ?? [], String(q.minMemory), String(q.minCpu), q.health ?? null, q.region ?? null]);
}

/** The broken comparison: a higher `time` wins, and so does a tie unless it is the same write. */
function winsByArrival(a: EntryVersion, b: EntryVersion): boolean {
  if (a.time !== b.time) return a.time > b.time;
  return a.origin !== b.origin || a.seq !== b.seq;
}

function bucket(fraction: number): number {
  return Math.min(10, Math.max(0, Math.floor(fraction * 10)));
}

function add<K>(index: Map<K, Set<string>>, key: K, id: string): void {
  let set = index.get(key);
  if (set === undefined) {
    set = new Set();
    index.set(key, set);
  }
  set.add(id);
}
