/**
 * The node resource model: every node has `cores` and a CPU ({@link NodeCpu}); every message an
 * actor handles and every timer it fires costs CPU time drawn from the distribution of its role,
 * and waits for a free core. Every actor has a modelled memory footprint ({@link MemoryModel}),
 * read every `memorySampleMs` of virtual time (piggybacked on the work the model charges, so the
 * model adds no events of its own) and at the end of a run.
 *
 * An actor's role is its id without a trailing number (`agent-17` → `agent`, `n3.a12` → `n3.a`,
 * `monitor` → `monitor`), unless the spawn named one. With every cost `const:0` the model only
 * observes: no work is delayed, and the run's trace is the one without the model.
 */
import type { ActorRecord } from '../ActorHost.js';
import { UsageError } from '../errors.js';
import { parseDistribution, type Distribution } from '../random/Distribution.js';
import type { Rng } from '../random/Rng.js';
import { MemoryModel, type ActorMemory, type MemoryActor } from './MemoryModel.js';
import { NodeCpu, type CpuReading } from './NodeCpu.js';

/** Options of the resource model; every field has a documented default ({@link RESOURCE_DEFAULTS}). */
export interface ResourceOptions {
  /** Cores per node. */
  cores?: number;
  /** CPU time (ms) of one handled message or fired timer, for every role not in `cpuRoles`. */
  cpu?: string | Distribution;
  /** Per-role CPU time, e.g. `{ monitor: 'exp:0.2' }`. */
  cpuRoles?: Readonly<Record<string, string | Distribution>>;
  /** Base bytes of an actor of a role not in `memoryRoles`. */
  memoryBaseBytes?: number;
  /** Per-role base bytes. */
  memoryRoles?: Readonly<Record<string, number>>;
  /** Bytes per held collection element (table entry, window sample, log entry). */
  entryBytes?: number;
  /** Bytes per message queued on the CPU. */
  messageBytes?: number;
  /** Virtual time between memory readings. */
  memorySampleMs?: number;
}

/** The defaults (see docs/resource-model.md for why these values). */
export const RESOURCE_DEFAULTS = {
  cores: 2,
  cpu: 'exp:0.05',
  memoryBaseBytes: 262_144,
  /** Per-role base bytes as `role=bytes,…` (the scenarios' parameter form): variables are lighter. */
  memoryRoles: 'var=32768',
  entryBytes: 128,
  messageBytes: 512,
  memorySampleMs: 10_000,
} as const;

/** Total modelled memory at one instant. */
export interface MemorySample {
  readonly time: number;
  readonly bytes: number;
}

/** What the model saw over a run. */
export interface ResourceReport {
  readonly cores: number;
  /** Virtual time the readings cover (from 0). */
  readonly elapsedMs: number;
  /** One reading per node that hosts an actor or did work (idle nodes read 0). */
  readonly cpu: readonly CpuReading[];
  readonly memory: readonly ActorMemory[];
  readonly samples: readonly MemorySample[];
}

/** The role of actor `id` when its spawn named none. */
export function roleOf(id: string): string {
  const role = id.replace(/([-_:.#]?\d+)+$/, '');
  return role === '' ? id : role;
}

/** The resource model of one simulation; the actor host calls {@link admit} and {@link release}. */
export class NodeResources {
  readonly cpu: NodeCpu;
  private readonly memory: MemoryModel;
  private readonly queued = new Map<string, number>();
  private readonly roles = new Map<string, string>();
  private readonly samples: MemorySample[] = [];
  private readonly sampleMs: number;
  private nextSample = 0;

  constructor(
    options: ResourceOptions,
    private readonly now: () => number,
    rng: Rng,
    private readonly actors: () => Iterable<ActorRecord>,
  ) {
    const cores = options.cores ?? RESOURCE_DEFAULTS.cores;
    if (!(Number.isInteger(cores) && cores >= 1)) throw new UsageError(`resources.cores: ${cores} — must be an integer >= 1`);
    const base = dist(options.cpu ?? RESOURCE_DEFAULTS.cpu, 'resources.cpu');
    const byRole = new Map(Object.entries(options.cpuRoles ?? {}).map(([role, d]) => [role, dist(d, `resources.cpuRoles.${role}`)]));
    this.cpu = new NodeCpu(cores, (role) => byRole.get(role) ?? base, rng);
    const baseBytes = options.memoryBaseBytes ?? RESOURCE_DEFAULTS.memoryBaseBytes;
    const roleBytes = new Map(Object.entries(options.memoryRoles ?? {}));
    this.memory = new MemoryModel({
      baseOf: (role) => roleBytes.get(role) ?? baseBytes,
      entryBytes: options.entryBytes ?? RESOURCE_DEFAULTS.entryBytes,
      messageBytes: options.messageBytes ?? RESOURCE_DEFAULTS.messageBytes,
    });
    this.sampleMs = options.memorySampleMs ?? RESOURCE_DEFAULTS.memorySampleMs;
  }

  /**
   * Charges one handled message or fired timer of `actor` on its node's CPU.
   * @returns the delay until it is handled (0: now); a positive delay must be followed by {@link release}
   */
  admit(actor: ActorRecord): number {
    const now = this.now();
    if (now >= this.nextSample) this.sample(now);
    const delay = this.cpu.admit(actor.node, this.roleOf(actor), now);
    if (delay > 0) this.queued.set(actor.id, (this.queued.get(actor.id) ?? 0) + 1);
    return delay;
  }

  /** The work charged by an {@link admit} with a positive delay has run (or was dropped). */
  release(actor: ActorRecord): void {
    const n = (this.queued.get(actor.id) ?? 1) - 1;
    if (n === 0) this.queued.delete(actor.id);
    else this.queued.set(actor.id, n);
  }

  /** A node crashed: work queued on its cores never runs. */
  crashed(node: string): void {
    this.cpu.reset(node, this.now());
  }

  /** Every live actor's modelled footprint now. */
  readMemory(): ActorMemory[] {
    const queued = this.queued;
    const roles = (r: ActorRecord): string => this.roleOf(r);
    function* view(records: Iterable<ActorRecord>): Generator<MemoryActor> {
      for (const r of records) {
        yield { id: r.id, node: r.node, role: roles(r), queued: queued.get(r.id) ?? 0, context: () => (r.actor === null ? undefined : (r.actor.getSnapshot() as { context?: unknown }).context ?? {}) };
      }
    }
    return this.memory.read(view(this.actors()));
  }

  /** The model's readings up to now (takes a final memory reading). */
  report(): ResourceReport {
    const now = this.now();
    const memory = this.readMemory();
    if (this.samples.at(-1)?.time !== now) this.samples.push({ time: now, bytes: memory.reduce((s, m) => s + m.bytes, 0) });
    const cpu = this.cpu.read(now);
    const seen = new Set(cpu.map((c) => c.node));
    for (const r of this.actors()) {
      if (seen.has(r.node)) continue;
      seen.add(r.node);
      cpu.push({ node: r.node, busyMs: 0, jobs: 0, waitedMs: 0 });
    }
    return { cores: this.cpu.cores, elapsedMs: now, cpu, memory, samples: [...this.samples] };
  }

  private roleOf(actor: ActorRecord): string {
    let role = this.roles.get(actor.id);
    if (role === undefined) {
      role = actor.options.role ?? roleOf(actor.id);
      this.roles.set(actor.id, role);
    }
    return role;
  }

  private sample(now: number): void {
    this.samples.push({ time: now, bytes: this.readMemory().reduce((s, m) => s + m.bytes, 0) });
    this.nextSample = now + this.sampleMs;
  }
}

function dist(d: string | Distribution, name: string): Distribution {
  return typeof d === 'string' ? parseDistribution(d, name) : d;
}
