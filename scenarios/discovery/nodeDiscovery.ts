/**
 * `node-discovery`: `joiners` nodes join a converged cluster (the other `nodes − joiners` already
 * know each other) and the membership spreads until every node knows every node — by gossip
 * (`push`, `pull`, `push-pull` with `fanout` targets every `round_ms`) or through a central
 * registry that nodes poll (`central`, the traditional DNS/Consul-style lookup). A joining node
 * gets the full list from its contact (a random member, or the registry); what is measured is
 * how long the rest of the cluster takes to learn of it. `joiners = nodes − 1` is a cold start.
 */
import { filter } from 'rxjs';
import { EMPTY_BASE, MEMBERSHIP_MODES, membershipNodeMachine, membershipRegistryMachine } from '../../actors/index.js';
import { UsageError } from '../../engine/index.js';
import { defineScenario } from '../core/defineScenario.js';
import { FaultTracker } from '../core/FaultTracker.js';
import { dist, int, num, oneOf } from '../core/params.js';

const REGISTRY = 'registry';

/** The `node-discovery` scenario. */
export const nodeDiscovery = defineScenario({
  name: 'node-discovery',
  summary: 'nodes join a cluster; gossip (push, pull, push-pull) or a central registry spreads the membership; rounds and time to full discovery',
  params: {
    nodes: int(100, 2, 100_000, 'cluster size once everyone has joined'),
    joiners: int(1, 1, 100_000, 'nodes that join at the start (the others form the converged cluster they join)'),
    mode: oneOf(MEMBERSHIP_MODES, 'push', 'dissemination: push, pull, push-pull gossip, or central (registry polled every round)'),
    fanout: int(1, 1, 1000, 'peers contacted per node per round (gossip modes)'),
    round_ms: int(200, 1, 3_600_000, 'gossip round (or registry poll) interval'),
    phase: oneOf(['aligned', 'random'] as const, 'aligned', 'rounds start together on every node, or at a random offset per node'),
    join_window_ms: int(0, 0, 3_600_000, 'joiners join at uniform random times in [0, join_window_ms]'),
    retransmit: int(0, 0, 100_000, 'rounds a node passes on a member it learned (0 = forever, the model of the rumour-spreading analyses)'),
    max_rounds: int(0, 0, 1_000_000, 'rounds simulated after the last join (0 = 4·(log2 n + ln n) + 20)'),
    latency: dist('exp:1', 'network latency between nodes (ms)'),
    loss: num(0, 0, 1, 'probability that a message is lost'),
  },
  validate(p) {
    if (p.joiners >= p.nodes) throw new UsageError(`node-discovery: joiners: ${p.joiners} — must be < nodes (${p.nodes}); one node must be there to join`);
    if (p.fanout >= p.nodes) throw new UsageError(`node-discovery: fanout: ${p.fanout} — must be < nodes (${p.nodes})`);
  },
  network: (p) => ({ latency: p.latency, loss: p.loss }),
  build({ sim, params: p, metrics }) {
    const n = p.nodes;
    const ids = Array.from({ length: n }, (_, i) => `node-${i + 1}`);
    const initial = ids.slice(0, n - p.joiners);
    const base = { list: initial, set: new Set(initial) };
    const central = p.mode === 'central';
    const rng = sim.rng.fork('joins');
    const joinAt = new Map(ids.slice(initial.length).map((id) => [id, p.join_window_ms > 0 ? rng.uniform(0, p.join_window_ms) : 0]));
    const lastJoin = Math.max(...joinAt.values());

    if (central) sim.spawn(membershipRegistryMachine, { id: REGISTRY, input: { initial } });
    for (const id of ids) {
      const joining = joinAt.has(id);
      sim.spawn(membershipNodeMachine, {
        id,
        input: (env) => ({
          env,
          mode: p.mode,
          base: joining ? EMPTY_BASE : base,
          ...(joining ? { contact: central ? REGISTRY : initial[rng.int(initial.length)]!, joinAtMs: joinAt.get(id)! } : {}),
          ...(central ? { registry: REGISTRY, since: initial.length } : {}),
          fanout: p.fanout,
          roundMs: p.round_ms,
          phaseMs: p.phase === 'aligned' ? 0 : env.rng.uniform(0, p.round_ms),
          retransmit: p.retransmit,
        }),
      });
    }

    // Full discovery: every node knows all n. Counted from each node's member_learned signals.
    const known = new Map(ids.map((id) => [id, joinAt.has(id) ? 0 : initial.length]));
    let complete = 0;
    let fullAt: number | undefined;
    let messages = 0;
    let messagesAtFull = 0;
    const isNode = new Set([...ids, REGISTRY]);
    const faults = new FaultTracker(sim);
    sim.signalsOf('send', 'signal', 'fault').pipe(filter((s) => (s.kind === 'send' && isNode.has(s.src)) || (s.kind === 'signal' && s.type === 'member_learned') || (s.kind === 'fault' && s.type === 'restart'))).subscribe((s) => {
      if (s.kind === 'send') {
        messages++;
        return;
      }
      if (s.kind === 'fault') {
        // A restarted node starts over from its base view: what its old incarnation learned is gone.
        for (const id of (s.payload as { targets: readonly string[] }).targets) {
          if (!known.has(id)) continue;
          if (known.get(id) === n && fullAt === undefined) complete--;
          known.set(id, joinAt.has(id) ? 0 : initial.length);
        }
        return;
      }
      const count = known.get(s.src)! + 1;
      known.set(s.src, count);
      if (count === n && ++complete === n) {
        fullAt = s.time;
        messagesAtFull = messages;
      }
    });

    const maxRounds = p.max_rounds > 0 ? p.max_rounds : Math.ceil(4 * (Math.log2(n) + Math.log(n))) + 20;
    return {
      durationMs: lastJoin + maxRounds * p.round_ms,
      finish() {
        if (fullAt !== undefined) {
          metrics.set('rounds_to_full', Math.floor((fullAt - lastJoin) / p.round_ms), 'rounds');
          metrics.set('time_to_full_ms', fullAt - lastJoin, 'ms');
          metrics.set('messages_count', messagesAtFull);
        }
        let pairs = 0;
        for (const c of known.values()) pairs += c;
        metrics.set('discovered_ratio', pairs / (n * n), 'ratio');
        metrics.set('messages_total_count', messages);
      },
      invariants: () => [
        {
          name: 'nd.full-membership',
          holds: fullAt !== undefined,
          violations: fullAt === undefined ? n - complete : 0,
          // Promised without loss and without crashes or gray faults (a crashed node learns nothing).
          applicable: p.loss === 0 && p.retransmit === 0 && faults.crashCount === 0 && !faults.hasGrayFaults,
          ...(fullAt === undefined ? { example: `${n - complete} of ${n} nodes still lacked members at the end` } : {}),
        },
      ],
    };
  },
});
