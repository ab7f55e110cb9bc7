import { fc } from '@fast-check/vitest';
import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import {
  matchesQuery,
  registryAgentMachine,
  registryMachine,
  type AgentProfile,
  type DiscoveryQuery,
  type RegistryReply,
  type RegistryRequest,
} from '../../../actors/index.js';
import { createSimulation, parseDistribution, publish, type Fault, type Simulation } from '../../../engine/index.js';

const LATENCY = 2;
const PROCESSING = 0.1;
const GOSSIP = 10;
/** The staleness bound of docs/scenarios/platform.md for constant latency L and service S: gossip_ms + 2L + 2S, plus queueing slack. */
const BOUND = GOSSIP + 2 * LATENCY + 2 * PROCESSING + 1;
const N = 6;

const probeMachine = setup({ types: { events: {} as RegistryReply } }).createMachine({
  on: { query_result: { actions: publish('answer', ({ event }: { event: RegistryReply }) => event) } },
});

const profileOf = (i: number): AgentProfile => ({
  id: `agent-${i}`,
  site: 'node-0',
  capabilities: i % 2 === 0 ? ['a'] : ['a', 'b'],
  memory: (i % 5) / 4,
  cpu: 0.5,
  health: i % 3 === 0 ? 'degraded' : 'healthy',
  region: i % 2 === 0 ? 'us_east' : 'eu_west',
});

const QUERIES: DiscoveryQuery[] = [
  { type: 'capability', capabilities: ['b'] },
  { type: 'health', health: 'healthy' },
  { type: 'region', region: 'us_east' },
  { type: 'resource', minMemory: 0.5 },
  { type: 'composite', capabilities: ['a'], health: 'healthy', minMemory: 0.2 },
  { type: 'all' },
];

/** A registry world driven command by command. */
class World {
  readonly sim: Simulation;
  readonly replicas: string[];
  private answer: string[] | undefined;
  private req = 0;

  constructor(readonly replicated: boolean) {
    this.sim = createSimulation({ seed: 1, network: { latency: `const:${LATENCY}` } });
    this.replicas = replicated ? ['registry-0', 'registry-1', 'registry-2'] : ['registry'];
    const processing = parseDistribution(`const:${PROCESSING}`);
    for (const id of this.replicas) {
      const peers = this.replicas.filter((r) => r !== id);
      this.sim.spawn(registryMachine, { id, input: (env) => ({ env, processing, perItemMs: 0, peers, gossipMs: GOSSIP }) });
    }
    for (let i = 0; i < N; i++) {
      this.sim.spawn(registryAgentMachine, { id: `agent-${i}`, input: (env) => ({ env, profile: profileOf(i), registry: this.home(i) }) });
    }
    this.sim.spawn(probeMachine, { id: 'probe' });
    this.sim.signals$.pipe(filter((s) => s.kind === 'fault' || (s.kind === 'signal' && s.type === 'answer'))).subscribe((s) => {
      if (s.kind === 'signal') this.answer = (s.payload as { ids: string[] }).ids;
      else for (const t of (s.payload as Fault & { targets: string[] }).targets) {
        const down: RegistryRequest = { type: 'agent_down', agent: t };
        this.sim.kernel.schedule(0, () => this.sim.send(t, this.home(Number(t.slice(6))), down));
      }
    });
  }

  /** Agent `i`'s machine state. */
  agentState(i: number): unknown {
    return this.sim.actor(`agent-${i}`)?.getSnapshot().value;
  }

  home(i: number): string {
    return this.replicas[i % this.replicas.length]!;
  }

  advance(ms: number | undefined): void {
    if (ms === undefined) this.sim.run();
    else this.sim.run({ until: this.sim.now + ms });
  }

  query(q: DiscoveryQuery): string[] {
    this.answer = undefined;
    const request: RegistryRequest = { type: 'query', from: 'probe', req: this.req++, query: q };
    this.sim.send('probe', this.replicas[0]!, request);
    while (this.answer === undefined && this.sim.kernel.step()) {
      // step until the answer arrives
    }
    return this.answer ?? [];
  }
}

interface AgentModel {
  alive: boolean;
  registered: boolean;
  changedAt: number;
}
interface Model {
  agents: AgentModel[];
}
type Cmd = fc.Command<Model, World>;

class Register implements Cmd {
  constructor(readonly i: number, readonly wait: number | undefined) {}
  check = (): boolean => true;
  run(m: Model, w: World): void {
    const a = m.agents[this.i]!;
    // An agent still deregistering ignores the command too, so only an unregistered one registers.
    if (a.alive && !a.registered && w.agentState(this.i) === 'unregistered') Object.assign(a, { registered: true, changedAt: w.sim.now });
    w.sim.inject(`agent-${this.i}`, { type: 'do_register' });
    w.advance(this.wait);
  }
  toString = (): string => `register(${this.i}, wait=${this.wait})`;
}
class Deregister implements Cmd {
  constructor(readonly i: number, readonly wait: number | undefined) {}
  check = (): boolean => true;
  run(m: Model, w: World): void {
    const a = m.agents[this.i]!;
    // An agent still registering ignores the command (see registryAgent), so only a registered one deregisters.
    if (a.alive && a.registered && w.agentState(this.i) === 'registered') Object.assign(a, { registered: false, changedAt: w.sim.now });
    w.sim.inject(`agent-${this.i}`, { type: 'do_deregister' });
    w.advance(this.wait);
  }
  toString = (): string => `deregister(${this.i}, wait=${this.wait})`;
}
class Crash implements Cmd {
  constructor(readonly i: number, readonly wait: number | undefined) {}
  check = (m: Readonly<Model>): boolean => m.agents[this.i]!.alive;
  run(m: Model, w: World): void {
    const a = m.agents[this.i]!;
    Object.assign(a, { alive: false, registered: false, changedAt: w.sim.now });
    w.sim.faults.at(w.sim.now).crash(`agent-${this.i}`);
    w.advance(this.wait ?? 0);
    w.advance(this.wait);
  }
  toString = (): string => `crash(${this.i}, wait=${this.wait})`;
}
class Query implements Cmd {
  constructor(readonly q: number) {}
  check = (): boolean => true;
  run(m: Model, w: World): void {
    const sentAt = w.sim.now;
    const query = QUERIES[this.q]!;
    const got = new Set(w.query(query));
    m.agents.forEach((a, i) => {
      const id = `agent-${i}`;
      const expected = a.alive && a.registered && matchesQuery(profileOf(i), query);
      // Central runs settle after every command: the answer is exact. Replicated answers may
      // lag, but never by more than the staleness bound.
      if (!w.replicated || a.changedAt <= sentAt - BOUND) expect(got.has(id), `${id} in answer to ${query.type} at t=${sentAt}`).toBe(expected);
    });
  }
  toString = (): string => `query(${QUERIES[this.q]!.type})`;
}

function commands(replicated: boolean) {
  const agent = fc.integer({ min: 0, max: N - 1 });
  // Central: settle after each command (run until idle). Replicated: advance a random time that
  // may be shorter than gossip, so queries can see stale state.
  const wait = replicated ? fc.constantFrom(0.5, 3, 8, 20, 40) : fc.constant(undefined);
  return fc.commands(
    [
      fc.tuple(agent, wait).map(([i, t]) => new Register(i, t)),
      fc.tuple(agent, wait).map(([i, t]) => new Deregister(i, t)),
      fc.tuple(agent, wait).map(([i, t]) => new Crash(i, t)),
      fc.integer({ min: 0, max: QUERIES.length - 1 }).map((q) => new Query(q)),
    ],
    { maxCommands: 40 },
  );
}

const freshModel = (): Model => ({ agents: Array.from({ length: N }, () => ({ alive: true, registered: false, changedAt: 0 })) });

describe('registryMachine', () => {
  it('should serve requests one at a time, each taking its service time', () => {
    const w = new World(false);
    for (let i = 0; i < 3; i++) w.sim.inject(`agent-${i}`, { type: 'do_register' });
    const acks: number[] = [];
    w.sim.signals$.pipe(filter((s) => s.kind === 'signal' && s.type === 'registered')).subscribe((s) => acks.push(s.time));
    w.advance(undefined);
    // All three arrive at t=2; served back to back (0.1 each); acks travel 2 more.
    expect(acks.map((t) => Math.round(t * 1000) / 1000)).toEqual([4.1, 4.2, 4.3]);
    expect(w.query({ type: 'all' }).sort()).toEqual(['agent-0', 'agent-1', 'agent-2']);
  });

  it('should converge every replica by gossip and then go quiet', () => {
    const w = new World(true);
    for (let i = 0; i < N; i++) w.sim.inject(`agent-${i}`, { type: 'do_register' });
    w.advance(undefined);
    expect(w.sim.kernel.pending).toBe(0);
    expect(w.query({ type: 'all' })).toHaveLength(N);
  });

  it('should answer discovery with exactly the live registered matching agents (central, model-based)', () => {
    fc.assert(fc.property(commands(false), (cmds) => fc.modelRun(() => ({ model: freshModel(), real: new World(false) }), cmds)), { numRuns: 60 });
  });

  it('should answer within the staleness bound (replicated, model-based)', () => {
    fc.assert(fc.property(commands(true), (cmds) => fc.modelRun(() => ({ model: freshModel(), real: new World(true) }), cmds)), { numRuns: 60 });
  });

  it('should be caught by the model when the bound is too tight (the check is not vacuous)', () => {
    const w = new World(true);
    const m = freshModel();
    new Register(1, 8).run(m, w);
    // agent-1's home is registry-1; registry-0 learns of it only at the next gossip round.
    expect(w.query({ type: 'all' })).not.toContain('agent-1');
    w.advance(BOUND);
    expect(w.query({ type: 'all' })).toContain('agent-1');
  });

  it('should ignore a register command while still deregistering (found by the replicated property)', () => {
    const w = new World(true);
    const m = freshModel();
    for (const cmd of [new Register(3, 40), new Deregister(3, 0.5), new Register(3, 40)]) cmd.run(m, w);
    expect(m.agents[3]!.registered).toBe(false);
    expect(w.agentState(3)).toBe('unregistered');
    new Query(0).run(m, w);
  });
});
