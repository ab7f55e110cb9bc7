import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseDistribution, Rng, UsageError } from '../../../engine/index.js';

/** Mean of `n` samples of `spec`. */
function sampleMean(spec: string, seed: number, n: number): number {
  const d = parseDistribution(spec);
  const rng = new Rng(seed, 'dist');
  let sum = 0;
  for (let i = 0; i < n; i++) sum += d.sample(rng);
  return sum / n;
}

/**
 * Sample means are checked against the analytic mean within 4 standard errors (sigma / sqrt(n)):
 * for a fixed spec and a random seed the check fails with probability ~6e-5 by chance alone.
 */
const N = 20_000;

describe('parseDistribution', () => {
  it.each([
    ['const:5', 'const:5', 5],
    ['uniform:150:300', 'uniform:150:300', 225],
    ['exp:1000', 'exp:1000', 1000],
    ['exp:1e3', 'exp:1000', 1000],
    [' normal:100:10 ', 'normal:100:10', 100],
    ['lognormal:0:1', 'lognormal:0:1', Math.exp(0.5)],
  ])('should parse %j as %s with mean %d', (input, spec, mean) => {
    const d = parseDistribution(input);
    expect(d.spec).toBe(spec);
    expect(d.mean).toBeCloseTo(mean, 12);
  });

  it('should give a constant for const', () => {
    const d = parseDistribution('const:7.5');
    const rng = new Rng(1);
    for (let i = 0; i < 10; i++) expect(d.sample(rng)).toBe(7.5);
  });

  it.each([
    ['exp:-3', 'mean must be > 0'],
    ['exp:0', 'mean must be > 0'],
    ['uniform:5:1', 'max must be >= min'],
    ['uniform:-1:1', 'min must be >= 0'],
    ['foo:1', 'unknown distribution "foo"'],
    ['exp:', 'is not a number'],
    ['exp:abc', '"abc" is not a number'],
    ['normal:1', 'normal takes 2 numbers'],
    ['normal:1:-2', 'std must be >= 0'],
    ['lognormal:1', 'lognormal takes 2 numbers'],
    ['const:1:2', 'const takes 1 number'],
    ['const:-1', 'value must be >= 0'],
    ['', 'unknown distribution'],
    ['lognormal:0:1000', 'mean exp(mu + sigma²/2) = Infinity exceeds 1000000000000'],
    ['lognormal:30:0', 'exceeds 1000000000000'],
    ['exp:1e308', 'out of range'],
    ['normal:1e308:1e308', 'out of range'],
    ['const:1e13', 'out of range'],
    ['uniform:0:1e300', 'out of range'],
    ['normal:1:-1e300', 'out of range'],
  ])('should reject %j with a UsageError naming the value', (spec, why) => {
    let caught: unknown;
    try {
      parseDistribution(spec, 'network.latency');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(UsageError);
    const message = (caught as Error).message;
    expect(message).toContain('network.latency');
    expect(message).toContain(`"${spec}"`);
    expect(message).toContain(why);
  });

  test.prop([fc.integer(), fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true })])(
    'should keep uniform samples in [min, max]',
    (seed, a, b) => {
      const [min, max] = a <= b ? [a, b] : [b, a];
      const d = parseDistribution(`uniform:${min}:${max}`);
      const rng = new Rng(seed);
      const outside = Array.from({ length: 50 }, () => d.sample(rng)).filter((v) => !(v >= min && v <= max));
      expect(outside).toEqual([]);
    },
  );

  test.prop([fc.integer(), fc.constantFrom('exp:5', 'normal:1:10', 'lognormal:0:2', 'uniform:0:1')])(
    'should only draw finite non-negative durations',
    (seed, spec) => {
      const d = parseDistribution(spec);
      const rng = new Rng(seed);
      const bad = Array.from({ length: 200 }, () => d.sample(rng)).filter((v) => !Number.isFinite(v) || v < 0);
      expect(bad).toEqual([]);
    },
  );

  test.prop([fc.integer(), fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.double({ min: 0, max: 1e12, noNaN: true })], { seed: -796874059 })(
    'should only accept lognormal and normal distributions whose samples are finite',
    (seed, mu, sigma) => {
      for (const kind of ['lognormal', 'normal']) {
        let d;
        try {
          d = parseDistribution(`${kind}:${mu}:${sigma}`);
        } catch (err) {
          expect(err).toBeInstanceOf(UsageError);
          continue;
        }
        expect(d.mean).toBeLessThanOrEqual(1e12);
        const rng = new Rng(seed);
        const bad = Array.from({ length: 50 }, () => d.sample(rng)).filter((v) => !Number.isFinite(v) || v < 0);
        expect(bad).toEqual([]);
      }
    },
  );

  // [spec, analytic mean, analytic standard deviation]
  const cases: [string, number, number][] = [
    ['uniform:150:300', 225, 150 / Math.sqrt(12)],
    ['uniform:0:1', 0.5, 1 / Math.sqrt(12)],
    ['exp:1000', 1000, 1000],
    ['exp:5', 5, 5],
    // mu >= 5 sigma: the truncation at 0 moves the mean by < 1e-7 sigma.
    ['normal:100:10', 100, 10],
    ['normal:50:10', 50, 10],
    ['lognormal:1:0.5', Math.exp(1 + 0.125), Math.sqrt((Math.exp(0.25) - 1) * Math.exp(2 + 0.25))],
    ['lognormal:0:0.25', Math.exp(0.03125), Math.sqrt((Math.exp(0.0625) - 1) * Math.exp(0.0625))],
  ];

  for (const [spec, mean, sd] of cases) {
    // Fixed property seed: with a random one the 4-standard-error check fails by chance (~6e-5 a run).
    test.prop([fc.integer()], { numRuns: 5, seed: 20_261_202 })(`should match the analytic mean of ${spec} within 4 standard errors`, (seed) => {
      expect(parseDistribution(spec).mean).toBeCloseTo(mean, 5);
      const m = sampleMean(spec, seed, N);
      expect(Math.abs(m - mean)).toBeLessThan((4 * sd) / Math.sqrt(N));
    });
  }
});
