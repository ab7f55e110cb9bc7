/**
 * The request stream of `cognitive-variables`: for every variable, `ops` requests separated by
 * `interval`, each a local update, cluster update, coordinated change or performance feedback
 * chosen by weight. New values deliberately overshoot the bounds by a quarter of the range (so
 * the bounds check matters). Feedback is computed from the variable's current value against a
 * hidden seeded optimum: a noisy gradient for floats, a Bernoulli reward per option for choices,
 * a load from a drifting demand for teams. Requests are plain kernel events injected into the
 * variable (the requester is on the variable's node), never state-machine work of their own.
 */
import type { VariableRequest, VariableSpec, VariableValue } from '../../actors/index.js';
import { parseDistribution, type Distribution, type Rng, type Simulation } from '../../engine/index.js';

interface WorkloadParams {
  ops: number;
  interval: string;
  local: number;
  cluster: number;
  coordination: number;
  adaptation: number;
}

/** Generates and injects the requests. */
export class VariableWorkload {
  /** Requests injected so far. */
  sent = 0;
  private readonly interval: Distribution;
  private readonly rng: Rng;
  private readonly weights: number[];
  private readonly hidden = new Map<string, { target: number; rewards: number[]; demand: number }>();

  constructor(
    private readonly sim: Simulation,
    private readonly specs: ReadonlyMap<string, VariableSpec>,
    private readonly p: WorkloadParams,
  ) {
    this.interval = parseDistribution(p.interval, 'interval');
    this.rng = sim.rng.fork('workload');
    this.weights = [p.local, p.cluster, p.coordination, p.adaptation];
    for (const [id, spec] of specs) {
      const target = spec.kind === 'float' ? this.rng.uniform(spec.min, spec.max) : 0;
      const rewards = spec.kind === 'choice' ? spec.options.map(() => this.rng.next()) : [];
      this.hidden.set(id, { target, rewards, demand: this.rng.uniform(1, 5) });
    }
  }

  /** Schedules the first request of every variable. */
  start(): void {
    if (this.p.ops === 0) return;
    for (const id of this.specs.keys()) this.next(id, this.p.ops);
  }

  private next(id: string, remaining: number): void {
    this.sim.kernel.schedule(this.interval.sample(this.rng), () => {
      this.sim.inject(id, this.request(id));
      this.sent++;
      if (remaining > 1) this.next(id, remaining - 1);
    });
  }

  private request(id: string): VariableRequest {
    const spec = this.specs.get(id)!;
    const at = this.sim.now;
    const req = this.sent;
    switch (this.pickKind()) {
      case 0:
        return { type: 'change_value', req, at, scope: 'local', value: this.randomValue(spec) };
      case 1:
        return { type: 'change_value', req, at, scope: 'cluster', value: this.randomValue(spec) };
      case 2:
        return { type: 'coordinate_change', req, at, value: this.randomValue(spec) };
      default:
        return { type: 'performance_feedback', req, at, feedback: this.feedback(id, spec) };
    }
  }

  private pickKind(): number {
    const total = this.weights.reduce((a, b) => a + b, 0);
    let x = this.rng.uniform(0, total);
    for (let k = 0; k < this.weights.length; k++) {
      x -= this.weights[k]!;
      if (x < 0) return k;
    }
    return this.weights.length - 1;
  }

  private randomValue(spec: VariableSpec): VariableValue {
    switch (spec.kind) {
      case 'float': {
        const r = spec.max - spec.min;
        return this.rng.uniform(spec.min - r / 4, spec.max + r / 4);
      }
      case 'choice':
        return this.rng.pick(spec.options);
      case 'team': {
        const size = Math.max(0, spec.minSize - 1 + this.rng.int(spec.maxSize - spec.minSize + 3));
        return this.rng.shuffle(spec.pool).slice(0, size);
      }
    }
  }

  private feedback(id: string, spec: VariableSpec) {
    const h = this.hidden.get(id)!;
    const ctx = this.sim.actor(id)?.getSnapshot().context as { cv?: { value: VariableValue } } | undefined;
    const value = ctx?.cv?.value;
    switch (spec.kind) {
      case 'float': {
        const r = spec.max - spec.min;
        return { gradient: (2 * (h.target - Number(value))) / r + 0.1 * (this.rng.next() - 0.5) };
      }
      case 'choice': {
        const i = spec.options.indexOf(String(value));
        return { reward: this.rng.next() < (h.rewards[i] ?? 0) ? 1 : 0 };
      }
      case 'team': {
        h.demand = Math.max(0.5, h.demand + this.rng.uniform(-1, 1));
        const size = Array.isArray(value) ? value.length : 1;
        const failed = this.rng.chance(0.05) && Array.isArray(value) && value.length > 0 ? [this.rng.pick(value as string[])] : [];
        return { load: h.demand / Math.max(1, size), failed };
      }
    }
  }
}
