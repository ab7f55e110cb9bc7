/** fast-check arbitraries for a scenario's parameters, from its declared specs. */
import fc from 'fast-check';
import type { AnyScenario, ParamSpec, ParamSpecs } from '../scenarios/index.js';
import { resolveParams } from '../scenarios/index.js';

/** Which parameters to vary: a numeric range (clamped to the declared one), a list of values, or `true` for any allowed value. */
export type ParamVariation = readonly [number, number] | readonly (string | number | boolean)[] | true;

/** Options of {@link paramsArbitrary}. */
export interface ParamsArbitraryOptions {
  /** Parameters to vary; the others keep their defaults (or `fixed`). */
  readonly vary: Record<string, ParamVariation>;
  /** Values set on every draw. */
  readonly fixed?: Record<string, unknown>;
}

/**
 * Parameter records for `scenario` (as `runScenario` takes them) that pass its validation.
 * Numeric ranges shrink toward their minimum, lists toward their first value.
 */
export function paramsArbitrary(scenario: AnyScenario, options: ParamsArbitraryOptions): fc.Arbitrary<Record<string, unknown>> {
  const specs = scenario.params as ParamSpecs;
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, variation] of Object.entries(options.vary)) {
    const spec = specs[key];
    if (spec === undefined) throw new RangeError(`paramsArbitrary: ${scenario.name} has no parameter "${key}" (known: ${Object.keys(specs).join(', ')})`);
    fields[key] = arbitraryFor(scenario.name, key, spec, variation);
  }
  return fc.record(fields).map((drawn) => ({ ...options.fixed, ...drawn })).filter((params) => isValid(scenario, params));
}

function arbitraryFor(name: string, key: string, spec: ParamSpec, variation: ParamVariation): fc.Arbitrary<unknown> {
  if (Array.isArray(variation) && variation.length === 2 && variation.every((v) => typeof v === 'number') && (spec.type === 'int' || spec.type === 'number')) {
    const min = Math.max(spec.min, variation[0] as number);
    const max = Math.min(spec.max, variation[1] as number);
    if (min > max) throw new RangeError(`paramsArbitrary: ${name}: ${key}: [${String(variation)}] is outside [${spec.min}, ${spec.max}]`);
    return spec.type === 'int' ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
  }
  if (Array.isArray(variation)) return fc.constantFrom(...(variation as (string | number | boolean)[]));
  switch (spec.type) {
    case 'int':
      return fc.integer({ min: spec.min, max: spec.max });
    case 'number':
      return fc.double({ min: spec.min, max: spec.max, noNaN: true });
    case 'enum':
      return fc.constantFrom(...spec.values);
    case 'boolean':
      return fc.boolean();
    default:
      throw new RangeError(`paramsArbitrary: ${name}: ${key} is a ${spec.type}; give a list of values to vary it`);
  }
}

function isValid(scenario: AnyScenario, params: Record<string, unknown>): boolean {
  try {
    scenario.validate?.(resolveParams(scenario.name, scenario.params, params, scenario.presets));
    return true;
  } catch {
    return false;
  }
}
