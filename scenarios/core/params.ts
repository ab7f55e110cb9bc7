/**
 * Scenario parameters: declared once with type, default, range and a one-line description;
 * resolved from user input (strings from `--set`, or JSON values from `--config`) with every
 * default filled in and every value checked. Errors name the key and the allowed range.
 */
import { parseDecimal, parseDistribution, UsageError } from '../../engine/index.js';

interface Base<T> {
  readonly default: T;
  readonly description: string;
  /**
   * Left out of the trace header while at its default: a parameter added after traces were
   * recorded (or the resource model's) then leaves their hashes unchanged. See {@link quiet}.
   */
  readonly quietDefault?: boolean;
}
/** An integer or real parameter with an inclusive range. */
export interface NumberParam extends Base<number> {
  readonly type: 'int' | 'number';
  readonly min: number;
  readonly max: number;
}
/** One of a fixed set of strings. */
export interface EnumParam<T extends string = string> extends Base<T> {
  readonly type: 'enum';
  readonly values: readonly T[];
}
/** A boolean flag. */
export interface BooleanParam extends Base<boolean> {
  readonly type: 'boolean';
}
/** A distribution string such as `exp:5`. */
export interface DistributionParam extends Base<string> {
  readonly type: 'distribution';
  /** The smallest mean allowed (e.g. a timer re-armed forever must not have mean 0). */
  readonly minMean?: number;
}
/** A free-form string (e.g. `trace:FILE`), checked by an optional pattern. */
export interface StringParam extends Base<string> {
  readonly type: 'string';
  readonly pattern?: RegExp;
}
/** Any parameter declaration. */
export type ParamSpec = NumberParam | EnumParam | BooleanParam | DistributionParam | StringParam;
/** A scenario's parameter declarations. */
export type ParamSpecs = Record<string, ParamSpec>;
/** The resolved values of a scenario's parameters. */
export type ParamsOf<S extends ParamSpecs> = { -readonly [K in keyof S]: S[K]['default'] };

/** An integer parameter in [min, max]. */
export const int = (def: number, min: number, max: number, description: string): NumberParam => ({ type: 'int', default: def, min, max, description });
/** A real parameter in [min, max]. */
export const num = (def: number, min: number, max: number, description: string): NumberParam => ({ type: 'number', default: def, min, max, description });
/** One of `values`. */
export const oneOf = <T extends string>(values: readonly T[], def: NoInfer<T>, description: string): EnumParam<T> => ({ type: 'enum', default: def, values, description });
/** A boolean. */
export const bool = (def: boolean, description: string): BooleanParam => ({ type: 'boolean', default: def, description });
/** A distribution string, optionally with a smallest mean. */
export const dist = (def: string, description: string, minMean?: number): DistributionParam => ({ type: 'distribution', default: def, description, ...(minMean === undefined ? {} : { minMean }) });
/** A string, optionally matching `pattern`. */
export const str = (def: string, description: string, pattern?: RegExp): StringParam => ({ type: 'string', default: def, description, pattern });

/** `spec`, marked to stay out of the trace header while at its default (see `quietDefault`). */
export const quiet = <P extends ParamSpec>(spec: P): P => ({ ...spec, quietDefault: true });

/** `params` without the quiet parameters that are at their default: what a trace header records. */
export function headerParams(specs: ParamSpecs, params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) if (!(specs[k]?.quietDefault && specs[k].default === v)) out[k] = v;
  return out;
}

/** The allowed range of a parameter, as shown in errors and `list`. */
export function describeRange(spec: ParamSpec): string {
  switch (spec.type) {
    case 'int':
      return `an integer in [${spec.min}, ${spec.max}]`;
    case 'number':
      return `a number in [${spec.min}, ${spec.max}]`;
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'boolean':
      return 'true or false';
    case 'distribution':
      return `a distribution (const:V, uniform:A:B, exp:MEAN, normal:MEAN:STD, lognormal:MU:SIGMA)${spec.minMean === undefined ? '' : ` with mean >= ${spec.minMean}`}`;
    case 'string':
      return spec.pattern ? `a string matching ${spec.pattern}` : 'a string';
  }
}

/**
 * Checks and converts one value (a string from the command line, or a JSON value).
 * @throws UsageError `scenario: key: value — must be …`
 */
export function coerceParam(scenario: string, key: string, spec: ParamSpec, raw: unknown): number | string | boolean {
  const bad = (): never => {
    throw new UsageError(`${scenario}: ${key}: ${JSON.stringify(raw)} — must be ${describeRange(spec)}`);
  };
  switch (spec.type) {
    case 'int':
    case 'number': {
      const v = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseDecimal(raw) : NaN;
      if (!Number.isFinite(v) || v < spec.min || v > spec.max || (spec.type === 'int' && !Number.isInteger(v))) bad();
      return v;
    }
    case 'boolean':
      if (raw === true || raw === 'true') return true;
      if (raw === false || raw === 'false') return false;
      return bad();
    case 'enum':
      if (typeof raw !== 'string' || !spec.values.includes(raw)) bad();
      return raw as string;
    case 'distribution':
      if (typeof raw !== 'string') bad();
      {
        const d = parseDistribution(raw as string, `${scenario}: ${key}`);
        if (spec.minMean !== undefined && !(d.mean >= spec.minMean)) throw new UsageError(`${scenario}: ${key}: "${raw as string}" — mean ${d.mean} must be >= ${spec.minMean}`);
        return d.spec;
      }
    case 'string':
      if (typeof raw !== 'string' || (spec.pattern && !spec.pattern.test(raw))) bad();
      return raw as string;
  }
}

/**
 * Resolves user input against declarations: unknown keys are errors, a `preset` (when the
 * scenario has presets) fills the values it names unless given explicitly, defaults fill the rest.
 */
export function resolveParams<S extends ParamSpecs>(
  scenario: string,
  specs: S,
  input: Record<string, unknown>,
  presets: Record<string, Record<string, unknown>> = {},
): ParamsOf<S> {
  const known = Object.keys(specs);
  // Own properties only: `toString`, `constructor` or `__proto__` are not parameters.
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(specs, key)) throw new UsageError(`${scenario}: unknown parameter "${key}" (known: ${known.join(', ')})`);
  }
  const out: Record<string, unknown> = {};
  for (const key of known) {
    if (Object.hasOwn(input, key) && input[key] !== undefined) out[key] = coerceParam(scenario, key, specs[key]!, input[key]);
  }
  const preset = typeof out['preset'] === 'string' && Object.hasOwn(presets, out['preset']) ? presets[out['preset']] : undefined;
  for (const [key, value] of Object.entries(preset ?? {})) {
    if (out[key] === undefined) out[key] = coerceParam(scenario, key, specs[key]!, value);
  }
  for (const key of known) if (out[key] === undefined) out[key] = specs[key]!.default;
  return out as ParamsOf<S>;
}
