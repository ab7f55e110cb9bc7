/**
 * The node resource model's parameters, declared for every scenario (defineScenario adds them):
 * `resources=on` gives every node `cores` cores on which each handled message and fired timer
 * costs `cpu_ms` (per role: `cpu_roles`), and models each actor's memory. Off by default, so a
 * scenario checked against theory runs exactly as without the model; `validate` turns it on.
 * See docs/resource-model.md.
 */
import { parseDecimal, parseDistribution, RESOURCE_DEFAULTS, UsageError, type ResourceOptions } from '../../engine/index.js';
import { dist, int, oneOf, quiet, str, type ParamSpecs } from './params.js';

const ROLE_LIST = /^$|^[A-Za-z0-9_.-]+=[^,=]+(,[A-Za-z0-9_.-]+=[^,=]+)*$/;

/** The resource-model parameters. */
export const RESOURCE_PARAMS = {
  resources: quiet(oneOf(['off', 'on'] as const, 'off', 'node resource model: on = cores and CPU time per handled message/timer, modelled memory, and their metrics')),
  cores: quiet(int(RESOURCE_DEFAULTS.cores, 1, 1024, 'resources=on: cores per node')),
  cpu_ms: quiet(dist(RESOURCE_DEFAULTS.cpu, 'resources=on: CPU time of one handled message or fired timer (ms)')),
  cpu_roles: quiet(str('', 'resources=on: per-role CPU time, e.g. monitor=exp:0.2,server=exp:0.8 (role = actor id without its trailing number)', ROLE_LIST)),
  memory_base_bytes: quiet(int(RESOURCE_DEFAULTS.memoryBaseBytes, 0, 1e12, 'resources=on: modelled base memory of an actor')),
  memory_roles: quiet(str(RESOURCE_DEFAULTS.memoryRoles, 'resources=on: per-role base memory in bytes, e.g. var=16384,monitor=1048576', ROLE_LIST)),
  memory_entry_bytes: quiet(int(RESOURCE_DEFAULTS.entryBytes, 0, 1e9, 'resources=on: bytes per element an actor holds (table entry, window sample, log entry)')),
  memory_message_bytes: quiet(int(RESOURCE_DEFAULTS.messageBytes, 0, 1e9, 'resources=on: bytes per message queued for an actor on its CPU')),
} satisfies ParamSpecs;

/** The keys of {@link RESOURCE_PARAMS}. */
export const RESOURCE_KEYS: readonly string[] = Object.keys(RESOURCE_PARAMS);

/** A scenario's own parameters, then the resource model's (the scenario's win on a clash). */
export function withResourceParams<S extends ParamSpecs>(params: S): S & typeof RESOURCE_PARAMS {
  const extra = Object.fromEntries(Object.entries(RESOURCE_PARAMS).filter(([key]) => !Object.hasOwn(params, key)));
  return { ...params, ...extra } as S & typeof RESOURCE_PARAMS;
}

/**
 * The engine's resource options from resolved parameters, or undefined when the model is off. The
 * role lists are checked either way, so a bad value is an error whatever `resources` says.
 */
export function resourceOptions(scenario: string, params: Record<string, unknown>): ResourceOptions | undefined {
  const options: ResourceOptions = {
    cores: params['cores'] as number,
    cpu: params['cpu_ms'] as string,
    cpuRoles: roleList(scenario, 'cpu_roles', params['cpu_roles'] as string, (v, key) => parseDistribution(v, `${scenario}: cpu_roles: ${key}`).spec),
    memoryBaseBytes: params['memory_base_bytes'] as number,
    memoryRoles: roleList(scenario, 'memory_roles', params['memory_roles'] as string, (v, key) => {
      const n = parseDecimal(v);
      if (!(Number.isFinite(n) && n >= 0)) throw new UsageError(`${scenario}: memory_roles: "${key}=${v}" — bytes must be a number >= 0`);
      return n;
    }),
    entryBytes: params['memory_entry_bytes'] as number,
    messageBytes: params['memory_message_bytes'] as number,
  };
  return params['resources'] === 'on' ? options : undefined;
}

function roleList<T>(scenario: string, name: string, text: string, value: (v: string, key: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  if (text === '' || text === undefined) return out;
  for (const pair of text.split(',')) {
    const [role, v] = pair.split('=') as [string, string];
    if (role in out) throw new UsageError(`${scenario}: ${name}: role "${role}" given twice`);
    out[role] = value(v, role);
  }
  return out;
}
