/**
 * Reading results for `compare` and `report`: a file holding one result, an array of results,
 * or any JSON (a sweep or merge output, a validation's `--results`) in which result objects
 * (`schema: "agentsim.result/1"`) are found; or a directory, whose JSON files are read in name
 * order (recursively). Validation reports and comparisons are recognised too.
 *
 * The same run is counted once: a sweep directory holds each result twice (`runs/*.json` and
 * the `runs` of `summary.json`), and counting both would double n and inflate significance.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison, ValidationReport } from '../analysis/index.js';
import { canonicalJson, UsageError } from '../engine/index.js';
import type { RunResult } from '../scenarios/index.js';
import { readJsonFile } from './inputs.js';

/** What a set of inputs contained. */
export interface LoadedInputs {
  results: RunResult[];
  validation?: ValidationReport;
  comparison?: Comparison;
}

/** Loads every path; `what` names the option in errors. */
export function loadInputs(paths: readonly string[], what: string): LoadedInputs {
  const out: LoadedInputs = { results: [] };
  for (const path of paths) for (const file of filesOf(path, what)) collect(readJsonFile(file, what), out, 0);
  const seen = new Set<string>();
  out.results = out.results.filter((r) => {
    const key = canonicalJson([r.scenario ?? null, r.params ?? null, r.seed ?? null, r.bugs ?? [], r.traceHash ?? null, r.agentsim ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return out;
}

/** Loads results only, requiring at least one. */
export function loadResults(path: string, what: string): RunResult[] {
  const { results } = loadInputs([path], what);
  if (results.length === 0) throw new UsageError(`${what} ${path}: no agentsim.result/1 results found`);
  return results;
}

/** JSON files in time-sortable name order, for `--history DIR`. */
export function filesOf(path: string, what: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UsageError(`${what} ${path}: no such file or directory`);
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const full = join(path, name);
      return statSync(full).isDirectory() ? filesOf(full, what) : name.endsWith('.json') ? [full] : [];
    });
}

function collect(value: unknown, out: LoadedInputs, depth: number): void {
  if (depth > 6 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const schema = (value as { schema?: unknown }).schema;
  if (schema === 'agentsim.result/1' && typeof (value as RunResult).metrics === 'object') {
    out.results.push(value as RunResult);
    return;
  }
  if (schema === 'agentsim.validation/1') out.validation = value as ValidationReport;
  else if (schema === 'agentsim.comparison/1') out.comparison = value as Comparison;
  for (const child of Object.values(value)) collect(child, out, depth + 1);
}
