/**
 * The floor for the SWIM row: the same `swimMemberMachine` actors (same protocol, same XState
 * transition per message and per timer) on bareHost.js instead of the engine (`exp:5` latency,
 * no trace, no kernel, no trackers). Crashes stop `crash` members at seeded times in the first
 * half of the run, as the scenario does. Compared side by side with `failure-detection detector=swim` in one process:
 *
 *   npm run build && node bench/bareSwim.js [members] [virtual_ms] [rounds] [suspicion 1|0]
 *
 * Prints JSON: CPU ms of each round, messages and transitions of each side, and the median
 * scenario/floor CPU ratio (paired by round).
 */
import { setFlagsFromString } from 'node:v8';
import { BareHost } from './bareHost.js';
import { median, note, timed } from './lib.js';

/**
 * Runs `members` SWIM members for `durationMs` on a bare host; returns the number of messages
 * sent, transitions run (messages delivered + timer events) and signals emitted.
 */
export function runBareSwim(lib, { members, durationMs, crash = 10, suspicion = true, seed = 42 }) {
  const { swimMemberMachine, SwimRoster, Rng } = lib;
  const rng = new Rng(seed);
  const net = rng.fork('network');
  const host = new BareHost(rng, () => -5 * Math.log(1 - net.next()));
  const ids = Array.from({ length: members }, (_, i) => `agent-${i + 1}`);
  const roster = new SwimRoster(ids);
  // The scenario's defaults (detectorParams.ts, detectorWorld.ts).
  const config = {
    probeIntervalMs: 1000, probeTimeoutMs: 500, indirectChecks: 3, suspicion, suspicionMult: 4, suspicionMaxMult: 6,
    retransmitMult: 4, maxPiggyback: 8, target: 'round-robin', neverSuspects: false,
  };
  for (const id of ids) host.spawn(swimMemberMachine, id, (env) => ({ env, roster, config, phaseMs: env.rng.uniform(0, config.probeIntervalMs) }));
  const crashes = rng.fork('crashes');
  for (const id of crashes.shuffle(ids).slice(0, crash)) host.crashAt(Math.round(crashes.uniform(0.1 * durationMs, 0.5 * durationMs)), id);
  host.runUntil(durationMs);
  return { messages: host.messages, transitions: host.transitions, signals: host.signals };
}

/** `rounds` interleaved pairs (floor, scenario) of SWIM with `members` members for `durationMs`. */
export async function benchBareSwim({ members = 10_000, durationMs = 20_000, rounds = 2, suspicion = true } = {}) {
  setFlagsFromString('--no-allocation-site-pretenuring');
  const lib = await import('../dist/index.js');
  const params = { detector: 'swim', nodes: members, duration_ms: durationMs, crash: 10, suspicion };
  // One small warm-up of each so neither pays for compilation in the measured rounds.
  runBareSwim(lib, { members: 500, durationMs: 5000, suspicion });
  lib.runScenario(lib.failureDetection, { ...params, nodes: 500, duration_ms: 5000 }, 42);
  const floor = [];
  const scenario = [];
  for (let r = 0; r < rounds; r++) {
    note(`bareSwim: round ${r + 1}/${rounds}, floor…`);
    floor.push(timed(() => runBareSwim(lib, { members, durationMs, suspicion })));
    note(`bareSwim: round ${r + 1}/${rounds}, scenario…`);
    scenario.push(timed(() => lib.runScenario(lib.failureDetection, params, 42)));
  }
  const s = scenario.at(-1).value;
  return {
    members, durationMs, suspicion, rounds,
    floor: { cpuMs: floor.map((f) => Math.round(f.cpuMs)), ...floor.at(-1).value },
    scenario: { cpuMs: scenario.map((x) => Math.round(x.cpuMs)), messages: s.metrics.messages_count.value, events: s.events },
    ratio: median(scenario.map((x, i) => x.cpuMs / floor[i].cpuMs)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [members, durationMs, rounds, suspicion] = process.argv.slice(2).map(Number);
  const f = await benchBareSwim({
    ...(members ? { members } : {}), ...(durationMs ? { durationMs } : {}), ...(rounds ? { rounds } : {}),
    ...(suspicion === 0 ? { suspicion: false } : {}),
  });
  console.log(JSON.stringify(f, null, 2));
}
