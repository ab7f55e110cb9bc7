/**
 * `agent-registration`: agents with capabilities, resources, health and region register with a
 * registry — one central actor, or replicas on every node that gossip (eventually consistent) —
 * and clients discover them by capability, resources, health, region or all of these. The seed's
 * six operations are selectable with `op`. Every latency is measured on virtual time from the
 * simulated protocol: network latency, registry service time and queueing.
 */
import { filter } from 'rxjs';
import { discoveryClientMachine, matchesQuery, registryAgentMachine, registryMachine, type AgentProfile, type DiscoveryQuery, type RegistryRequest, type RegistryTable } from '../../actors/index.js';
import { canonicalJson, parseDistribution, type Fault, type Simulation } from '../../engine/index.js';
import { defineScenario, type InvariantResult } from '../core/defineScenario.js';
import { FaultTracker } from '../core/FaultTracker.js';
import { Violations } from '../core/invariants/index.js';
import { dist, int, num, oneOf } from '../core/params.js';
import { capabilityNames, discoveryQuery, makeProfile, matchingQuery, RegistrationRounds } from './registryWorkload.js';

const BUG_ARRIVAL_TIES = 'registry-lww-arrival-order';
const OPS = ['single', 'bulk', 'concurrent', 'discovery', 'capability-matching', 'cluster-discovery'] as const;
type Op = (typeof OPS)[number];

/** The seed's sizes per operation (`agents`, `iterations`, `queries`, `capabilities`). */
const OP_DEFAULTS: Record<Op, { agents: number; iterations: number; queries: number; capabilities: number }> = {
  single: { agents: 1, iterations: 1000, queries: 0, capabilities: 8 },
  bulk: { agents: 100, iterations: 10, queries: 0, capabilities: 8 },
  concurrent: { agents: 50, iterations: 10, queries: 0, capabilities: 8 },
  discovery: { agents: 1000, iterations: 1, queries: 500, capabilities: 8 },
  'capability-matching': { agents: 500, iterations: 1, queries: 500, capabilities: 20 },
  'cluster-discovery': { agents: 1000, iterations: 1, queries: 100, capabilities: 8 },
};

/** The `agent-registration` scenario. */
export const agentRegistration = defineScenario({
  name: 'agent-registration',
  summary: 'agents register with a central or gossip-replicated registry; registration and discovery latency, result counts and staleness',
  params: {
    op: oneOf(OPS, 'discovery', 'operation: single | bulk | concurrent | discovery | capability-matching | cluster-discovery'),
    registry: oneOf(['central', 'replicated'] as const, 'central', 'central: one registry actor; replicated: a replica per node, gossiping'),
    agents: int(0, 0, 100_000, 'number of agents (0 = the op\'s default: 1, 100, 50, 1000, 500, 1000)'),
    iterations: int(0, 0, 100_000, 'register/deregister rounds for single, bulk, concurrent (0 = 1000, 10, 10)'),
    concurrency: int(10, 1, 100_000, 'registrations in flight at once (concurrent, and the setup of query ops)'),
    queries: int(0, 0, 100_000, 'discovery queries (0 = 500; 100 for cluster-discovery)'),
    capabilities: int(0, 0, 1000, 'distinct capabilities (0 = 20 for capability-matching, else 8)'),
    nodes: int(10, 1, 1000, 'cluster nodes the agents are spread over (one replica each when replicated)'),
    latency: dist('exp:2', 'network latency between nodes'),
    site_latency: dist('const:0.05', 'latency between actors on the same node'),
    processing: dist('exp:1', 'registry service time per request'),
    per_item_ms: num(0.002, 0, 1000, 'extra registry service time per query result or gossip entry'),
    gossip_ms: int(50, 1, 3_600_000, 'gossip interval of the replicated registry'),
    think: dist('exp:5', 'pause between a client\'s queries'),
    crash: int(0, 0, 100_000, 'registered agents crashed at seeded times during the query phase'),
    loss: num(0, 0, 1, 'probability that a message between nodes is lost'),
  },
  bugs: [BUG_ARRIVAL_TIES],
  // explore: register/deregister rounds against three gossiping replicas with a short gossip
  // interval (so rounds and gossip interleave); replicas restart, pause and resume.
  explore: {
    size: { param: 'agents', min: 1, max: 12 },
    duration: { param: 'iterations', min: 1, max: 8 },
    params: { op: 'concurrent', registry: 'replicated', nodes: 3, gossip_ms: 2 },
    targets: (p) => Array.from({ length: p.nodes }, (_, k) => `registry-${k}`),
    faults: ['crash', 'restart', 'pause', 'resume'],
    horizonMs: (p) => 3 * Math.max(1, p.iterations) + 2 * p.gossip_ms,
  },
  network(p) {
    const site = parseDistribution(p.site_latency, 'agent-registration: site_latency');
    return {
      latency: p.latency,
      loss: p.loss,
      linkLatency: (a, b) => (siteIndex(a, p.nodes) === siteIndex(b, p.nodes) ? site : undefined),
    };
  },
  build({ sim, params: p, metrics, bugs }) {
    const op = p.op as Op;
    const defaults = OP_DEFAULTS[op];
    const n = p.agents || defaults.agents;
    const rounds = p.iterations || defaults.iterations;
    const queryCount = p.queries || defaults.queries;
    const caps = capabilityNames(p.capabilities || defaults.capabilities);
    const sites = Array.from({ length: p.nodes }, (_, i) => `node-${i}`);
    const replicated = p.registry === 'replicated';
    const processing = parseDistribution(p.processing, 'processing');

    const registries = replicated ? sites.map((_, k) => `registry-${k}`) : ['registry'];
    registries.forEach((id) => {
      const peers = replicated ? registries.filter((r) => r !== id) : [];
      sim.spawn(registryMachine, { id, input: (env) => ({ env, processing, perItemMs: p.per_item_ms, peers, gossipMs: p.gossip_ms, arrivalTies: bugs.has(BUG_ARRIVAL_TIES) }) });
    });
    const homeRegistry = (siteIndex: number): string => registries[replicated ? siteIndex : 0]!;

    const profileRng = sim.rng.fork('profiles');
    const agents: string[] = [];
    const profiles = new Map<string, AgentProfile>();
    const home = new Map<string, string>();
    for (let i = 0; i < n; i++) {
      const id = `agent-${i + 1}`;
      const siteIndex = (i + 1) % sites.length;
      const profile = makeProfile(id, sites[siteIndex]!, caps, profileRng);
      profiles.set(id, profile);
      home.set(id, homeRegistry(siteIndex));
      agents.push(id);
      sim.spawn(registryAgentMachine, { id, input: (env) => ({ env, profile, registry: homeRegistry(siteIndex) }) });
    }

    const queryRng = sim.rng.fork('queries');
    const queries: DiscoveryQuery[] = Array.from({ length: queryCount }, () =>
      op === 'cluster-discovery' ? { type: 'all' } : op === 'capability-matching' ? matchingQuery(caps, queryRng) : discoveryQuery(caps, queryRng),
    );
    const think = parseDistribution(p.think, 'think');
    sim.spawn(discoveryClientMachine, { id: 'client', input: (env) => ({ env, registry: homeRegistry(0), queries, thinkTime: think }) });

    // Ground truth: the agents that are up and hold a registration acknowledgement.
    const truth = new Map<string, AgentProfile>();
    // Each distinct query's ground-truth answer, from a full scan, and the last answer compared
    // with it and that answer's stale count; dropped whenever the truth changes.
    const expectedByQuery = new Map<string, { expected: Set<string>; lastIds: readonly string[]; lastStale: number; lastHits: number }>();
    const queryKeys = new WeakMap<DiscoveryQuery, string>();
    const driver = new RegistrationRounds(sim, agents, op === 'single' || op === 'bulk' ? n : p.concurrency);
    metrics.declare('registration_ms');
    if (op === 'bulk' || op === 'concurrent') metrics.declare('bulk_registration_ms');
    if (queryCount > 0) {
      metrics.declare('discovery_ms');
      metrics.declare('results_count', 'count');
      metrics.declare('stale_results_count', 'count');
    }
    if (replicated) metrics.declare('replication_lag_ms');

    sim.signalsOf('signal', 'fault').pipe(filter((s) => s.kind === 'signal' || s.kind === 'fault')).subscribe((s) => {
      if (s.kind === 'fault') return onFault(s.payload as Fault);
      if (s.type === 'registered') {
        metrics.sample('registration_ms', (s.payload as { ms: number }).ms);
        truth.set(s.src, profiles.get(s.src)!);
        expectedByQuery.clear();
        driver.observe(s.src, 'registered');
      } else if (s.type === 'deregistered') {
        metrics.sample('deregistration_ms', (s.payload as { ms: number }).ms);
        truth.delete(s.src);
        expectedByQuery.clear();
        driver.observe(s.src, 'deregistered');
      } else if (s.type === 'discovered') {
        onDiscovered(s.payload as { type: string; ms: number; ids: string[] }, queries[(s.payload as { index: number }).index]!);
      } else if (s.type === 'replicated') {
        for (const lag of (s.payload as { lags: number[] }).lags) metrics.sample('replication_lag_ms', lag);
      }
    });

    let crashes = 0;
    // Faults that lose messages between replicas (gossip is not retried, so they may diverge).
    let lossy = p.loss > 0;
    // Nodes paused now: a replica still paused at the end has gossip waiting to go out.
    const paused = new Set<string>();
    const faults = new FaultTracker(sim);
    function onFault(fault: Fault): void {
      if (fault.kind === 'partition' || (fault.kind === 'loss' && fault.rate > 0)) lossy = true;
      if (fault.kind === 'pause') for (const t of fault.targets) if (sim.isUp(t)) paused.add(t);
      if (fault.kind === 'resume' || fault.kind === 'crash') for (const t of fault.targets) paused.delete(t);
      if (fault.kind !== 'crash') return;
      for (const node of fault.targets) {
        if (!profiles.has(node)) continue;
        crashes++;
        truth.delete(node);
        expectedByQuery.clear();
        driver.observe(node, 'crashed');
        // The registry monitors registered agents (as an Erlang monitor would): the crash reaches
        // the agent's registry as an `agent_down` message over the network.
        sim.kernel.schedule(0, () => sim.send(node, home.get(node)!, down(node)));
      }
    }

    let staleTotal = 0;
    function onDiscovered(r: { type: string; ms: number; ids: string[] }, query: DiscoveryQuery): void {
      metrics.sample('discovery_ms', r.ms);
      metrics.sample(`discovery_${r.type.replace('-', '_')}_ms`, r.ms);
      metrics.sample('results_count', r.ids.length, 'count');
      metrics.sample(`results_${r.type.replace('-', '_')}_count`, r.ids.length, 'count');
      let key = queryKeys.get(query);
      if (key === undefined) {
        key = canonicalJson(query);
        queryKeys.set(query, key);
      }
      let memo = expectedByQuery.get(key);
      if (memo === undefined) {
        const expected = new Set<string>();
        for (const [id, profile] of truth) if (matchesQuery(profile, query)) expected.add(id);
        memo = { expected, lastIds: [], lastStale: -1, lastHits: 0 };
        expectedByQuery.set(key, memo);
      }
      const expected = memo.expected;
      let stale = 0;
      let hits = 0;
      if (memo.lastStale >= 0 && sameIds(r.ids, memo.lastIds)) {
        // The same answer to the same question of an unchanged truth: the same count.
        stale = memo.lastStale;
        hits = memo.lastHits;
      } else {
        for (const id of r.ids) {
          if (expected.has(id)) hits++;
          else stale++;
        }
        stale += expected.size - hits;
        memo.lastIds = r.ids;
        memo.lastStale = stale;
        memo.lastHits = hits;
      }
      staleTotal += stale;
      metrics.sample('stale_results_count', stale, 'count');
      if (op === 'cluster-discovery') {
        const union = r.ids.length + expected.size - hits;
        metrics.sample('topology_accuracy_ratio', union === 0 ? 1 : hits / union, 'ratio');
      }
    }

    const startQueries = (): void => {
      const start = sim.now;
      const crashRng = sim.rng.fork('crashes');
      const span = Math.max(1, queryCount * (think.mean + 2 * parseDistribution(p.latency).mean));
      for (const id of crashRng.shuffle([...truth.keys()]).slice(0, p.crash)) sim.faults.at(start + crashRng.uniform(0, span)).crash(id);
      sim.inject('client', { type: 'start' });
    };

    sim.kernel.schedule(0, () => {
      if (op === 'single' || op === 'bulk' || op === 'concurrent') {
        driver.rounds(rounds, (startedAt) => op !== 'single' && metrics.sample('bulk_registration_ms', sim.now - startedAt), () => undefined);
      } else {
        driver.registerAll((startedAt) => {
          metrics.sample('setup_registration_ms', sim.now - startedAt);
          startQueries();
        });
      }
    });

    return {
      // Ties resolved by arrival can make two replicas relay two writes back and forth forever.
      ...(bugs.has(BUG_ARRIVAL_TIES) ? { durationMs: 60_000 } : {}),
      finish() {
        metrics.set('registered_count', truth.size);
        metrics.set('crashes_count', crashes);
        metrics.set('stale_results_total_count', staleTotal);
      },
      invariants() {
        if (replicated) return [replicasConverge(sim, registries.filter((r) => sim.isUp(r) && !paused.has(r)), !lossy)];
        if (queryCount === 0) return [];
        // Central and fault-free: every answer is exact (the registry is the single truth and
        // nothing changes while the client queries). Crashes make answers stale until the
        // registry hears of them, so the property is then not promised.
        // Any crash (an agent's or a registry's) or gray fault makes answers stale for a while.
        return [{ name: 'registry.discovery-exact', holds: staleTotal === 0, violations: staleTotal, applicable: crashes === 0 && faults.crashCount === 0 && !faults.hasGrayFaults && p.loss === 0 }];
      },
    };
  },
});

/** Whether two answers list the same ids in the same order. */
function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `registry.replicas-converge`: once gossip has drained (the run's end), any two replicas that
 * are up and not paused (the caller leaves the others out of `registries`) and both hold an
 * entry for an agent agree on whether it is registered. Each relays what it applies, and a
 * restarted replica pulls every peer's table, so they end with the newest write any heard of.
 * Only promised when no message between replicas is lost (partitions, loss).
 */
function replicasConverge(sim: Simulation, registries: readonly string[], applicable: boolean): InvariantResult {
  const tables = registries.filter((r) => sim.isUp(r)).map((r) => ({ r, table: (sim.actor(r)!.getSnapshot().context as { table: RegistryTable }).table }));
  const v = new Violations();
  for (let i = 0; i < tables.length; i++) {
    for (let j = i + 1; j < tables.length; j++) {
      const a = tables[i]!;
      const b = tables[j]!;
      for (const id of a.table.ids()) {
        const x = a.table.entry(id)!;
        const y = b.table.entry(id);
        if (y !== undefined && (x.profile === null) !== (y.profile === null)) {
          v.add(`${a.r} holds ${id} ${x.profile === null ? 'removed' : 'registered'} but ${b.r} holds it ${y.profile === null ? 'removed' : 'registered'} at the end`);
        }
      }
    }
  }
  return v.result('registry.replicas-converge', applicable);
}

function down(agent: string): RegistryRequest {
  return { type: 'agent_down', agent };
}

/**
 * The cluster node (site) of an actor node, from its id: `agent-N` is on site N mod nodes,
 * `registry-K` on site K, the central `registry` and the `client` on site 0; -1 for anything else.
 */
export function siteIndex(node: string, nodes: number): number {
  if (node === 'registry' || node === 'client') return 0;
  if (node.startsWith('agent-')) return Number(node.slice(6)) % nodes;
  if (node.startsWith('registry-')) return Number(node.slice(9));
  return -1;
}
