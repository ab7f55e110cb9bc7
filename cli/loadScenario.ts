/**
 * Resolves `<scenario|file>`: a built-in scenario name, or a path to a JS module exporting a
 * scenario definition (`export default defineScenario(...)` or `export const scenario = …`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '../engine/index.js';
import { getScenario, scenarios, type AnyScenario } from '../scenarios/index.js';

/** Where a scenario loaded from a file came from (recorded in trace headers). */
const modules = new WeakMap<AnyScenario, { readonly path: string; readonly sha256: string }>();

/** Loads a scenario by name or file; a file is declared as an input of `inputs` when given. */
export async function loadScenario(nameOrFile: string, inputs?: { input(what: string, path: string): void }): Promise<AnyScenario> {
  if (scenarios.has(nameOrFile)) return getScenario(nameOrFile);
  // A name with a path separator or a module extension is a file: say so when it is missing.
  if (/[/\\]|\.[cm]?[jt]s$/.test(nameOrFile) && !existsSync(nameOrFile)) throw new UsageError(`${nameOrFile}: no such file (a scenario module path; built-in scenarios: ${[...scenarios.keys()].join(', ')})`);
  if (!/[./\\]/.test(nameOrFile) || !existsSync(nameOrFile)) return getScenario(nameOrFile);
  inputs?.input('scenario module', nameOrFile);
  let sha256: string;
  try {
    sha256 = createHash('sha256').update(readFileSync(nameOrFile)).digest('hex');
  } catch (err) {
    throw new UsageError(`${nameOrFile}: cannot read scenario module (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolve(nameOrFile)).href)) as Record<string, unknown>;
  } catch (err) {
    throw new UsageError(`${nameOrFile}: cannot load scenario module (${(err as Error).message.split('\n')[0]})`);
  }
  const candidate = (mod['default'] ?? mod['scenario']) as Partial<AnyScenario> | undefined;
  if (!candidate || typeof candidate.name !== 'string' || typeof candidate.build !== 'function' || typeof candidate.params !== 'object') {
    throw new UsageError(`${nameOrFile}: expected a default (or "scenario") export made with defineScenario`);
  }
  modules.set(candidate as AnyScenario, { path: resolve(nameOrFile), sha256 });
  return candidate as AnyScenario;
}

/** `{ module }` for a scenario loaded from a file (for `RunOptions`), else `{}`. */
export function moduleOf(scenario: AnyScenario): { module?: { readonly path: string; readonly sha256: string } } {
  const module = modules.get(scenario);
  return module ? { module } : {};
}
