/**
 * Reading results for `compare` and `report`: a file holding one result, an array of results,
 * or any JSON (a sweep or merge output, a validation's `--results`) in which result objects
 * (`schema: "agentsim.result/1"`) are found; or a directory, whose JSON files are read in name
 * order (recursively). Validation reports and comparisons are recognised too. Every object that
 * claims one of these schemas is checked against it (a malformed one is a UsageError naming the
 * file and the field), and every file read is declared as an input, so no output can replace it.
 *
 * The same run is counted once: a sweep directory holds each result twice (`runs/*.json` and
 * the `runs` of `summary.json`), and counting both would double n and inflate significance.
 */
import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Comparison, ValidationReport } from '../analysis/index.js';
import { canonicalJson, UsageError } from '../engine/index.js';
import type { RunResult } from '../scenarios/index.js';
import { brief } from './io/brief.js';
import { checkJson, comparisonSchema, resultSchema, sweepSummarySchema, validationSchema } from './io/schemas.js';
import { readJsonFile } from './inputs.js';

/** What a set of inputs contained. */
export interface LoadedInputs {
  results: RunResult[];
  validation?: ValidationReport;
  comparison?: Comparison;
}

/** Where the files read are declared (an OutputPlan), so outputs cannot overwrite them. */
export interface InputLog {
  input(what: string, path: string): void;
}

/** Loads every path; `what` names the option in errors. */
export function loadInputs(paths: readonly string[], what: string, log?: InputLog): LoadedInputs {
  const out: LoadedInputs = { results: [] };
  for (const path of paths) {
    for (const file of filesOf(path, what)) {
      log?.input(what, file);
      collect(readJsonFile(file, what), out, 0, `${what} ${brief(file)}`, '');
    }
  }
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
export function loadResults(path: string, what: string, log?: InputLog): RunResult[] {
  const { results } = loadInputs([path], what, log);
  if (results.length === 0) throw new UsageError(`${what} ${brief(path)}: no agentsim.result/1 results found`);
  return results;
}

/**
 * JSON files in time-sortable name order, for `--history DIR`. A dangling symlink or a symlink
 * loop inside a directory is a UsageError, like a missing file named directly.
 */
export function filesOf(path: string, what: string, depth = 0): string[] {
  const stat = statInput(path, what);
  if (!stat.isDirectory()) return [path];
  if (depth > 32) throw new UsageError(`${what} ${brief(path)}: folders nested too deep (a symlink cycle?)`);
  let names: string[];
  try {
    names = readdirSync(path);
  } catch (err) {
    throw new UsageError(`${what} ${brief(path)}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return names.sort().flatMap((name) => {
    const full = join(path, name);
    const entry = statInput(full, what);
    return entry.isDirectory() ? filesOf(full, what, depth + 1) : name.endsWith('.json') ? [full] : [];
  });
}

function statInput(path: string, what: string): Stats {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UsageError(`${what} ${brief(path)}: symlink loop`);
    if (code === 'ENOENT' && isLink(path)) throw new UsageError(`${what} ${brief(path)}: dangling symlink`);
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UsageError(`${what} ${brief(path)}: no such file or directory`);
    throw new UsageError(`${what} ${brief(path)}: cannot read (${code ?? String(err)})`);
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function collect(value: unknown, out: LoadedInputs, depth: number, where: string, at: string): void {
  if (depth > 6 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => collect(item, out, depth + 1, where, `${at}[${i}]`));
    return;
  }
  const schema = (value as { schema?: unknown }).schema;
  if (schema === 'agentsim.result/1') {
    out.results.push(checkJson(resultSchema, value, where, at) as unknown as RunResult);
    return;
  }
  if (schema === 'agentsim.validation/1') out.validation = checkJson(validationSchema, value, where, at) as unknown as ValidationReport;
  else if (schema === 'agentsim.comparison/1') out.comparison = checkJson(comparisonSchema, value, where, at) as unknown as Comparison;
  else if (schema === 'agentsim.sweep/1') checkJson(sweepSummarySchema, value, where, at);
  for (const [key, child] of Object.entries(value)) collect(child, out, depth + 1, where, `${at}.${key}`);
}
