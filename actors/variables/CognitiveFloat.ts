/**
 * A bounded real-valued cognitive variable that adapts by gradient steps with momentum:
 * velocity ← momentum·velocity + learningRate·gradient·(max − min); value ← clamp(value + velocity).
 */
import type { CognitiveValue, Feedback, Proposal, VariableSpec, VariableValue } from './CognitiveValue.js';

type FloatSpec = Extract<VariableSpec, { kind: 'float' }>;

/** `CognitiveFloat`: bounds, learning rate, momentum. */
export class CognitiveFloat implements CognitiveValue {
  private current: number;
  private velocity = 0;

  constructor(readonly spec: FloatSpec) {
    this.current = Math.min(spec.max, Math.max(spec.min, spec.initial));
  }

  get value(): number {
    return this.current;
  }

  set(value: VariableValue, clamp = true): number {
    this.current = clamp ? this.bound(value) : Number(value);
    return this.current;
  }

  bound(value: VariableValue): number {
    return Math.min(this.spec.max, Math.max(this.spec.min, Number(value)));
  }

  propose(feedback: Feedback): Proposal {
    const range = this.spec.max - this.spec.min;
    this.velocity = this.spec.momentum * this.velocity + this.spec.learningRate * (feedback.gradient ?? 0) * range;
    const next = this.current + this.velocity;
    // A proposal never leaves the bounds; hitting one stops the motion against it.
    const clamped = Math.min(this.spec.max, Math.max(this.spec.min, next));
    if (clamped !== next) this.velocity = 0;
    return { value: clamped, magnitude: range > 0 ? Math.abs(clamped - this.current) / range : 0 };
  }
}
