/**
 * Parsing of command-line inputs into the values the layers expect, each failure a UsageError
 * naming the option and the bad value.
 */
import { readFileSync } from 'node:fs';
import { parseDecimal, parseFaultPlan, UsageError, type Fault } from '../engine/index.js';
import { brief } from './io/brief.js';
import { checkJson, configSchema } from './io/schemas.js';

/** Collects repeated `--set key=value` options. */
export function collectSet(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Turns `key=value` strings into a record (later keys win). */
export function parseSets(sets: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const set of sets) {
    const eq = set.indexOf('=');
    const key = set.slice(0, eq).trim();
    if (eq <= 0 || key === '') throw new UsageError(`--set ${set}: expected key=value`);
    // defineProperty, not assignment: `__proto__=1` must stay a key (and be rejected as unknown).
    Object.defineProperty(out, key, { value: set.slice(eq + 1).trim(), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Parses `--seed`: a non-negative safe integer. */
export function parseSeed(text: string | undefined, fallback = 42): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) throw new UsageError(`--seed ${text}: expected a non-negative integer`);
  return n;
}

/** Parses a non-negative number option such as `--from`. */
export function parseTime(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = parseDecimal(text);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} ${text}: expected a time in ms >= 0`);
  return n;
}

/** Reads and parses a JSON file; errors name the file. */
export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`${what} ${brief(path)}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new UsageError(`${what} ${brief(path)}: not valid JSON (${brief((err as Error).message, 60)})`);
  }
}

/** Reads `--config params.json`: an object of parameter values. */
export function readConfig(path: string | undefined): Record<string, unknown> {
  if (path === undefined) return {};
  const value = readJsonFile(path, '--config');
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(`--config ${brief(path)}: expected a JSON object of parameters`);
  return checkJson(configSchema, value, `--config ${brief(path)}`);
}

/** Reads `--faults plan.json`. */
export function readFaultPlan(path: string | undefined): Fault[] | undefined {
  if (path === undefined) return undefined;
  return parseFaultPlan(readJsonFile(path, '--faults'), `--faults ${brief(path)}: faults`);
}

/**
 * Reads an input file a scenario parameter names (e.g. `arrival=trace:FILE`), for
 * `RunOptions.readInput`; relative paths are relative to the working directory.
 */
export function readInputFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`input file ${brief(path)}: cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
}
