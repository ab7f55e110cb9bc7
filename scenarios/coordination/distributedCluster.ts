/**
 * `distributed-cluster`: `nodes` cluster nodes × `agents_per_node` agents (presets small 3×100 …
 * enterprise 50×500 = 25,000 agents). Every actor is its own engine node, so crashes hit one
 * agent; messages between actors of the same cluster node take `intra_latency`, others
 * `inter_latency` (the network's `linkLatency`). Each cluster node has a manager (directory
 * shard, load balancer, resource share) and a Raft participant; agents are workers.
 *
 * Four operations run side by side in the workload window (or one, with `op`): cross-node
 * discovery, cluster-wide consensus, distributed load balancing and cross-cluster resource
 * allocation. `coordinator=central` replaces the Raft group by one central coordinator running a
 * two-phase commit with every node (the traditional baseline for cluster coordination). Metrics are per operation, prefixed by its name: `<op>_execution_ms`,
 * `<op>_success_ratio`, `<op>_network_latency_ms` (mean one-way latency of its messages) and
 * `<op>_messages_count`.
 */
import { filter } from 'rxjs';
import { centralCoordinatorMachine, clusterManagerMachine, clusterWorkerMachine, coordinationParticipantMachine, createRaftDisk, raftNodeMachine, type RaftCore, type RaftDisk } from '../../actors/index.js';
import { parseDistribution } from '../../engine/index.js';
import { arrivalTimes } from './coordinationFaults.js';
import { defineScenario } from '../core/defineScenario.js';
import { dist, int, num, oneOf, quiet } from '../core/params.js';
import { RaftTracker } from './RaftTracker.js';

/** Operations and the message-type prefix of each. */
const OPS = [
  { name: 'discovery', prefix: 'd' },
  { name: 'consensus', prefix: 'raft' },
  { name: 'load_balancing', prefix: 'lb' },
  { name: 'resource_allocation', prefix: 'ra' },
] as const;

/** The `distributed-cluster` scenario. */
export const distributedCluster = defineScenario({
  name: 'distributed-cluster',
  summary: 'nodes x agents clusters (up to 50x500): cross-node discovery, cluster-wide consensus, distributed load balancing, resource allocation',
  params: {
    preset: oneOf(['custom', 'small', 'medium', 'large', 'enterprise'] as const, 'custom', 'cluster size: small 3x100, medium 10x200, large 25x300, enterprise 50x500'),
    nodes: int(3, 1, 1000, 'cluster nodes'),
    agents_per_node: int(100, 1, 10_000, 'agents on each cluster node'),
    op: oneOf(['all', 'discovery', 'consensus', 'load-balancing', 'resource-allocation'] as const, 'all', 'operations to run (all run side by side)'),
    duration_ms: int(20_000, 100, 86_400_000, 'virtual time to simulate; work starts in [10%, 70%) of it'),
    intra_latency: dist('exp:0.2', 'latency between actors of the same cluster node'),
    inter_latency: dist('uniform:2:10', 'latency between cluster nodes'),
    loss: num(0, 0, 1, 'probability that a message is lost'),
    lookups: int(1000, 0, 1_000_000, 'discovery: lookups of an agent on another node'),
    proposals: int(100, 0, 1_000_000, 'consensus: commands proposed to the Raft group of the managers'),
    coordinator: quiet(oneOf(['raft', 'central'] as const, 'raft', 'consensus: raft (the managers\' Raft group, agent-native) or central (one coordinator on its own node, two-phase commit with every node: the traditional baseline)')),
    election_timeout: dist('uniform:150:300', 'consensus: election timeout', 1),
    heartbeat_ms: int(50, 1, 60_000, 'consensus: heartbeat interval'),
    requests: int(1000, 0, 1_000_000, 'load balancing: requests, each arriving at a random manager'),
    service: dist('exp:20', 'load balancing: service time of a request at an agent'),
    spill_at: int(2, 1, 1_000_000, 'load balancing: a manager passes a request on when its least-loaded agent has this many'),
    allocations: int(200, 0, 1_000_000, 'resource allocation: allocation requests'),
    units: int(6, 1, 1_000_000, 'resource allocation: units per request, split over `spread` nodes'),
    spread: int(3, 1, 1000, 'resource allocation: other nodes each request reserves on (at most nodes − 1)'),
    capacity: int(100, 0, 1_000_000, 'resource allocation: units each node holds'),
    hold_ms: int(2000, 1, 86_400_000, 'resource allocation: how long a granted allocation holds its units'),
    reserve_timeout_ms: int(500, 1, 86_400_000, 'resource allocation: a reservation or allocation not completed within this is released'),
  },
  presets: {
    small: { nodes: 3, agents_per_node: 100 },
    medium: { nodes: 10, agents_per_node: 200 },
    large: { nodes: 25, agents_per_node: 300 },
    enterprise: { nodes: 50, agents_per_node: 500 },
  },
  network: (p) => {
    const intra = parseDistribution(p.intra_latency, 'intra_latency');
    const inter = parseDistribution(p.inter_latency, 'inter_latency');
    const clusterOf = (id: string): string => id.slice(0, id.indexOf('.'));
    return { latency: inter, loss: p.loss, linkLatency: (s, d) => (clusterOf(s) === clusterOf(d) ? intra : inter) };
  },
  build({ sim, params: p, metrics }) {
    const on = (op: string): boolean => p.op === 'all' || p.op === op;
    const n = p.nodes;
    const managers = Array.from({ length: n }, (_, i) => `n${i}.mgr`);
    const rafts = Array.from({ length: n }, (_, i) => `n${i}.raft`);
    const agentsOf = Array.from({ length: n }, (_, i) => Array.from({ length: p.agents_per_node }, (_, j) => `n${i}.a${j}`));
    const service = parseDistribution(p.service, 'service');
    managers.forEach((id, i) => {
      const config = { index: i, managers, agents: agentsOf[i]!, spillAt: p.spill_at, capacity: p.capacity, timeoutMs: p.reserve_timeout_ms, holdMs: p.hold_ms };
      sim.spawn(clusterManagerMachine, { id, input: (env) => ({ env, config, sweepMs: 100 }) });
    });
    agentsOf.forEach((list, i) => list.forEach((id) => sim.spawn(clusterWorkerMachine, { id, input: (env) => ({ env, manager: managers[i]!, service }) })));

    const window = { from: 0.1 * p.duration_ms, to: 0.7 * p.duration_ms };
    const rng = sim.rng.fork('workload');
    const exec = (op: string, ms: number): void => metrics.sample(`${op}_execution_ms`, ms);
    for (const op of OPS) if (on(op.name.replace('_', '-'))) metrics.declare(`${op.name}_execution_ms`);

    // Per-operation message counts and mean one-way latency, from send/deliver pairs.
    const prefixOp = new Map<string, number>(OPS.map((o, i) => [o.prefix, i]));
    prefixOp.set('cc', OPS.findIndex((o) => o.name === 'consensus'));
    const sent = OPS.map(() => 0);
    const latency = OPS.map(() => ({ sum: 0, count: 0 }));
    const inFlight = new Map<number, { at: number; op: number }>();
    sim.signalsOf('send', 'deliver', 'drop').pipe(filter((s) => s.kind === 'send' || s.kind === 'deliver' || s.kind === 'drop')).subscribe((s) => {
      if (s.kind === 'send') {
        const op = prefixOp.get(s.type.slice(0, s.type.indexOf('.')));
        if (op === undefined) return;
        sent[op]!++;
        inFlight.set(s.seq, { at: s.time, op });
      } else if (s.ref !== undefined) {
        const m = inFlight.get(s.ref);
        if (m === undefined) return;
        inFlight.delete(s.ref);
        if (s.kind === 'deliver') {
          latency[m.op]!.sum += s.time - m.at;
          latency[m.op]!.count++;
        }
      }
    });

    // Discovery: a random agent looks up a random agent of another node.
    const lookups = new Map<string, number[]>();
    let found = 0;
    if (on('discovery')) {
      arrivalTimes(sim, 'lookup-times', p.lookups, window.from, window.to).forEach((t) =>
        sim.kernel.scheduleAt(t, () => {
          const i = rng.int(n);
          const k = n > 1 ? (i + 1 + rng.int(n - 1)) % n : i;
          const asker = rng.pick(agentsOf[i]!);
          const key = rng.pick(agentsOf[k]!);
          const pending = lookups.get(`${asker} ${key}`);
          if (pending) pending.push(t);
          else lookups.set(`${asker} ${key}`, [t]);
          const find = { type: 'd.find', key };
          sim.inject(asker, find);
        }),
      );
    }
    // Consensus: the managers' Raft group.
    const disks = new Map<string, RaftDisk>(rafts.map((id) => [id, createRaftDisk()]));
    const observer = new RaftTracker(sim, disks, { commit: (_c, ms) => exec('consensus', ms), downtime: () => undefined });
    const central = p.coordinator === 'central';
    const ccSubmitted = new Map<string, number>();
    let ccCommitted = 0;
    if (on('consensus') && central) {
      const coordinator = 'coord.cc';
      const participants = Array.from({ length: n }, (_, i) => `n${i}.cc`);
      sim.spawn(centralCoordinatorMachine, { id: coordinator, input: (env) => ({ env, participants }) });
      for (const id of participants) sim.spawn(coordinationParticipantMachine, { id, input: (env) => ({ env, coordinator }) });
      arrivalTimes(sim, 'proposal-times', p.proposals, window.from, window.to).forEach((t, i) =>
        sim.kernel.scheduleAt(t, () => {
          ccSubmitted.set(`c${i}`, t);
          const submit = { type: 'cc.submit', cmd: `c${i}` };
          sim.inject(rng.pick(participants), submit);
        }),
      );
    } else if (on('consensus')) {
      const config = { members: rafts, electionTimeout: parseDistribution(p.election_timeout, 'election_timeout'), heartbeatMs: p.heartbeat_ms };
      for (const id of rafts) sim.spawn(raftNodeMachine, { id, input: (env) => ({ env, config, disk: disks.get(id)! }) });
      arrivalTimes(sim, 'proposal-times', p.proposals, window.from, window.to).forEach((t, i) =>
        sim.kernel.scheduleAt(t, () => {
          observer.submit(`c${i}`);
          const request = { type: 'raft.request', cmd: `c${i}` };
          sim.inject(rng.pick(rafts), request);
        }),
      );
    }
    // Load balancing and resource allocation: requests at random managers.
    const lbStart: number[] = [];
    let lbDone = 0;
    if (on('load-balancing')) {
      arrivalTimes(sim, 'request-times', p.requests, window.from, window.to).forEach((t, id) =>
        sim.kernel.scheduleAt(t, () => {
          lbStart[id] = t;
          const request = { type: 'lb.request', hops: 0, id };
          sim.inject(rng.pick(managers), request);
        }),
      );
    }
    const raStart: number[] = [];
    let raOk = 0;
    if (on('resource-allocation')) {
      arrivalTimes(sim, 'allocation-times', p.allocations, window.from, window.to).forEach((t, id) =>
        sim.kernel.scheduleAt(t, () => {
          raStart[id] = t;
          const request = { type: 'ra.request', id, spread: p.spread, units: p.units };
          sim.inject(rng.pick(managers), request);
        }),
      );
    }
    sim.signalsOf('signal').pipe(filter((s) => s.kind === 'signal')).subscribe((s) => {
      const d = s.payload as { id: number; key: string; node: number };
      switch (s.type) {
        case 'd.resolved': {
          const starts = lookups.get(`${s.src} ${d.key}`);
          const t = starts?.shift();
          if (t === undefined) return;
          exec('discovery', s.time - t);
          if (d.node === Number(d.key.slice(1, d.key.indexOf('.')))) found++;
          return;
        }
        case 'cc.committed': {
          const t = ccSubmitted.get((s.payload as { cmd: string }).cmd);
          if (t === undefined) return;
          ccCommitted++;
          return exec('consensus', s.time - t);
        }
        case 'lb.completed':
          lbDone++;
          return exec('load_balancing', s.time - lbStart[d.id]!);
        case 'ra.allocated':
        case 'ra.failed':
          if (s.type === 'ra.allocated') raOk++;
          return exec('resource_allocation', s.time - raStart[d.id]!);
      }
    });

    const core = (id: string): RaftCore | undefined => (sim.actor(id)?.getSnapshot() as { context?: { core?: RaftCore } } | undefined)?.context?.core;
    return {
      durationMs: p.duration_ms,
      finish() {
        const ratio = (ok: number, total: number): number => (total === 0 ? 1 : ok / total);
        const success = [ratio(found, p.lookups), central ? ratio(ccCommitted, ccSubmitted.size) : ratio(observer.committedAt.size, observer.submittedCount), ratio(lbDone, p.requests), ratio(raOk, p.allocations)];
        OPS.forEach((op, i) => {
          if (!on(op.name.replace('_', '-'))) return;
          metrics.set(`${op.name}_success_ratio`, success[i]!, 'ratio');
          metrics.set(`${op.name}_network_latency_ms`, latency[i]!.count === 0 ? 0 : latency[i]!.sum / latency[i]!.count, 'ms');
          metrics.set(`${op.name}_messages_count`, sent[i]!);
        });
        metrics.set('agents_count', n * p.agents_per_node);
      },
      invariants: () => (on('consensus') && !central ? observer.invariants(core) : []),
    };
  },
});
