/**
 * Distributions written as strings (`const:5`, `uniform:150:300`, `exp:1000`, `normal:100:10`,
 * `lognormal:MU:SIGMA`), parsed once and validated with errors that name the bad value.
 *
 * Samples are durations in virtual ms, so every distribution is bounded at parse: each number is
 * at most {@link MAX_DISTRIBUTION_VALUE} in magnitude and so is the mean. That keeps every sample
 * finite (a normal draw here is within ±8.6 σ, so a lognormal sample is at most
 * exp(mu + 8.6·sigma), below 1e28 once its mean is bounded).
 */
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { UsageError } from '../errors.js';
import { parseDecimal } from '../parseDecimal.js';
import type { Rng } from './Rng.js';

/** A parsed distribution that draws samples from a given stream. */
export interface Distribution {
  /** The canonical string form, e.g. `exp:5`. */
  readonly spec: string;
  /** The distribution's mean (analytic). */
  readonly mean: number;
  /** Draws one sample. */
  sample(rng: Rng): number;
}

const KINDS = 'const:V, uniform:MIN:MAX, exp:MEAN, normal:MEAN:STD, lognormal:MU:SIGMA';

/** The largest magnitude of a distribution's numbers and of its mean: 1e12 ms (about 31 years). */
export const MAX_DISTRIBUTION_VALUE = 1e12;

/**
 * Parses a distribution string.
 * @param spec - the string, e.g. `uniform:150:300`
 * @param name - what the value is for, used in error messages (e.g. `network.latency`)
 * @throws UsageError naming `name` and the bad value
 */
export function parseDistribution(spec: string, name = 'distribution'): Distribution {
  const fail = (why: string): never => {
    throw new UsageError(`${name}: "${spec}" — ${why}`);
  };
  const [kind, ...rest] = String(spec).trim().split(':');
  const args = rest.map((r) => {
    const v = parseDecimal(r);
    if (!Number.isFinite(v)) fail(`"${r}" is not a number`);
    if (Math.abs(v) > MAX_DISTRIBUTION_VALUE) fail(`${v} is out of range (numbers of a distribution must be within ±${MAX_DISTRIBUTION_VALUE})`);
    return v;
  });
  const bounded = (d: Distribution, formula: string): Distribution => {
    if (!(d.mean <= MAX_DISTRIBUTION_VALUE)) fail(`mean ${formula} = ${d.mean} exceeds ${MAX_DISTRIBUTION_VALUE} ms (a distribution's mean must be at most ${MAX_DISTRIBUTION_VALUE})`);
    return d;
  };
  const arity = (n: number): void => {
    if (args.length !== n) fail(`${kind} takes ${n} number${n > 1 ? 's' : ''} (expected one of ${KINDS})`);
  };
  switch (kind) {
    case 'const': {
      arity(1);
      const [v] = args as [number];
      if (v < 0) fail('value must be >= 0');
      return { spec: `const:${v}`, mean: v, sample: () => v };
    }
    case 'uniform': {
      arity(2);
      const [min, max] = args as [number, number];
      if (min < 0) fail('min must be >= 0');
      if (max < min) fail('max must be >= min');
      return { spec: `uniform:${min}:${max}`, mean: (min + max) / 2, sample: (rng) => min + (max - min) * rng.next() };
    }
    case 'exp': {
      arity(1);
      const [mean] = args as [number];
      if (!(mean > 0)) fail('mean must be > 0');
      return { spec: `exp:${mean}`, mean, sample: (rng) => -mean * Math.log(1 - rng.next()) };
    }
    case 'normal': {
      arity(2);
      const [mu, sigma] = args as [number, number];
      if (sigma < 0) fail('std must be >= 0');
      // Truncated at 0: these are durations, and a negative delay is meaningless.
      const d = { spec: `normal:${mu}:${sigma}`, mean: truncatedNormalMean(mu, sigma), sample: (rng: Rng) => Math.max(0, mu + sigma * gaussian(rng)) };
      return bounded(d, 'E[max(0, X)]');
    }
    case 'lognormal': {
      arity(2);
      const [mu, sigma] = args as [number, number];
      if (sigma < 0) fail('sigma must be >= 0');
      return bounded(
        {
          spec: `lognormal:${mu}:${sigma}`,
          mean: Math.exp(mu + (sigma * sigma) / 2),
          sample: (rng) => Math.exp(mu + sigma * gaussian(rng)),
        },
        'exp(mu + sigma²/2)',
      );
    }
    default:
      return fail(`unknown distribution "${kind}" (expected one of ${KINDS})`);
  }
}

/** A standard normal sample (Box–Muller; one draw per call keeps streams position-stable). */
function gaussian(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** E[max(0, X)] for X ~ N(mu, sigma²): the mean of the zero-truncated samples drawn above. */
function truncatedNormalMean(mu: number, sigma: number): number {
  if (sigma === 0) return Math.max(0, mu);
  const z = mu / sigma;
  const pdf = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
  return mu * normalCdf(z, 0, 1) + sigma * pdf;
}
