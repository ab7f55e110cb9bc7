/**
 * A cognitive variable choosing among options with a seeded multi-armed bandit: each feedback's
 * reward is credited to the current option, then the policy picks the next one — epsilon-greedy
 * (explore uniformly with probability epsilon, else the best mean) or UCB1 (the best mean plus
 * sqrt(2 ln N / n); every option is tried once first).
 */
import type { Rng } from '../../engine/index.js';
import type { CognitiveValue, Feedback, Proposal, VariableSpec, VariableValue } from './CognitiveValue.js';

type ChoiceSpec = Extract<VariableSpec, { kind: 'choice' }>;

/** `CognitiveChoice`: options and a bandit policy. */
export class CognitiveChoice implements CognitiveValue {
  private current: string;
  private readonly pulls: number[];
  private readonly rewards: number[];
  private total = 0;

  constructor(readonly spec: ChoiceSpec) {
    if (spec.options.length === 0) throw new RangeError('CognitiveChoice: options must not be empty');
    this.current = spec.options.includes(spec.initial) ? spec.initial : spec.options[0]!;
    this.pulls = spec.options.map(() => 0);
    this.rewards = spec.options.map(() => 0);
  }

  get value(): string {
    return this.current;
  }

  /** Times each option was credited with a reward. */
  get counts(): readonly number[] {
    return this.pulls;
  }

  set(value: VariableValue, clamp = true): string {
    this.current = clamp ? this.bound(value) : String(value);
    return this.current;
  }

  /** An unknown option leaves the choice where it is. */
  bound(value: VariableValue): string {
    const v = String(value);
    return this.spec.options.includes(v) ? v : this.current;
  }

  propose(feedback: Feedback, rng: Rng): Proposal {
    const i = this.spec.options.indexOf(this.current);
    if (i >= 0 && feedback.reward !== undefined) {
      this.pulls[i]!++;
      this.rewards[i]! += feedback.reward;
      this.total++;
    }
    const next = this.spec.options[this.select(rng)]!;
    return { value: next, magnitude: next === this.current ? 0 : 1 };
  }

  private select(rng: Rng): number {
    const n = this.spec.options.length;
    if (this.spec.policy === 'epsilon-greedy') {
      // Always draw, so the stream position does not depend on the outcome.
      const explore = rng.next() < this.spec.epsilon;
      const pick = rng.int(n);
      return explore ? pick : this.argmax((k) => (this.pulls[k]! === 0 ? Infinity : this.rewards[k]! / this.pulls[k]!));
    }
    return this.argmax((k) => (this.pulls[k]! === 0 ? Infinity : this.rewards[k]! / this.pulls[k]! + Math.sqrt((2 * Math.log(this.total)) / this.pulls[k]!)));
  }

  private argmax(score: (k: number) => number): number {
    let best = 0;
    for (let k = 1; k < this.spec.options.length; k++) if (score(k) > score(best)) best = k;
    return best;
  }
}
