/**
 * `large-scale-coordination`: consensus (Raft among agents/10), broadcast (gossip or tree to
 * agents/5) or hierarchical (3-level aggregate-and-distribute) coordination over 100 … 10,000
 * agents, every agent an actor on its own node. Agents a protocol does not involve are idle
 * actors. Metrics common to all protocols: coordination_ms, success_ratio, participation_ratio,
 * messages_count, messages_per_agent; the consensus protocol adds commit_ms and
 * election_downtime_ms. Work starts in the first 70% of the run (after a 10% warm-up), so the last
 * 30% lets it complete.
 */
import { idleAgentMachine } from '../../actors/index.js';
import { UsageError } from '../../engine/index.js';
import { buildBroadcast } from './broadcastWorld.js';
import { schedulePartitions } from './coordinationFaults.js';
import type { CoordinationParams, ProtocolWorld } from './coordinationTypes.js';
import { buildConsensus } from './consensusWorld.js';
import { defineScenario } from '../core/defineScenario.js';
import { buildHierarchical } from './hierarchicalWorld.js';
import { MessageTracker } from '../core/MessageTracker.js';
import { bool, dist, int, num, oneOf } from '../core/params.js';

const PRESETS = ['custom', 'small', 'medium', 'large', 'enterprise'] as const;

/** The `large-scale-coordination` scenario. */
export const largeScaleCoordination = defineScenario({
  name: 'large-scale-coordination',
  summary: 'consensus (Raft), broadcast (gossip/tree) or 3-level hierarchical coordination over 100…10,000 agents',
  params: {
    preset: oneOf(PRESETS, 'custom', 'agent scale: small 100, medium 1,000, large 5,000, enterprise 10,000 agents'),
    protocol: oneOf(['consensus', 'broadcast', 'hierarchical'] as const, 'consensus', 'coordination protocol'),
    agents: int(1000, 3, 100_000, 'number of agents, each an actor on its own node'),
    duration_ms: int(10_000, 100, 86_400_000, 'virtual time to simulate; work starts in [10%, 70%) of it'),
    latency: dist('exp:5', 'network latency between nodes'),
    loss: num(0, 0, 1, 'probability that a message is lost'),
    partitions: int(0, 0, 1000, 'partition episodes at seeded times, each isolating partition_fraction of the agents'),
    partition_ms: int(1000, 1, 86_400_000, 'how long each partition lasts'),
    partition_fraction: num(0.3, 0, 0.9, 'fraction of the agents cut off by each partition'),
    participants: int(0, 0, 100_000, 'consensus: Raft participants (0 = agents/10); the other agents are clients'),
    election_timeout: dist('uniform:150:300', 'consensus: election timeout, re-drawn at every reset', 1),
    adaptive_timeout: bool(true, 'consensus: stretch election timeouts by the candidates seen in a leaderless term (see RaftCore)'),
    heartbeat_ms: int(50, 1, 60_000, 'consensus: leader heartbeat (and replication) interval'),
    leader_crashes: int(3, 0, 1000, 'consensus: times the current leader is crashed (at seeded, well-separated times)'),
    restart_ms: int(1000, 1, 86_400_000, 'consensus: a crashed leader restarts after this long'),
    proposals: int(200, 0, 1_000_000, 'consensus: client commands submitted at uniform random times'),
    targets: int(0, 0, 100_000, 'broadcast: members of the broadcast group (0 = agents/5)'),
    gossip: oneOf(['push', 'push-pull', 'tree'] as const, 'push-pull', 'broadcast: dissemination mode'),
    fanout: int(0, 0, 1000, 'broadcast: peers per push, or tree arity (0 = ⌈ln targets⌉+1 for gossip, 4 for tree)'),
    round_ms: int(200, 1, 3_600_000, 'broadcast: anti-entropy period of push-pull'),
    broadcasts: int(10, 1, 31, 'broadcast: messages broadcast, from random members'),
    groups: int(0, 0, 100_000, 'hierarchical: group leaders (0 = ⌈√agents⌉)'),
    rounds: int(10, 1, 100_000, 'hierarchical: aggregate-and-distribute rounds'),
    aggregate_timeout_ms: int(200, 1, 3_600_000, 'hierarchical: a leader sends a partial aggregate after this long (the root waits twice as long)'),
  },
  presets: {
    small: { agents: 100 },
    medium: { agents: 1000 },
    large: { agents: 5000 },
    enterprise: { agents: 10_000 },
  },
  bugs: ['raft-double-vote', 'raft-commit-old-term', 'raft-no-step-down'],
  // explore: a small Raft group whose participants (agent-1 … agent-P) crash, restart and are cut off.
  explore: {
    size: { param: 'participants', min: 3, max: 7 },
    duration: { param: 'duration_ms', min: 1_000, max: 6_000 },
    params: { protocol: 'consensus', agents: 10, proposals: 20 },
    targets: (p) => Array.from({ length: p.participants || Math.max(1, Math.floor(p.agents / 10)) }, (_, i) => `agent-${i + 1}`),
    faults: ['crash', 'restart', 'partition', 'heal'],
  },
  validate(p) {
    const check = (key: string, v: number): void => {
      if (v > p.agents) throw new UsageError(`large-scale-coordination: ${key}: ${v} — must be <= agents (${p.agents})`);
    };
    check('participants', p.participants);
    check('targets', p.targets);
    check('groups', p.groups);
  },
  network: (p) => ({ latency: p.latency, loss: p.loss }),
  build({ sim, params, metrics, bugs }) {
    const p = params as CoordinationParams;
    const agents = Array.from({ length: p.agents }, (_, i) => `agent-${i + 1}`);
    const window = { from: 0.1 * p.duration_ms, to: 0.7 * p.duration_ms };
    const setup = { sim, params: p, metrics, bugs, agents, window };
    const stats = new MessageTracker(sim);
    const world: ProtocolWorld =
      p.protocol === 'consensus' ? buildConsensus(setup) : p.protocol === 'broadcast' ? buildBroadcast(setup) : buildHierarchical(setup);
    for (const id of agents.slice(world.involved)) sim.spawn(idleAgentMachine, { id });
    schedulePartitions(sim, agents, { count: p.partitions, durationMs: p.partition_ms, fraction: p.partition_fraction, from: window.from, to: window.to });
    return {
      durationMs: p.duration_ms,
      finish() {
        world.finish();
        metrics.set('participation_ratio', stats.participants(agents) / agents.length, 'ratio');
        metrics.set('messages_count', stats.sent);
        metrics.set('messages_per_agent', stats.sent / agents.length, 'count');
      },
      invariants: () => world.invariants(),
      // Useful coordination work: coordinations completed (commits, broadcasts delivered, rounds).
      usefulWork: () => metrics.samples('coordination_ms').length,
    };
  },
});
