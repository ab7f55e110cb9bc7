/**
 * The `consensus` protocol of `large-scale-coordination`: Raft among `participants` of the
 * agents; the others are stateless clients. Commands are submitted to random clients at uniform
 * random times in the workload window; the current leader is crashed `leader_crashes` times at
 * seeded, well-separated times and restarted `restart_ms` later.
 */
import { createRaftDisk, raftClientMachine, raftNodeMachine, type RaftCore, type RaftDisk } from '../../actors/index.js';
import { parseDistribution } from '../../engine/index.js';
import { arrivalTimes } from './coordinationFaults.js';
import type { CoordinationParams, CoordinationSetup, ProtocolWorld } from './coordinationTypes.js';
import { RaftTracker } from './RaftTracker.js';

/** Builds the consensus world. */
export function buildConsensus({ sim, params: p, metrics, bugs, agents, window }: CoordinationSetup<CoordinationParams>): ProtocolWorld {
  const count = p.participants || Math.max(1, Math.floor(p.agents / 10));
  const participants = agents.slice(0, count);
  const clients = agents.slice(count);
  const disks = new Map<string, RaftDisk>(participants.map((id) => [id, createRaftDisk()]));
  const config = {
    members: participants,
    electionTimeout: parseDistribution(p.election_timeout, 'election_timeout'),
    heartbeatMs: p.heartbeat_ms,
    adaptiveTimeout: p.adaptive_timeout,
    doubleVote: bugs.has('raft-double-vote'),
    commitOldTerm: bugs.has('raft-commit-old-term'),
    noStepDownOnReply: bugs.has('raft-no-step-down'),
  };
  for (const id of participants) sim.spawn(raftNodeMachine, { id, input: (env) => ({ env, config, disk: disks.get(id)! }) });
  for (const id of clients) sim.spawn(raftClientMachine, { id, input: (env) => ({ env, participants }) });

  metrics.declare('commit_ms').declare('election_downtime_ms').declare('coordination_ms');
  const observer = new RaftTracker(sim, disks, {
    commit: (_cmd, ms) => {
      metrics.sample('commit_ms', ms);
      metrics.sample('coordination_ms', ms);
    },
    downtime: (ms) => metrics.sample('election_downtime_ms', ms),
  });

  // Commands: each to a random client (or straight to a random participant when there are none).
  const rng = sim.rng.fork('proposals');
  arrivalTimes(sim, 'proposal-times', p.proposals, window.from, window.to).forEach((t, i) => {
    sim.kernel.scheduleAt(t, () => {
      const cmd = `c${i}`;
      observer.submit(cmd);
      const submit = { type: clients.length > 0 ? 'raft.submit' : 'raft.request', cmd };
      sim.inject(rng.pick(clients.length > 0 ? clients : participants), submit);
    });
  });

  // Leader crashes: one per equal slice of the window, jittered within its middle half.
  const crashRng = sim.rng.fork('leader-crashes');
  const slice = (window.to - window.from) / Math.max(1, p.leader_crashes);
  let crashes = 0;
  for (let k = 0; k < p.leader_crashes; k++) {
    const at = window.from + slice * (k + 0.25 + 0.5 * crashRng.next());
    const tryCrash = (): void => {
      const leader = observer.currentLeader();
      if (leader === null) {
        if (sim.now + 50 < window.from + slice * (k + 1)) sim.kernel.schedule(50, tryCrash);
        return;
      }
      crashes++;
      observer.leaderCrashed(leader.term);
      sim.faults.apply({ at: sim.now, kind: 'crash', targets: [leader.id] });
      sim.faults.at(sim.now + p.restart_ms).restart(leader.id);
    };
    sim.kernel.scheduleAt(at, tryCrash);
  }

  const core = (id: string): RaftCore | undefined => (sim.actor(id)?.getSnapshot() as { context?: { core?: RaftCore } } | undefined)?.context?.core;
  return {
    involved: participants.length + clients.length,
    finish() {
      const submitted = observer.submittedCount;
      metrics.set('success_ratio', submitted === 0 ? 1 : observer.committedAt.size / submitted, 'ratio');
      metrics.set('participants_count', participants.length);
      metrics.set('proposals_count', submitted);
      metrics.set('leader_crashes_count', crashes);
      metrics.set('terms_count', Math.max(0, ...[...disks.values()].map((d) => d.term)));
    },
    invariants: () => observer.invariants(core),
  };
}
