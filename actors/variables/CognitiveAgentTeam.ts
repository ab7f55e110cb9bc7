/**
 * A cognitive variable whose value is a team of agents drawn from a pool, sized within
 * [minSize, maxSize]. Feedback rebalances it: load above `high` (0.8) adds a member, below `low`
 * (0.3) removes one, and failed members are replaced by pool agents not yet in the team.
 */
import type { Rng } from '../../engine/index.js';
import type { CognitiveValue, Feedback, Proposal, VariableSpec, VariableValue } from './CognitiveValue.js';

type TeamSpec = Extract<VariableSpec, { kind: 'team' }>;

const HIGH = 0.8;
const LOW = 0.3;

/** `CognitiveAgentTeam`: members, size bounds, rebalancing. */
export class CognitiveAgentTeam implements CognitiveValue {
  private members: readonly string[];

  constructor(readonly spec: TeamSpec) {
    this.members = this.clamp(spec.initial);
  }

  get value(): readonly string[] {
    return this.members;
  }

  set(value: VariableValue, clamp = true): readonly string[] {
    this.members = clamp ? this.bound(value) : toList(value).slice();
    return this.members;
  }

  bound(value: VariableValue): string[] {
    return this.clamp(toList(value));
  }

  propose(feedback: Feedback, rng: Rng): Proposal {
    const failed = new Set(feedback.failed ?? []);
    const next = this.members.filter((m) => !failed.has(m));
    const free = rng.shuffle(this.spec.pool.filter((a) => !next.includes(a) && !failed.has(a)));
    let replaced = 0;
    while (next.length < this.members.length && free.length > 0) {
      next.push(free.pop()!);
      replaced++;
    }
    const load = feedback.load ?? 0.5;
    if (load > HIGH && next.length < this.spec.maxSize && free.length > 0) next.push(free.pop()!);
    else if (load < LOW && next.length > this.spec.minSize) next.pop();
    const bounded = this.clamp(next);
    const resized = Math.abs(bounded.length - this.members.length);
    return { value: bounded, magnitude: Math.min(1, (resized + replaced) / Math.max(1, this.spec.maxSize)) };
  }

  /** Keeps pool members only, without duplicates, trimmed or topped up to the size bounds. */
  private clamp(list: readonly string[]): string[] {
    const out = [...new Set(list.filter((m) => this.spec.pool.includes(m)))].slice(0, this.spec.maxSize);
    for (const a of this.spec.pool) {
      if (out.length >= this.spec.minSize) break;
      if (!out.includes(a)) out.push(a);
    }
    return out;
  }
}

function toList(value: VariableValue): readonly string[] {
  return Array.isArray(value) ? (value as readonly string[]) : [String(value)];
}
