/**
 * What a sweep is: a scenario, seeds, and a parameter grid (`--set key=v1,v2`, the cartesian
 * product in command-line order, last key fastest), optionally one shard of it. Replicate `i` is
 * `(point, seed) = (⌊i / seeds⌋, seeds[i mod seeds])`; shard K/N takes the replicates with
 * `i mod N = K − 1`, so shards interleave grid points and balance slow and fast points.
 */
import { UsageError } from '../../engine/index.js';
import type { Replicate } from '../../analysis/index.js';

/** A sweep's defining arguments (stored in `DIR/sweep.json`). */
export interface SweepSpec {
  readonly scenario: string;
  readonly seeds: readonly number[];
  readonly grid: readonly (readonly [string, readonly string[]])[];
  readonly bugs: readonly string[];
  /** `{ k, n }`: this run is slice k of n (1-based). */
  readonly shard?: { readonly k: number; readonly n: number };
}

/** Parses `--seeds`: ranges `A..B` and single seeds, comma-separated (`1..100`, `1,5,9`, `1..10,50`). */
export function parseSeeds(text: string | undefined): number[] {
  if (text === undefined || text.trim() === '') throw new UsageError('--seeds: required, e.g. --seeds 1..100 or --seeds 1,5,9');
  const seeds: number[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*(?:\.\.\s*(\d+)\s*)?$/.exec(part);
    if (!m) throw new UsageError(`--seeds ${text}: "${part}" — expected N or A..B with non-negative integers`);
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || b < a) throw new UsageError(`--seeds ${text}: "${part}" — a range A..B needs A <= B`);
    if (seeds.length + (b - a + 1) > 10_000_000) throw new UsageError(`--seeds ${text}: more than 10,000,000 seeds`);
    for (let s = a; s <= b; s++) seeds.push(s);
  }
  const unique = new Set(seeds);
  if (unique.size !== seeds.length) throw new UsageError(`--seeds ${text}: a seed is listed twice`);
  return seeds;
}

/** Parses `--set key=v1,v2` options into grid axes (a key given twice is an error). */
export function parseGrid(sets: readonly string[] = []): [string, string[]][] {
  const grid: [string, string[]][] = [];
  for (const set of sets) {
    const eq = set.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set ${set}: expected key=value or key=v1,v2,...`);
    const key = set.slice(0, eq).trim();
    const values = set.slice(eq + 1).split(',').map((v) => v.trim());
    if (values.some((v) => v === '')) throw new UsageError(`--set ${set}: empty value in the list`);
    const twice = values.find((v, i) => values.indexOf(v) !== i);
    // The same grid point twice would be run twice and counted twice in the summary.
    if (twice !== undefined) throw new UsageError(`--set ${set}: value "${twice}" is listed twice`);
    if (grid.some(([k]) => k === key)) throw new UsageError(`--set ${key}: given twice; list the values once, comma-separated`);
    grid.push([key, values]);
  }
  return grid;
}

/** The most replicates (grid points × seeds) one sweep may define. */
export const MAX_REPLICATES = 10_000_000;

/** Checks that grid points × seeds stays within {@link MAX_REPLICATES}, before any point is built. */
export function checkSweepSize(grid: readonly (readonly [string, readonly string[]])[], seeds: readonly number[]): void {
  const points = grid.reduce((n, [, values]) => n * values.length, 1);
  if (points * seeds.length > MAX_REPLICATES) {
    throw new UsageError(`sweep: ${points} grid points x ${seeds.length} seeds = ${points * seeds.length} runs; at most ${MAX_REPLICATES.toLocaleString('en')}`);
  }
}

/** Parses `--shard K/N` (1 <= K <= N). */
export function parseShard(text: string | undefined): { k: number; n: number } | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const k = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || k < 1 || k > n) throw new UsageError(`--shard ${text}: expected K/N with 1 <= K <= N (e.g. --shard 2/8)`);
  return { k, n };
}

/** The grid points: every combination of the axes' values, last axis fastest. */
export function gridPoints(grid: SweepSpec['grid']): Record<string, string>[] {
  let points: Record<string, string>[] = [{}];
  for (const [key, values] of grid) points = points.flatMap((p) => values.map((v) => ({ ...p, [key]: v })));
  return points;
}

/** Every replicate of the sweep (all shards), in index order. */
export function allReplicates(spec: Pick<SweepSpec, 'seeds' | 'grid'>): Replicate[] {
  const points = gridPoints(spec.grid).length;
  const out: Replicate[] = [];
  for (let point = 0; point < points; point++) {
    spec.seeds.forEach((seed, s) => out.push({ index: point * spec.seeds.length + s, point, seed }));
  }
  return out;
}

/** The replicates this (possibly sharded) sweep runs. */
export function shardReplicates(spec: SweepSpec): Replicate[] {
  const all = allReplicates(spec);
  const shard = spec.shard;
  return shard === undefined ? all : all.filter((r) => r.index % shard.n === shard.k - 1);
}

/** The deterministic file name of a replicate's result inside `DIR/runs/`. */
export function runFileName(r: Pick<Replicate, 'point' | 'seed'>): string {
  return `p${r.point}-s${r.seed}.json`;
}

/** The shard as text (`K/N`), or undefined. */
export function shardText(spec: SweepSpec): string | undefined {
  return spec.shard ? `${spec.shard.k}/${spec.shard.n}` : undefined;
}
