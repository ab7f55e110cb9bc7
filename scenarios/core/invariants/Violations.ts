/** A violation counter that keeps the first example, turned into an {@link InvariantResult}. */
import type { InvariantResult } from '../defineScenario.js';

/** Counts violations of one invariant; the first example is kept (built lazily). */
export class Violations {
  count = 0;
  example: string | undefined;

  /** Records one violation; `example` describes it (only the first is kept). */
  add(example: string | (() => string)): void {
    this.count++;
    this.example ??= typeof example === 'string' ? example : example();
  }

  /** The verdict; `applicable` false when the run's conditions do not promise the property. */
  result(name: string, applicable?: boolean): InvariantResult {
    return invariantResult(name, this.count, this.example, applicable);
  }
}

/** Builds an {@link InvariantResult} from a violation count. */
export function invariantResult(name: string, violations: number, example?: string, applicable?: boolean): InvariantResult {
  return {
    name,
    holds: violations === 0,
    violations,
    ...(applicable === undefined ? {} : { applicable }),
    ...(violations > 0 && example !== undefined ? { example } : {}),
  };
}
