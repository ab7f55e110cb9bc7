/**
 * A sweep's output directory: `sweep.json` (the arguments, so a resume can refuse a different
 * sweep), `runs/p<point>-s<seed>.json` (one results file per finished replicate, written
 * atomically the moment it finishes) and `summary.json`. A killed sweep loses at most the runs in
 * flight; temporary files it left are removed on the next start.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Replicate } from '../../analysis/index.js';
import { canonicalJson, UsageError, VERSION } from '../../engine/index.js';
import type { RunResult } from '../../scenarios/index.js';
import { brief as cut } from '../io/brief.js';
import { checkJson, resultSchema, sweepArgsSchema } from '../io/schemas.js';
import { writeFileAtomic } from '../writeFileAtomic.js';
import { parseShard, runFileName, shardText, type SweepSpec } from './SweepSpec.js';

/** The contents of `sweep.json`. */
export interface SweepArgs {
  readonly schema: 'agentsim.sweep-args/1';
  readonly agentsim: string;
  readonly scenario: string;
  readonly seeds: readonly number[];
  readonly grid: readonly (readonly [string, readonly string[]])[];
  readonly bugs: readonly string[];
  readonly shard: string | null;
}

/** `sweep.json` for a spec. */
export function sweepArgs(spec: SweepSpec): SweepArgs {
  return { schema: 'agentsim.sweep-args/1', agentsim: VERSION, scenario: spec.scenario, seeds: spec.seeds, grid: spec.grid, bugs: spec.bugs, shard: shardText(spec) ?? null };
}

/**
 * Prepares `dir` for `spec`: creates it with `sweep.json`, or checks that the sweep already there
 * has the same arguments (a resume) and clears temporary files a kill left behind.
 * @throws UsageError naming the first differing argument
 */
export function openSweepDir(dir: string, spec: SweepSpec): void {
  const args = sweepArgs(spec);
  const path = join(dir, 'sweep.json');
  if (existsSync(path)) {
    const existing = readSweepArgs(dir);
    for (const key of Object.keys(args) as (keyof SweepArgs)[]) {
      if (canonicalJson(existing[key]) !== canonicalJson(args[key])) {
        throw new UsageError(`--out ${dir}: holds a different sweep (${key}: ${brief(existing[key])} there, ${brief(args[key])} now); resume with the same arguments or use another --out`);
      }
    }
  } else {
    mkdirSync(join(dir, 'runs'), { recursive: true });
    writeFileAtomic(path, `${JSON.stringify(args, null, 2)}\n`);
  }
  mkdirSync(join(dir, 'runs'), { recursive: true });
  for (const folder of [dir, join(dir, 'runs')]) {
    for (const name of readdirSync(folder)) {
      if (name.includes('.tmp-')) rmSync(join(folder, name), { force: true });
    }
  }
}

/** Where the files a reader opens are declared (an OutputPlan), so outputs cannot replace them. */
interface InputLog {
  input(what: string, path: string): void;
}

/** Reads and checks `DIR/sweep.json`. */
export function readSweepArgs(dir: string, log?: InputLog): SweepArgs {
  const path = join(dir, 'sweep.json');
  log?.input('sweep', path);
  let value: Partial<SweepArgs>;
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as Partial<SweepArgs>;
  } catch (err) {
    throw new UsageError(`${cut(path)}: not a sweep directory (${(err as NodeJS.ErrnoException).code ?? cut((err as Error).message)})`);
  }
  if ((value as { schema?: unknown } | null)?.schema !== 'agentsim.sweep-args/1') throw new UsageError(`${cut(path)}: expected agentsim.sweep-args/1 written by agentsim sweep`);
  checkJson(sweepArgsSchema, value, cut(path));
  if (value.shard !== null && value.shard !== undefined) parseShard(value.shard);
  return { bugs: [], shard: null, ...value } as SweepArgs;
}

/** The spec stored in `DIR/sweep.json`. */
export function specOf(args: SweepArgs): SweepSpec {
  const shard = args.shard === null ? undefined : parseShard(args.shard);
  return { scenario: args.scenario, seeds: args.seeds, grid: args.grid, bugs: args.bugs, ...(shard ? { shard } : {}) };
}

/** What a run file under `runs/` must hold to count for its replicate. */
export interface ExpectedRun {
  readonly agentsim: string;
  readonly bugs: readonly string[];
  /** The scenario's name (checked when known). */
  readonly scenario?: string;
  /** The grid point's parameters, resolved with defaults (checked when known). */
  readonly params?: (point: number) => Record<string, unknown>;
}

/**
 * Why a run file does not belong to replicate `r` (undefined when it does): a resume trusts
 * only what it checked — seed, agentsim version, bug variants, scenario and parameters.
 */
export function staleReason(result: Partial<RunResult>, r: Replicate, expected: ExpectedRun): string | undefined {
  if (result.seed !== r.seed) return `seed ${String(result.seed)}, expected ${r.seed}`;
  if (result.agentsim !== expected.agentsim) return `agentsim ${String(result.agentsim)}, expected ${expected.agentsim}`;
  if (canonicalJson([...(result.bugs ?? [])].sort()) !== canonicalJson(expected.bugs)) return `bug variants ${brief(result.bugs ?? [])}, expected ${brief(expected.bugs)}`;
  if (expected.scenario !== undefined && result.scenario !== expected.scenario) return `scenario ${brief(result.scenario)}, expected ${brief(expected.scenario)}`;
  const params = expected.params?.(r.point);
  if (params !== undefined && canonicalJson(result.params) !== canonicalJson(params)) return `params ${brief(result.params)}, expected ${brief(params)}`;
  return undefined;
}

/**
 * The results already in `DIR/runs/` for `replicates`, by replicate index. Run files are written
 * atomically, so one that is not a valid result was damaged or edited: a UsageError naming the
 * file and the field (delete it to run that replicate again). A valid result that does not match
 * its replicate ({@link staleReason}) is left out (so it is run again) and reported via `onStale`.
 */
export function readResults(
  dir: string,
  replicates: readonly Replicate[],
  expected: ExpectedRun = { agentsim: VERSION, bugs: [] },
  onStale: (file: string, why: string) => void = () => {},
  log?: InputLog,
): Map<number, RunResult> {
  const out = new Map<number, RunResult>();
  const present = new Set(existsSync(join(dir, 'runs')) ? readdirSync(join(dir, 'runs')) : []);
  for (const r of replicates) {
    const name = runFileName(r);
    if (!present.has(name)) continue;
    const path = join(dir, 'runs', name);
    log?.input('run file', path);
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, 'utf8'));
    } catch (err) {
      throw new UsageError(`${cut(path)}: unreadable run file (${(err as NodeJS.ErrnoException).code ?? cut((err as Error).message)}); delete it to run it again`);
    }
    const result = checkJson(resultSchema, value, `${cut(path)} (delete it to run it again)`) as unknown as RunResult;
    const why = staleReason(result, r, expected);
    if (why === undefined) out.set(r.index, result);
    else onStale(path, why);
  }
  return out;
}

/** Writes one replicate's result atomically. */
export function writeResult(dir: string, r: Replicate, result: RunResult): void {
  writeFileAtomic(join(dir, 'runs', runFileName(r)), `${JSON.stringify(result, null, 2)}\n`);
}

/** A JSON value cut for an error line. */
function brief(value: unknown): string {
  return cut(canonicalJson(value), 60);
}
