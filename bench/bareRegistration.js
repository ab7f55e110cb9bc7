/**
 * The floor for the agent-registration row (`op=discovery agents=10000`): the scenario's own
 * machines — the registry (`registryMachine`, one or a replica per node), 10,000
 * `registryAgentMachine`s and the `discoveryClientMachine` — on bareHost.js instead of the
 * engine, with the same link latencies (`exp:2` between nodes, `const:0.05` within one), the
 * same profiles and queries, ten registrations in flight, then the 500 queries. Same XState
 * transitions as the scenario; no kernel, no trace or fingerprint, no ground-truth checks or
 * metrics. Compared side by side with the scenario in one process (CPU time, paired by round):
 *
 *   npm run build && node bench/bareRegistration.js [agents] [rounds] [central|replicated]
 */
import { setFlagsFromString } from 'node:v8';
import { BareHost } from './bareHost.js';
import { median, note, timed } from './lib.js';

/** One `agent-registration op=discovery` run on a bare host; returns messages and transitions. */
export function runBareRegistration(lib, work, { agents: n, replicated = false, nodes = 10, queries: queryCount = 500, seed = 42 }) {
  const { Rng, parseDistribution, registryMachine, registryAgentMachine, discoveryClientMachine, siteIndex } = lib;
  const rng = new Rng(seed);
  const net = rng.fork('network');
  const between = parseDistribution('exp:2', 'latency');
  const within = parseDistribution('const:0.05', 'site_latency');
  const processing = parseDistribution('exp:1', 'processing');
  const think = parseDistribution('exp:5', 'think');
  const sites = Array.from({ length: nodes }, (_, i) => `node-${i}`);
  const registries = replicated ? sites.map((_, k) => `registry-${k}`) : ['registry'];
  const homeRegistry = (site) => registries[replicated ? site : 0];
  const pending = [];
  let inFlight = 0;
  let discovered = 0;
  const launch = () => {
    while (inFlight < 10 && pending.length > 0) {
      inFlight++;
      const agent = pending.pop();
      host.clock.setTimeout(() => host.deliver(agent, { type: 'do_register' }), 0);
    }
    if (inFlight === 0 && pending.length === 0) host.clock.setTimeout(() => host.deliver('client', { type: 'start' }), 0);
  };
  const host = new BareHost(rng, (a, b) => (siteIndex(a, nodes) === siteIndex(b, nodes) ? within : between).sample(net), (src, name) => {
    if (name === 'registered') {
      inFlight--;
      launch();
    } else if (name === 'discovered') discovered++;
  });
  for (const id of registries) {
    const peers = registries.filter((r) => r !== id);
    host.spawn(registryMachine, id, (env) => ({ env, processing, perItemMs: 0.002, peers, gossipMs: 50 }));
  }
  const profileRng = rng.fork('profiles');
  const caps = work.capabilityNames(8);
  for (let i = 0; i < n; i++) {
    const id = `agent-${i + 1}`;
    const site = (i + 1) % nodes;
    const profile = work.makeProfile(id, sites[site], caps, profileRng);
    host.spawn(registryAgentMachine, id, (env) => ({ env, profile, registry: homeRegistry(site) }));
    pending.push(id);
  }
  pending.reverse();
  const queryRng = rng.fork('queries');
  const queries = Array.from({ length: queryCount }, () => work.discoveryQuery(caps, queryRng));
  host.spawn(discoveryClientMachine, 'client', (env) => ({ env, registry: homeRegistry(0), queries, thinkTime: think }));
  host.clock.setTimeout(launch, 0);
  host.runUntil(Infinity);
  return { messages: host.messages, transitions: host.transitions, discovered };
}

/** `rounds` interleaved pairs (floor, scenario) of registration and discovery with `agents` agents. */
export async function benchBareRegistration({ agents = 10_000, rounds = 3, replicated = false } = {}) {
  setFlagsFromString('--no-allocation-site-pretenuring');
  const lib = await import('../dist/index.js');
  const work = await import('../dist/scenarios/platform/registryWorkload.js');
  const params = { op: 'discovery', agents, ...(replicated ? { registry: 'replicated' } : {}) };
  // One small warm-up of each so neither pays for compilation in the measured rounds.
  runBareRegistration(lib, work, { agents: 1000, replicated });
  lib.runScenario(lib.agentRegistration, { ...params, agents: 1000 }, 42);
  const floor = [];
  const run = [];
  for (let r = 0; r < rounds; r++) {
    note(`bareRegistration: round ${r + 1}/${rounds}, floor…`);
    floor.push(timed(() => runBareRegistration(lib, work, { agents, replicated })));
    note(`bareRegistration: round ${r + 1}/${rounds}, scenario…`);
    run.push(timed(() => lib.runScenario(lib.agentRegistration, params, 42)));
  }
  const events = run.at(-1).value.events;
  return {
    params,
    rounds,
    floor: { cpuMs: floor.map((f) => Math.round(f.cpuMs)), ...floor.at(-1).value },
    scenario: { cpuMs: run.map((x) => Math.round(x.cpuMs)), events, eventsPerCpuSec: Math.round(median(run.map((x) => events / (x.cpuMs / 1000)))) },
    // The scenario's events per CPU second if it cost no more than the floor.
    floorEventsPerCpuSec: Math.round(median(floor.map((f) => events / (f.cpuMs / 1000)))),
    ratio: median(run.map((x, i) => x.cpuMs / floor[i].cpuMs)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [agents, rounds] = process.argv.slice(2, 4).map(Number);
  const f = await benchBareRegistration({ ...(agents ? { agents } : {}), ...(rounds ? { rounds } : {}), replicated: process.argv[4] === 'replicated' });
  console.log(JSON.stringify(f, null, 2));
}
