/** Runs scenarios once per (scenario, params, seed), so rows sharing a measurement share runs. */
import type { AnyScenario, RunOptions, RunResult } from '../../scenarios/index.js';
import { runScenario } from '../../scenarios/index.js';

/** A memo of runs; `onRun` hears about each real run (for progress). */
export class RunCache {
  private readonly runs = new Map<string, RunResult>();

  constructor(
    private readonly onRun?: (scenario: string, params: Record<string, unknown>, seed: number) => void,
    private readonly runOptions: RunOptions = {},
  ) {}

  /** The result of `scenario` with `params` and `seed`, run now or remembered. */
  run(scenario: AnyScenario, params: Record<string, unknown>, seed: number): RunResult {
    const key = `${scenario.name}\u0000${JSON.stringify(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1)))}\u0000${seed}`;
    let result = this.runs.get(key);
    if (result === undefined) {
      this.onRun?.(scenario.name, params, seed);
      result = runScenario(scenario, params, seed, this.runOptions);
      this.runs.set(key, result);
    }
    return result;
  }

  /** Every result run so far, in run order. */
  results(): RunResult[] {
    return [...this.runs.values()];
  }
}
