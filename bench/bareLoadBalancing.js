/**
 * The floor for the load-balancing and M/M/1 rows: the scenario's own machines — the balancer
 * (`loadBalancerMachine`), the FIFO servers (`queueServerMachine`, service as a host timer),
 * one heartbeat agent per server and the timeout monitor (`healthMonitorMachine`, its sweep an
 * `after`) — on bareHost.js instead of the engine, with the same arrival process (Poisson at
 * load 0.7), the same latency distribution, the crashes, and the monitor's verdicts forwarded to
 * the balancer as `node_down` / `node_up`. Same XState transitions per request as the scenario;
 * no kernel, no trace or fingerprint, no trackers or metrics. Compared side by side with
 * `load-balancing` in one process (CPU time, paired by round):
 *
 *   npm run build && node bench/bareLoadBalancing.js [requests] [nodes] [rounds]        # LB, p2c, 1 crash
 *   npm run build && node bench/bareLoadBalancing.js 200000 1 3 mm1                     # M/M/1 form
 */
import { setFlagsFromString } from 'node:v8';
import { BareHost } from './bareHost.js';
import { median, note, timed } from './lib.js';

/** The scenario's parameters for `nodes` servers; `mm1` gives the M/M/1 form of the row. */
export function lbParams(requests, nodes, mm1) {
  return mm1 ? { requests, nodes: 1, crash: 0, latency: 'const:0', strategy: 'round-robin' } : { requests, nodes, strategy: 'p2c', topology: 'central' };
}

/**
 * `load-balancing` (central balancer, timeout detector, default timings) on a bare host;
 * returns messages, transitions (events handed to actors) and completed requests.
 */
export function runBareLoadBalancing(lib, { requests, nodes, crash = 1, latency = 'exp:0.1', strategy = 'p2c', seed = 42 }) {
  const { Rng, parseDistribution, loadBalancerMachine, queueServerMachine, heartbeatAgentMachine, healthMonitorMachine } = lib;
  const rng = new Rng(seed);
  const net = rng.fork('network');
  const lat = parseDistribution(latency, 'latency');
  const service = parseDistribution('exp:10', 'service');
  const servers = Array.from({ length: nodes }, (_, i) => `server-${i + 1}`);
  const members = new Map(servers.map((s, i) => [`hb-${i + 1}`, s]));
  let completed = 0;
  const probe = { arrived() {}, completed: () => void completed++ };
  const host = new BareHost(rng, () => lat.sample(net), (src, name, data) => {
    if (src !== 'monitor' || (name !== 'declared_dead' && name !== 'declared_alive')) return;
    const server = members.get(data.node);
    if (server !== undefined) host.send('balancer', { type: name === 'declared_dead' ? 'node_down' : 'node_up', server }, 'monitor');
  });
  for (const id of servers) host.spawn(queueServerMachine, id, (env) => ({ env, service, probe }));
  host.spawn(loadBalancerMachine, 'balancer', (env) => ({ env, servers, strategy, choices: 2, decayMs: 10_000, estimate: 'outstanding', refreshMs: 0 }));
  for (const id of members.keys()) host.spawn(heartbeatAgentMachine, id, (env) => ({ monitor: 'monitor', heartbeatMs: 100, phaseMs: env.rng.uniform(0, 100) }));
  host.spawn(healthMonitorMachine, 'monitor', (env) => ({ env, members: [...members.keys()], timeoutMs: 500, checkMs: 50 }));
  // Poisson arrivals at load 0.7 per server, handed to the balancer directly (as `sim.inject`).
  const arrivals = rng.fork('arrivals');
  const gapMs = 10 / (0.7 * nodes);
  const times = new Float64Array(requests);
  for (let i = 0, t = 0; i < requests; i++) times[i] = t += -gapMs * Math.log(1 - arrivals.next());
  const crashes = rng.fork('crashes');
  for (const id of crashes.shuffle(servers).slice(0, crash)) host.crashAt(crashes.uniform(times[Math.floor(0.2 * (requests - 1))], times[Math.floor(0.6 * (requests - 1))]), id);
  let next = 0;
  const arrive = () => {
    const id = next++;
    host.deliver('balancer', { type: 'request', id, t0: host.now });
    if (next < requests) host.clock.setTimeout(arrive, times[next] - host.now);
  };
  host.clock.setTimeout(arrive, times[0]);
  host.runUntil(times[requests - 1] + 30_000);
  return { messages: host.messages, transitions: host.transitions, completed };
}

/** `rounds` interleaved pairs (floor, scenario); `mm1`: one server, no crash, `const:0`, round-robin. */
export async function benchBareLoadBalancing({ requests = 200_000, nodes = 100, rounds = 2, mm1 = false } = {}) {
  setFlagsFromString('--no-allocation-site-pretenuring');
  const lib = await import('../dist/index.js');
  const scenario = lib.getScenario('load-balancing');
  const params = lbParams(requests, nodes, mm1);
  // The bare run takes the scenario's parameter names where they differ in spelling only.
  const bare = { requests, nodes: params.nodes, strategy: params.strategy, ...(mm1 ? { crash: 0, latency: 'const:0' } : {}) };
  runBareLoadBalancing(lib, { ...bare, requests: 2000 });
  lib.runScenario(scenario, { ...params, requests: 2000 }, 42);
  const floor = [];
  const run = [];
  for (let r = 0; r < rounds; r++) {
    note(`bareLoadBalancing: round ${r + 1}/${rounds}, floor…`);
    floor.push(timed(() => runBareLoadBalancing(lib, bare)));
    note(`bareLoadBalancing: round ${r + 1}/${rounds}, scenario…`);
    run.push(timed(() => lib.runScenario(scenario, params, 42)));
  }
  const s = run.at(-1).value;
  const perSec = (xs) => Math.round(median(xs.map((x) => requests / (x.cpuMs / 1000))));
  return {
    params,
    rounds,
    floor: { cpuMs: floor.map((f) => Math.round(f.cpuMs)), requestsPerCpuSec: perSec(floor), ...floor.at(-1).value, transitionsPerRequest: floor.at(-1).value.transitions / requests },
    scenario: { cpuMs: run.map((x) => Math.round(x.cpuMs)), requestsPerCpuSec: perSec(run), events: s.events, completed: s.metrics.completed_count.value },
    ratio: median(run.map((x, i) => x.cpuMs / floor[i].cpuMs)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [requests, nodes, rounds] = process.argv.slice(2, 5).map(Number);
  const f = await benchBareLoadBalancing({
    ...(requests ? { requests } : {}), ...(nodes ? { nodes } : {}), ...(rounds ? { rounds } : {}), mm1: process.argv[5] === 'mm1',
  });
  console.log(JSON.stringify(f, null, 2));
}
