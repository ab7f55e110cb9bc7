/**
 * Workload of the `agent-registration` scenario: seeded agent profiles and discovery queries
 * (the seed's query kinds), and {@link RegistrationRounds}, which drives agents to register and
 * deregister with at most `concurrency` requests in flight and reports when a whole round is done.
 */
import type { AgentHealth, AgentProfile, DiscoveryQuery } from '../../actors/index.js';
import type { Rng, Simulation } from '../../engine/index.js';

const NAMED_CAPABILITIES = ['model_management', 'optimization', 'inference', 'training', 'data_processing', 'monitoring', 'coordination', 'evaluation'];
const REGIONS = ['us_east', 'us_west', 'eu_west', 'ap_south'];

/** `n` capability names: the seed's names first, then `capability_9`, … */
export function capabilityNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) => NAMED_CAPABILITIES[i] ?? `capability_${i + 1}`);
}

/** A seeded profile: 1–4 capabilities, uniform free memory/CPU, 80% healthy, a random region. */
export function makeProfile(id: string, site: string, capabilities: readonly string[], rng: Rng): AgentProfile {
  const count = Math.min(capabilities.length, 1 + rng.int(4));
  const caps = rng.shuffle(capabilities).slice(0, count);
  const h = rng.next();
  const health: AgentHealth = h < 0.8 ? 'healthy' : h < 0.95 ? 'degraded' : 'unhealthy';
  const memory = rng.next();
  const cpu = rng.next();
  const region = rng.pick(REGIONS);
  // Keys in canonical order: the profile rides in every registration and gossip entry, and the
  // trace fingerprint walks a sorted object without sorting its keys.
  return { capabilities: caps, cpu, health, id, memory, region, site };
}

/** The seed's discovery queries, drawn uniformly: capability, resource, health, region, composite. */
export function discoveryQuery(capabilities: readonly string[], rng: Rng): DiscoveryQuery {
  switch (rng.int(5)) {
    case 0:
      return { type: 'capability', capabilities: [rng.pick(capabilities)] };
    case 1:
      return { type: 'resource', minMemory: 0.5, minCpu: 0.3 };
    case 2:
      return { type: 'health', health: 'healthy' };
    case 3:
      return { type: 'region', region: rng.pick(REGIONS) };
    default:
      return { type: 'composite', capabilities: [rng.pick(capabilities)], health: 'healthy', minMemory: 0.7 };
  }
}

/** Capability matching: one capability, or two that must both be present. */
export function matchingQuery(capabilities: readonly string[], rng: Rng): DiscoveryQuery {
  if (capabilities.length < 2 || rng.next() < 0.5) return { type: 'capability', capabilities: [rng.pick(capabilities)] };
  const [a, b] = rng.shuffle(capabilities);
  return { type: 'multi-capability', capabilities: [a!, b!] };
}

/**
 * Runs rounds of "register every agent, then deregister every agent" with at most `concurrency`
 * requests in flight. Commands are injected on a fresh kernel event, never from inside a signal
 * callback, so no actor is re-entered.
 */
export class RegistrationRounds {
  private pending: string[] = [];
  private inFlight = new Set<string>();
  private awaiting: 'registered' | 'deregistered' | undefined;
  private roundStart = 0;
  private onPhaseDone: ((startedAt: number) => void) | undefined;

  constructor(
    private readonly sim: Simulation,
    private readonly agents: readonly string[],
    private readonly concurrency: number,
  ) {}

  /** Registers every agent, then calls `done(startedAt)`. */
  registerAll(done: (startedAt: number) => void): void {
    this.phase('registered', done);
  }

  /** Deregisters every agent, then calls `done(startedAt)`. */
  deregisterAll(done: (startedAt: number) => void): void {
    this.phase('deregistered', done);
  }

  /** Runs `rounds` register/deregister rounds; `onRound(startedAt)` after each registration phase. */
  rounds(rounds: number, onRound: (startedAt: number) => void, done: () => void): void {
    if (rounds <= 0) return done();
    this.registerAll((startedAt) => {
      onRound(startedAt);
      this.deregisterAll(() => this.rounds(rounds - 1, onRound, done));
    });
  }

  /** Feed every `registered` / `deregistered` signal (or crash) of an agent here. */
  observe(agent: string, what: 'registered' | 'deregistered' | 'crashed'): void {
    if (this.awaiting === undefined || !this.inFlight.has(agent)) return;
    if (what !== 'crashed' && what !== this.awaiting) return;
    this.inFlight.delete(agent);
    this.launch();
  }

  private phase(awaiting: 'registered' | 'deregistered', done: (startedAt: number) => void): void {
    this.awaiting = awaiting;
    this.pending = this.agents.filter((a) => this.sim.actor(a) !== null).reverse();
    this.roundStart = this.sim.now;
    this.onPhaseDone = done;
    this.launch();
  }

  private launch(): void {
    const command = this.awaiting === 'registered' ? 'do_register' : 'do_deregister';
    while (this.inFlight.size < this.concurrency && this.pending.length > 0) {
      const agent = this.pending.pop()!;
      if (this.sim.actor(agent) === null) continue; // crashed meanwhile
      this.inFlight.add(agent);
      this.sim.kernel.schedule(0, () => this.sim.inject(agent, { type: command }));
    }
    if (this.inFlight.size === 0 && this.pending.length === 0 && this.onPhaseDone !== undefined) {
      const done = this.onPhaseDone;
      this.onPhaseDone = undefined;
      this.awaiting = undefined;
      const startedAt = this.roundStart;
      this.sim.kernel.schedule(0, () => done(startedAt));
    }
  }
}
