/**
 * Runs for `check` and `replay --verify`: one that only fingerprints (cheap, with checkpoint
 * hashes every CHECKPOINT_EVERY events), and one that renders just the span of seqs where two
 * fingerprints part, to name the first diverging event.
 */
import type { Simulation } from '../engine/index.js';
import { runScenario, type AnyScenario, type RunOptions } from '../scenarios/index.js';
import { readInputFile } from './inputs.js';

/** A run with fingerprints only, and its checkpoint hashes. */
export function fingerprintRun(
  scenario: AnyScenario,
  params: Record<string, unknown>,
  seed: number,
  options: RunOptions,
): { traceHash: string; events: number; checkpoints: string[] } {
  let sim: Simulation | undefined;
  const capture = (s: Simulation): (() => object) => ((sim = s), () => ({}));
  const { traceHash, events } = runScenario(scenario, params, seed, { readInput: readInputFile, ...options, observe: [...(options.observe ?? []), capture] });
  return { traceHash, events, checkpoints: sim!.checkpoints };
}

/** The trace lines of a run, header plus the events with seq in `window` (and the footer when it reaches the end). */
export function renderWindow(scenario: AnyScenario, params: Record<string, unknown>, seed: number, options: RunOptions, window: { from: number; to: number }): string[] {
  const chunks: string[] = [];
  runScenario(scenario, params, seed, { readInput: readInputFile, ...options, window, sink: (chunk) => chunks.push(chunk) });
  const lines = chunks.join('').split('\n');
  lines.pop();
  return lines;
}
