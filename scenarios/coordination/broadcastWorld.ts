/**
 * The `broadcast` protocol of `large-scale-coordination`: `targets` of the agents form a
 * broadcast group (push, push-pull or tree); `broadcasts` messages start at random members at
 * uniform random times in the workload window.
 */
import { filter } from 'rxjs';
import { gossipNodeMachine } from '../../actors/index.js';
import { arrivalTimes } from './coordinationFaults.js';
import type { CoordinationParams, CoordinationSetup, ProtocolWorld } from './coordinationTypes.js';
import { FaultTracker } from '../core/FaultTracker.js';

/** Default fanout: ⌈ln n⌉ + 1 for gossip (full coverage with high probability), 4 for a tree. */
export function defaultFanout(mode: CoordinationParams['gossip'], members: number): number {
  return mode === 'tree' ? 4 : Math.max(1, Math.ceil(Math.log(Math.max(2, members))) + 1);
}

/** Builds the broadcast world. */
export function buildBroadcast({ sim, params: p, metrics, agents, window }: CoordinationSetup<CoordinationParams>): ProtocolWorld {
  const members = agents.slice(0, p.targets || Math.max(1, Math.floor(p.agents / 5)));
  const index = new Map(members.map((id, i) => [id, i]));
  const fanout = p.fanout || defaultFanout(p.gossip, members.length);
  members.forEach((id, i) => {
    sim.spawn(gossipNodeMachine, { id, input: (env) => ({ env, members, index: i, mode: p.gossip, fanout, roundMs: p.round_ms }) });
  });
  const faults = new FaultTracker(sim);

  // delivered[id][member] = time of delivery; duplicates are at-most-once violations.
  const started: number[] = [];
  const delivered: Map<number, number>[] = [];
  let duplicates = 0;
  let firstDuplicate: string | undefined;
  sim.signalsOf('signal').pipe(filter((s) => s.kind === 'signal' && s.type === 'bc.deliver')).subscribe((s) => {
    const id = (s.payload as { id: number }).id;
    const member = index.get(s.src)!;
    const seen = delivered[id]!;
    if (seen.has(member)) {
      duplicates++;
      firstDuplicate ??= `${s.src} delivered broadcast ${id} twice (t=${s.time})`;
    } else seen.set(member, s.time);
  });

  const rng = sim.rng.fork('broadcast-origins');
  arrivalTimes(sim, 'broadcast-times', p.broadcasts, window.from, window.to).forEach((t, id) => {
    delivered.push(new Map());
    sim.kernel.scheduleAt(t, () => {
      started[id] = t;
      const start = { type: 'bc.start', id };
      sim.inject(rng.pick(members), start);
    });
  });

  metrics.declare('coordination_ms');
  const live = (): number[] => members.flatMap((m, i) => (sim.isUp(m) ? [i] : []));
  let missing = 0;
  let firstMissing: string | undefined;
  return {
    involved: members.length,
    finish() {
      const up = live();
      let hits = 0;
      delivered.forEach((seen, id) => {
        let last = 0;
        let all = true;
        for (const m of up) {
          const at = seen.get(m);
          if (at === undefined) {
            all = false;
            missing++;
            firstMissing ??= `${members[m]} never received broadcast ${id}`;
          } else {
            hits++;
            last = Math.max(last, at);
          }
        }
        if (all && started[id] !== undefined) metrics.sample('coordination_ms', last - started[id]);
      });
      metrics.set('success_ratio', delivered.length * up.length === 0 ? 1 : hits / (delivered.length * up.length), 'ratio');
      metrics.set('targets_count', members.length);
      metrics.set('fanout_count', fanout);
    },
    invariants() {
      // Completeness is promised by tree and push-pull when nothing is lost, cut or crashed;
      // push gossip covers everyone only with high probability.
      const promised = p.gossip !== 'push' && p.loss === 0 && !faults.hasGrayFaults && faults.crashCount === 0;
      return [
        { name: 'bc.at-most-once', holds: duplicates === 0, violations: duplicates, ...(firstDuplicate ? { example: firstDuplicate } : {}) },
        { name: 'bc.complete', holds: missing === 0, violations: missing, applicable: promised, ...(firstMissing ? { example: firstMissing } : {}) },
      ];
    },
  };
}
