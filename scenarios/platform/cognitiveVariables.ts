/**
 * `cognitive-variables`: cognitive variables (floats, bandit choices, agent teams) as actors, each
 * affecting a few agents, under a seeded workload of local and cluster updates, coordinated
 * changes and performance feedback. Every latency is measured on virtual time from the protocol
 * (network latency, service time, queueing, timeouts); the invariants are checked against the
 * agents' actual state at the moment each change is confirmed or aborted.
 */
import { filter } from 'rxjs';
import { cognitiveVariableMachine, parameterClientMachine, parameterServerMachine, sameValue, variableAgentMachine, withinBounds, type HeldValue, type VariableSpec } from '../../actors/index.js';
import { parseDistribution, UsageError, type Simulation } from '../../engine/index.js';
import { defineScenario } from '../core/defineScenario.js';
import { FaultTracker } from '../core/FaultTracker.js';
import { Violations } from '../core/invariants/index.js';
import { bool, dist, int, num, oneOf, quiet } from '../core/params.js';
import { VariableWorkload } from './VariableWorkload.js';

const PARAMETER_SERVER = 'param-server';

/** The `cognitive-variables` scenario. */
export const cognitiveVariables = defineScenario({
  name: 'cognitive-variables',
  summary: 'cognitive variables as actors: local/cluster updates, propose/vote/commit coordination, adaptation from feedback',
  params: {
    preset: oneOf(['custom', 'small', 'seed', 'large'] as const, 'custom', 'named size: small (20 variables/10 agents), seed (200/100), large (2000/1000)'),
    variables: int(200, 1, 100_000, 'number of cognitive variables'),
    agents: int(100, 1, 100_000, 'number of agents'),
    affected: int(5, 0, 1000, 'agents affected by each variable (they hold its value and vote on changes)'),
    kind: oneOf(['mixed', 'float', 'choice', 'team'] as const, 'mixed', 'variable kinds: mixed cycles float, choice, team'),
    policy: oneOf(['epsilon-greedy', 'ucb1'] as const, 'ucb1', 'bandit policy of choice variables'),
    epsilon: num(0.1, 0, 1, 'exploration rate of epsilon-greedy'),
    learning_rate: num(0.1, 0, 10, 'learning rate of float variables'),
    momentum: num(0.5, 0, 0.99, 'momentum of float variables'),
    ops: int(10, 0, 1_000_000, 'requests per variable'),
    interval: dist('exp:100', 'time between requests to one variable'),
    local: num(1, 0, 1000, 'weight of local updates in the request mix'),
    cluster: num(1, 0, 1000, 'weight of cluster updates'),
    coordination: num(1, 0, 1000, 'weight of coordinated changes'),
    adaptation: num(1, 0, 1000, 'weight of performance feedback'),
    coordination_threshold: num(0.05, 0, 1, 'adaptation magnitude from which a change is coordinated'),
    reject: num(0.02, 0, 1, 'probability that an agent votes no'),
    processing: dist('exp:0.5', 'service time of one request at a variable'),
    latency: dist('exp:2', 'network latency between nodes'),
    ack_timeout_ms: int(50, 1, 3_600_000, 'wait for acks before re-sending'),
    vote_timeout_ms: int(100, 1, 3_600_000, 'wait for votes before aborting'),
    retries: int(2, 0, 100, 're-sends of a propagation or commit to silent agents'),
    crash: int(0, 0, 100_000, 'agents crashed at seeded times during the workload'),
    loss: num(0, 0, 1, 'probability that a message is lost'),
    check: bool(true, 'check the invariants against agent state (costs a scan per confirmed change)'),
    store: quiet(oneOf(['cognitive', 'server'] as const, 'cognitive', 'where parameters live: cognitive (one variable actor each) or server (the traditional path: one central parameter server; local and cluster updates become writes to it, the rest has no counterpart)')),
  },
  presets: {
    small: { variables: 20, agents: 10 },
    seed: { variables: 200, agents: 100 },
    large: { variables: 2000, agents: 1000 },
  },
  bugs: ['commit-without-quorum', 'skip-bounds-check', 'apply-on-propose'],
  // explore: a few variables over 10 agents that crash during the workload (crash-stop: a
  // restarted agent comes back without the values it held, which agreement does not cover).
  explore: {
    size: { param: 'variables', min: 1, max: 12 },
    duration: { param: 'ops', min: 1, max: 20 },
    params: { agents: 10, affected: 3 },
    targets: (p) => Array.from({ length: p.agents }, (_, i) => `agent-${i + 1}`),
    faults: ['crash'],
    horizonMs: (p) => p.ops * parseDistribution(p.interval).mean,
  },
  validate(p) {
    if (p.affected > p.agents) throw new UsageError(`cognitive-variables: affected: ${p.affected} — must be <= agents (${p.agents})`);
    if (p.crash > p.agents) throw new UsageError(`cognitive-variables: crash: ${p.crash} — must be <= agents (${p.agents})`);
    if (p.local + p.cluster + p.coordination + p.adaptation === 0 && p.ops > 0) throw new UsageError('cognitive-variables: local, cluster, coordination, adaptation — at least one weight must be > 0');
  },
  network: (p) => ({ latency: p.latency, loss: p.loss }),
  build({ sim, params: p, metrics, bugs }) {
    const agents = Array.from({ length: p.agents }, (_, i) => `agent-${i + 1}`);
    for (const id of agents) {
      sim.spawn(variableAgentMachine, { id, input: (env) => ({ env, rejectProbability: p.reject, applyOnPropose: bugs.has('apply-on-propose') }) });
    }
    const rng = sim.rng.fork('variables');
    const processing = parseDistribution(p.processing, 'processing');
    const kinds = p.kind === 'mixed' ? (['float', 'choice', 'team'] as const) : [p.kind];
    const specs = new Map<string, VariableSpec>();
    const affectedOf = new Map<string, readonly string[]>();
    for (let i = 0; i < p.variables; i++) {
      const id = `var-${i + 1}`;
      const spec = makeSpec(kinds[i % kinds.length]!, p, agents, rng);
      const affected = rng.shuffle(agents).slice(0, p.affected);
      specs.set(id, spec);
      affectedOf.set(id, affected);
      if (p.store === 'server') {
        sim.spawn(parameterClientMachine, { id, input: (env) => ({ env, server: PARAMETER_SERVER }) });
        continue;
      }
      sim.spawn(cognitiveVariableMachine, {
        id,
        input: (env) => ({
          env,
          spec,
          affected,
          processing,
          ackTimeoutMs: p.ack_timeout_ms,
          voteTimeoutMs: p.vote_timeout_ms,
          retries: p.retries,
          coordinationThreshold: p.coordination_threshold,
          bugs: { commitWithoutQuorum: bugs.has('commit-without-quorum'), skipBoundsCheck: bugs.has('skip-bounds-check') },
        }),
      });
    }

    if (p.store === 'server') sim.spawn(parameterServerMachine, { id: PARAMETER_SERVER, input: (env) => ({ env, processing }) });
    const workload = new VariableWorkload(sim, specs, p);
    workload.start();
    const faults = new FaultTracker(sim);
    const crashRng = sim.rng.fork('crashes');
    const span = p.ops * parseDistribution(p.interval).mean;
    for (const id of crashRng.shuffle(agents).slice(0, p.crash)) sim.faults.at(crashRng.uniform(0.1 * span, 0.9 * span)).crash(id);

    for (const m of ['creation_ms', 'update_local_ms', 'update_cluster_ms', 'adaptation_ms', 'coordination_ms', 'consensus_ms', 'notification_ms']) metrics.declare(m);
    const inv = { agreement: new Violations(), abort: new Violations(), bounds: new Violations() };
    let coordinations = 0;
    let successes = 0;
    let adaptCoordinated = 0;
    const held = (agent: string, v: string): HeldValue | undefined => heldValue(sim, agent, v);
    // Crash-stop: an agent that crashed is out of the checks even once restarted, since it comes
    // back without the values it held (agreement does not cover it).
    const live = (agent: string): boolean => sim.isUp(agent) && !faults.hasCrashed(agent);

    sim.signalsOf('signal').pipe(filter((s) => s.kind === 'signal')).subscribe((s) => {
      const d = s.payload as Record<string, unknown> & { var: string; ms: number };
      switch (s.type) {
        case 'param_written':
          metrics.sample(d['scope'] === 'local' ? 'update_local_ms' : 'update_cluster_ms', d.ms);
          return;
        case 'variable_created':
          metrics.sample('creation_ms', d.ms);
          return;
        case 'variable_updated': {
          const scope = d['scope'];
          if (scope === 'local') metrics.sample('update_local_ms', d.ms);
          else if (scope === 'cluster') metrics.sample('update_cluster_ms', d.ms);
          const spec = specs.get(d.var)!;
          if (!withinBounds(spec, d['value'] as never)) inv.bounds.add(`${d.var} = ${JSON.stringify(d['value'])} at t=${s.time} is outside its bounds`);
          if (p.check && scope !== 'local') {
            for (const a of affectedOf.get(d.var)!) {
              if (!live(a)) continue;
              const h = held(a, d.var);
              if (h === undefined || h.version !== d['version'] || !sameValue(h.value, d['value'] as never)) {
                inv.agreement.add(`${a} holds ${JSON.stringify(h?.value)} (v${h?.version}) after ${d.var} confirmed ${JSON.stringify(d['value'])} (v${String(d['version'])}) at t=${s.time}`);
              }
            }
          }
          return;
        }
        case 'coordination_completed':
          coordinations++;
          metrics.sample('coordination_ms', d.ms);
          metrics.sample('consensus_ms', d['consensusMs'] as number);
          if (d['success']) {
            successes++;
            metrics.sample('notification_ms', d['notificationMs'] as number);
          } else if (p.check) {
            for (const a of affectedOf.get(d.var)!) {
              const h = live(a) ? held(a, d.var) : undefined;
              if (h !== undefined && (h.pid === d['pid'] || h.version > (d['oldVersion'] as number))) {
                inv.abort.add(`${a} holds ${JSON.stringify(h.value)} from aborted proposal ${String(d['pid'])} of ${d.var} at t=${s.time}`);
              }
            }
          }
          return;
        case 'adaptation_completed':
          metrics.sample('adaptation_ms', d.ms);
          metrics.sample('adaptation_magnitude_ratio', d['magnitude'] as number, 'ratio');
          if (d['coordinationTriggered']) adaptCoordinated++;
          if (!withinBounds(specs.get(d.var)!, d['value'] as never)) inv.bounds.add(`${d.var} adapted to ${JSON.stringify(d['value'])} at t=${s.time}, outside its bounds`);
          return;
      }
    });

    return {
      finish() {
        // Values the agents hold at the end must be within bounds too.
        for (const [v, spec] of specs) {
          for (const a of affectedOf.get(v)!) {
            const h = live(a) ? held(a, v) : undefined;
            if (h !== undefined && !withinBounds(spec, h.value)) inv.bounds.add(`${a} holds ${JSON.stringify(h.value)} for ${v} at the end, outside its bounds`);
          }
        }
        metrics.set('coordination_success_ratio', coordinations === 0 ? 1 : successes / coordinations, 'ratio');
        metrics.set('coordinations_count', coordinations);
        metrics.set('adaptations_coordinated_count', adaptCoordinated);
        metrics.set('requests_count', workload.sent);
        metrics.set('crashes_count', faults.crashCount);
      },
      invariants() {
        const gray = p.loss > 0 || faults.hasGrayFaults;
        return [
          inv.agreement.result('variables.agreement-after-commit', p.check && !gray),
          inv.abort.result('variables.abort-keeps-old', p.check),
          inv.bounds.result('variables.within-bounds', true),
        ];
      },
    };
  },
});

function heldValue(sim: Simulation, agent: string, variable: string): HeldValue | undefined {
  const ctx = sim.actor(agent)?.getSnapshot().context as { values: Map<string, HeldValue> } | undefined;
  return ctx?.values.get(variable);
}

function makeSpec(
  kind: 'float' | 'choice' | 'team',
  p: { policy: 'epsilon-greedy' | 'ucb1'; epsilon: number; learning_rate: number; momentum: number },
  agents: readonly string[],
  rng: import('../../engine/index.js').Rng,
): VariableSpec {
  if (kind === 'float') {
    const min = Math.round(rng.uniform(-10, 0) * 100) / 100;
    const max = min + Math.round(rng.uniform(1, 10) * 100) / 100;
    return { kind, min, max, learningRate: p.learning_rate, momentum: p.momentum, initial: (min + max) / 2 };
  }
  if (kind === 'choice') {
    const options = Array.from({ length: 2 + rng.int(4) }, (_, i) => `option-${i + 1}`);
    return { kind, options, policy: p.policy, epsilon: p.epsilon, initial: options[0]! };
  }
  const pool = rng.shuffle(agents).slice(0, Math.min(agents.length, 8));
  const minSize = Math.min(pool.length, 2);
  const maxSize = Math.min(pool.length, 5);
  return { kind, pool, minSize, maxSize, initial: pool.slice(0, minSize) };
}
