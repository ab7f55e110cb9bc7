/**
 * `load-balancing`: requests arrive (Poisson, constant, or replayed from a trace) and a balancer
 * routes each to one of `nodes` FIFO servers by a strategy (round-robin, random,
 * least-connections, power of d choices, Finagle's peak-EWMA). The balancer routes only to
 * servers its health view believes alive; the view follows a failure detector, and `crash`
 * servers crash at seeded times. `topology=central` is one balancer all traffic passes through;
 * `topology=local` is one balancer agent per node, each routing the requests that enter at its
 * node from its own view: exact for its own requests, stale for everyone else's (refreshed from
 * load piggybacked on responses and, every `refresh_ms`, by polling every server).
 *
 * Arrivals are plain kernel callbacks; balancers and servers are XState actors. Response and
 * wait times, time-average number in system, utilisation and throughput come from the servers'
 * queues as simulated.
 */
import { BALANCER_STRATEGIES, loadBalancerMachine, queueServerMachine, type BalancerRequestEvent, type HealthEvent } from '../../actors/index.js';
import { parseDistribution, UsageError, type Fault } from '../../engine/index.js';
import { arrivalTimes } from './arrivalTimes.js';
import { defineScenario } from '../core/defineScenario.js';
import { LB_DETECTORS, spawnLbDetector } from './loadBalancingDetector.js';
import { LoadStats } from './LoadStats.js';
import { dist, int, num, oneOf, quiet, str } from '../core/params.js';

const MONITOR = 'monitor';
const CENTRAL = 'balancer';
const BUG_IGNORES_HEALTH = 'balancer-ignores-health';

/** The longest span of arrivals a run may have: one virtual day, the longest duration of any scenario. */
export const MAX_ARRIVAL_SPAN_MS = 86_400_000;

/** The `load-balancing` scenario. */
export const loadBalancing = defineScenario({
  name: 'load-balancing',
  summary: 'FIFO servers behind a balancer (round-robin, random, least-connections, p2c, peak-EWMA), central or per-agent; response time, queueing, utilisation',
  params: {
    preset: oneOf(['none', 'low', 'medium', 'high', 'spike'], 'none', "the seed's load levels: low 100 rps/5 nodes, medium 1k/10, high 10k/20, spike 50k/50 (service exp:0.8)"),
    nodes: int(10, 1, 10_000, 'number of servers, each on its own node'),
    strategy: oneOf(BALANCER_STRATEGIES, 'p2c', 'routing strategy'),
    choices: int(2, 1, 10_000, 'servers sampled per decision by p2c and peak-ewma (d)'),
    decay_ms: num(10_000, 1, 86_400_000, "peak-ewma's decay time constant (Finagle's default is 10 s)"),
    topology: oneOf(['central', 'local'] as const, 'central', 'one central balancer, or one balancer agent per node with its own view'),
    refresh_ms: int(1000, 0, 86_400_000, 'local topology: each agent polls every server for its load this often (0 = only load piggybacked on responses)'),
    arrival: str('poisson', 'arrival process: poisson, constant, or trace:FILE (CSV of arrival times in ms)', /^(poisson|constant|trace:.+)$/),
    rps: num(0, 0, 1e8, 'total arrival rate in requests/s (0 = derive it from load)'),
    load: num(0.7, 0, 100, 'offered utilisation per server, rps × mean service / nodes (used when rps = 0)'),
    service: dist('exp:10', 'service time distribution (ms)'),
    requests: int(50_000, 1, 100_000_000, 'number of requests that arrive'),
    warmup: num(0.1, 0, 0.99, 'fraction of the first requests excluded from statistics'),
    decision: dist('const:0', "extra decision latency (ms) per request, added before the balancer sees it"),
    entry: quiet(oneOf(['direct', 'network'] as const, 'direct', 'how a request reaches its balancer: direct (handed over at no cost) or network (from the client node across the network to a central balancer; a local agent is on the request\'s own node)')),
    crash: int(1, 0, 10_000, 'servers crashed at seeded times between 20% and 60% of the arrivals'),
    detector: oneOf(LB_DETECTORS, 'timeout', 'failure detector behind the health view: timeout, phi (Akka), phi-exp (Cassandra), central (polling checker)'),
    heartbeat_ms: int(100, 1, 3_600_000, 'heartbeat (or, for central, check) interval of the detector'),
    timeout_ms: int(500, 1, 3_600_000, 'timeout detector: silence before a server is declared dead (central: failed rounds = timeout/heartbeat)'),
    check_ms: int(50, 1, 3_600_000, "detector's sweep interval (timeout, phi, phi-exp)"),
    latency: dist('exp:0.1', 'network latency between nodes (ms)'),
    loss: num(0, 0, 1, 'probability that a message is lost'),
    drain_ms: int(30_000, 0, 86_400_000, 'virtual time simulated after the last arrival so queues can drain'),
  },
  presets: {
    low: { rps: 100, nodes: 5, service: 'exp:0.8' },
    medium: { rps: 1000, nodes: 10, service: 'exp:0.8' },
    high: { rps: 10_000, nodes: 20, service: 'exp:0.8' },
    spike: { rps: 50_000, nodes: 50, service: 'exp:0.8' },
  },
  bugs: [BUG_IGNORES_HEALTH],
  // explore: crash and restart servers under 1,000 rps of 1 ms requests.
  explore: {
    size: { param: 'nodes', min: 2, max: 10 },
    duration: { param: 'requests', min: 200, max: 2_000 },
    params: { crash: 0, rps: 1000, service: 'exp:1', drain_ms: 2_000 },
    targets: (p) => Array.from({ length: p.nodes }, (_, i) => `server-${i + 1}`),
    faults: ['crash', 'restart'],
    horizonMs: (p) => (p.requests / Math.max(1, p.rps)) * 1000,
  },
  validate(p) {
    if (p.crash >= p.nodes && p.crash > 0) throw new UsageError(`load-balancing: crash: ${p.crash} — must be < nodes (${p.nodes}) so a server survives`);
    if ((p.strategy === 'p2c' || p.strategy === 'peak-ewma') && p.choices > p.nodes) throw new UsageError(`load-balancing: choices: ${p.choices} — must be <= nodes (${p.nodes})`);
    if (!p.arrival.startsWith('trace:') && p.rps === 0 && p.load === 0) throw new UsageError(`load-balancing: rps and load are both 0 — ${p.arrival} arrivals need a rate`);
    if (!p.arrival.startsWith('trace:')) {
      const ratePerMs = p.rps > 0 ? p.rps / 1000 : (p.load * p.nodes) / parseDistribution(p.service, 'load-balancing: service').mean;
      const span = p.requests / ratePerMs;
      if (!(span <= MAX_ARRIVAL_SPAN_MS)) {
        throw new UsageError(`load-balancing: ${p.requests} requests at ${ratePerMs * 1000} rps span ${span} ms of virtual time (at most ${MAX_ARRIVAL_SPAN_MS}, one virtual day): raise rps or load, or lower requests`);
      }
    }
  },
  network: (p) => ({ latency: p.latency, loss: p.loss }),
  build({ sim, params: p, metrics, bugs, readInput }) {
    const service = parseDistribution(p.service, 'load-balancing: service');
    const decision = parseDistribution(p.decision, 'load-balancing: decision');
    const ratePerMs = p.rps > 0 ? p.rps / 1000 : (p.load * p.nodes) / service.mean;
    const times = arrivalTimes({ arrival: p.arrival, count: p.requests, ratePerMs, rng: sim.rng.fork('arrivals'), readInput });
    const count = times.length;
    // A tiny rate (rps=1e-300) would stretch the run over eons of heartbeats: bound the horizon
    // (validate bounds the expected span; this catches a recorded trace, and a Poisson tail).
    if (!(times[count - 1]! <= 2 * MAX_ARRIVAL_SPAN_MS)) {
      throw new UsageError(`load-balancing: the ${count} arrivals span ${times[count - 1]} ms of virtual time (at most ${2 * MAX_ARRIVAL_SPAN_MS}, two virtual days): raise rps or load, or lower requests`);
    }
    const measuredFrom = Math.min(count - 1, Math.floor(p.warmup * count));
    const last = times[count - 1]!;
    const servers = Array.from({ length: p.nodes }, (_, i) => `server-${i + 1}`);
    const stats = new LoadStats(servers, metrics, measuredFrom, times[measuredFrom]!, last);
    metrics.declare('response_ms').declare('wait_ms');

    for (const id of servers) sim.spawn(queueServerMachine, { id, input: (env) => ({ env, service, probe: stats }) });
    const central = p.topology === 'central';
    const balancers = central ? [CENTRAL] : servers.map((_, i) => `lb-${i + 1}`);
    balancers.forEach((id, i) =>
      sim.spawn(loadBalancerMachine, {
        id,
        node: central ? CENTRAL : servers[i],
        input: (env) => ({
          env,
          servers,
          strategy: p.strategy,
          choices: p.choices,
          decayMs: p.decay_ms,
          estimate: central ? ('outstanding' as const) : ('reported' as const),
          refreshMs: central ? 0 : p.refresh_ms,
          ignoreHealth: bugs.has(BUG_IGNORES_HEALTH),
        }),
      }),
    );

    // The detector's verdicts reach every balancer as messages, as from a membership service.
    const members = spawnLbDetector(sim, MONITOR, servers, { detector: p.detector, heartbeatMs: p.heartbeat_ms, timeoutMs: p.timeout_ms, checkMs: p.check_ms });
    // A plain callback rather than an rxjs filter: every metric sample is a signal too.
    sim.signalsOf('signal').subscribe((s) => {
      if (s.src !== MONITOR || (s.type !== 'declared_dead' && s.type !== 'declared_alive')) return;
      const server = members.get((s.payload as { node: string }).node);
      if (server === undefined) return;
      const event: HealthEvent = { type: s.type === 'declared_dead' ? 'node_down' : 'node_up', server };
      for (const lb of balancers) sim.send(MONITOR, lb, event);
    });

    const crashRng = sim.rng.fork('crashes');
    const from = times[Math.floor(0.2 * (count - 1))]!;
    const to = times[Math.floor(0.6 * (count - 1))]!;
    for (const id of crashRng.shuffle(servers).slice(0, p.crash)) sim.faults.at(crashRng.uniform(from, to)).crash(id);

    // Invariant lb.never-routes-to-dead, checked from the trace: a request sent by a balancer to
    // a server that balancer has itself declared dead (signal lb.declared_dead) is a violation.
    const isBalancer = new Set(balancers);
    const declared = new Map(balancers.map((b) => [b, new Set<string>()]));
    // Decision latency: arrival (t0) to the balancer's dispatch of the request — the hop to the
    // balancer, its wait for a core and its own CPU time (resource model), plus `decision`.
    const decisions: number[] = [];
    // Requests already dispatched once, by id (ids are 0..count-1): a byte each, not a Set entry.
    const decided = new Uint8Array(count);
    let violations = 0;
    let example: string | undefined;
    let rejected = 0;
    let crashes = 0;
    sim.signalsOf('send', 'signal', 'fault').subscribe((s) => {
      if (s.kind === 'send') {
        if (s.type === 'request' && isBalancer.has(s.src)) {
          const r = s.payload as { id: number; t0: number };
          if (decided[r.id] === 0) {
            decided[r.id] = 1;
            if (r.id >= measuredFrom) decisions.push(s.time - r.t0);
          }
        }
        if (s.type === 'request' && isBalancer.has(s.src) && declared.get(s.src)!.has(s.dst)) {
          violations++;
          example ??= `${s.src} routed request ${(s.payload as { id: number }).id} to ${s.dst} at t=${s.time} after declaring it dead`;
        }
      } else if (s.kind === 'signal') {
        if (s.type === 'lb.declared_dead') declared.get(s.src)?.add((s.payload as { node: string }).node);
        else if (s.type === 'lb.declared_alive') declared.get(s.src)?.delete((s.payload as { node: string }).node);
        else if (s.type === 'lb.rejected') rejected++;
      } else if (s.kind === 'fault' && (s.type === 'crash' || s.type === 'restart')) {
        // A balancer on a crashed or restarted node forgets its verdicts, and so does the check.
        for (const node of (s.payload as Fault & { targets: string[] }).targets) {
          for (const lb of balancers) if ((sim.nodeOf(lb) ?? lb) === node) declared.get(lb)!.clear();
        }
        if (s.type === 'restart') return;
        for (const node of (s.payload as Fault & { targets: string[] }).targets) {
          if (members.has(node) || !servers.includes(node)) continue;
          crashes++;
          stats.crashed(node, s.time);
        }
      }
    });

    // The workload: one kernel callback per arrival, handing the request to a balancer.
    const entry = sim.rng.fork('entry');
    const decisionRng = sim.rng.fork('decision');
    const zeroDecision = decision.spec === 'const:0';
    const overNetwork = central && p.entry === 'network';
    let next = 0;
    const arrive = (): void => {
      const id = next++;
      const lb = central ? CENTRAL : balancers[entry.int(balancers.length)]!;
      const request: BalancerRequestEvent = { type: 'request', id, t0: sim.now };
      if (zeroDecision) {
        if (overNetwork) sim.send('client', lb, request);
        else sim.inject(lb, request, 'client');
      } else sim.kernel.schedule(decision.sample(decisionRng), overNetwork ? () => sim.send('client', lb, request) : () => sim.inject(lb, request, 'client'));
      if (next < count) sim.kernel.scheduleAt(times[next]!, arrive);
    };
    sim.kernel.scheduleAt(times[0]!, arrive);

    return {
      durationMs: last + p.drain_ms,
      finish() {
        stats.finish(sim.now);
        const unfinished = stats.unfinished;
        metrics.set('offered_rps', (count > 1 ? (count - 1) / (last - times[0]!) : ratePerMs) * 1000, 'rps');
        metrics.set('completed_count', stats.completedCount);
        metrics.set('rejected_count', rejected);
        metrics.set('lost_count', count - stats.completedCount - rejected - unfinished);
        metrics.set('unfinished_count', unfinished);
        metrics.set('crashes_count', crashes);
        metrics.distribution('decision_ms', decisions, 'ms');
      },
      invariants: () => [
        { name: 'lb.never-routes-to-dead', holds: violations === 0, violations, ...(example ? { example } : {}) },
      ],
    };
  },
});
