/**
 * The `hierarchical` protocol of `large-scale-coordination`: three levels — a root (`agent-1`),
 * `groups` group leaders, and the remaining agents as members split evenly among the groups.
 * Each of `rounds` rounds aggregates one value per agent upward and distributes the decision
 * downward; rounds start every (workload window / rounds) ms.
 */
import { filter } from 'rxjs';
import { hierarchyLeaderMachine, hierarchyMemberMachine, hierarchyRootMachine } from '../../actors/index.js';
import type { CoordinationParams, CoordinationSetup, ProtocolWorld } from './coordinationTypes.js';

/** Builds the hierarchical world. */
export function buildHierarchical({ sim, params: p, metrics, agents, window }: CoordinationSetup<CoordinationParams>): ProtocolWorld {
  const root = agents[0]!;
  const groupCount = Math.min(Math.max(1, p.groups || Math.ceil(Math.sqrt(p.agents))), Math.max(1, agents.length - 1));
  const leaders = agents.slice(1, 1 + groupCount);
  const members = agents.slice(1 + groupCount);
  const groups: string[][] = leaders.map(() => []);
  members.forEach((m, i) => groups[i % groupCount]!.push(m));
  sim.spawn(hierarchyRootMachine, { id: root, input: (env) => ({ env, leaders, timeoutMs: 2 * p.aggregate_timeout_ms }) });
  leaders.forEach((id, g) => sim.spawn(hierarchyLeaderMachine, { id, input: (env) => ({ env, root, members: groups[g]!, timeoutMs: p.aggregate_timeout_ms }) }));
  for (const id of members) sim.spawn(hierarchyMemberMachine, { id, input: (env) => ({ env }) });

  const started: number[] = [];
  const counted: number[] = [];
  const reached: Map<string, number>[] = [];
  const decideRound = new Map<number, number>();
  sim.signalsOf('send', 'deliver').pipe(filter((s) => (s.kind === 'send' || s.kind === 'deliver') && s.type === 'h.decide')).subscribe((s) => {
    if (s.kind === 'send') decideRound.set(s.seq, (s.payload as { round: number }).round);
    else {
      const round = decideRound.get(s.ref!)!;
      decideRound.delete(s.ref!);
      reached[round]!.set(s.dst, s.time);
    }
  });
  sim.signalsOf('signal').pipe(filter((s) => s.kind === 'signal' && s.type === 'h.decided' && s.src === root)).subscribe((s) => {
    const d = s.payload as { round: number; count: number };
    counted[d.round] = d.count;
    reached[d.round]!.set(root, s.time);
  });
  // Rounds are periodic: a new round pre-empts an unfinished one at the root and the leaders.
  const period = (window.to - window.from) / p.rounds;
  Array.from({ length: p.rounds }, (_, k) => window.from + k * period).forEach((t, round) => {
    reached.push(new Map());
    sim.kernel.scheduleAt(t, () => {
      started[round] = t;
      const start = { type: 'h.start', round };
      sim.inject(root, start);
    });
  });

  metrics.declare('coordination_ms');
  return {
    involved: agents.length,
    finish() {
      const up = agents.filter((a) => sim.isUp(a));
      let hits = 0;
      reached.forEach((seen, round) => {
        let last = 0;
        let all = true;
        for (const a of up) {
          const at = seen.get(a);
          if (at === undefined) all = false;
          else {
            hits++;
            last = Math.max(last, at);
          }
        }
        if (all && started[round] !== undefined) metrics.sample('coordination_ms', last - started[round]);
      });
      const rounds = reached.length;
      metrics.set('success_ratio', rounds * up.length === 0 ? 1 : hits / (rounds * up.length), 'ratio');
      const aggregated = counted.reduce((a, c) => a + (c ?? 0), 0);
      metrics.set('aggregated_ratio', rounds === 0 ? 1 : aggregated / (rounds * agents.length), 'ratio');
      metrics.set('groups_count', groupCount);
    },
    invariants() {
      return [];
    },
  };
}
