import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../engine/index.js';
import { bool, coerceParam, describeRange, dist, int, num, oneOf, resolveParams, str } from '../../../scenarios/index.js';

const specs = {
  nodes: int(100, 1, 1000, 'number of nodes'),
  rate: num(0.5, 0, 1, 'a probability'),
  strategy: oneOf(['p2c', 'random', 'round-robin'], 'p2c', 'routing strategy'),
  verbose: bool(false, 'chatty'),
  latency: dist('exp:5', 'network latency'),
  label: str('run', 'a label', /^[a-z]+$/),
  preset: oneOf(['none', 'small', 'lossy'], 'none', 'a named parameter set'),
};
const presets = {
  small: { nodes: 10, strategy: 'random' },
  lossy: { rate: 0.25, latency: 'uniform:1:10' },
};

/** The UsageError message `resolveParams` throws for `input`. */
function usageError(input: Record<string, unknown>): string {
  try {
    resolveParams('demo', specs, input, presets);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  return expect.fail('expected a UsageError');
}

describe('resolveParams', () => {
  it('should fill every default when nothing is given', () => {
    expect(resolveParams('demo', specs, {}, presets)).toEqual({
      nodes: 100,
      rate: 0.5,
      strategy: 'p2c',
      verbose: false,
      latency: 'exp:5',
      label: 'run',
      preset: 'none',
    });
  });

  it('should convert command-line strings and keep JSON values', () => {
    expect(resolveParams('demo', specs, { nodes: '42', rate: 0.1, verbose: 'true', latency: 'exp:1e3', strategy: 'random', label: 'x' })).toMatchObject({
      nodes: 42,
      rate: 0.1,
      verbose: true,
      latency: 'exp:1000',
      strategy: 'random',
      label: 'x',
    });
    expect(resolveParams('demo', specs, { verbose: false }).verbose).toBe(false);
  });

  it('should reject an unknown key, naming it and the known ones', () => {
    const message = usageError({ nodez: 5 });
    expect(message).toContain('demo: unknown parameter "nodez"');
    expect(message).toContain('nodes, rate, strategy');
  });

  it.each([
    [{ nodes: 0 }, 'demo: nodes: 0 — must be an integer in [1, 1000]'],
    [{ nodes: '1001' }, 'demo: nodes: "1001" — must be an integer in [1, 1000]'],
    [{ nodes: 2.5 }, 'demo: nodes: 2.5 — must be an integer in [1, 1000]'],
    [{ nodes: 'ten' }, 'demo: nodes: "ten" — must be an integer in [1, 1000]'],
    [{ nodes: '' }, 'demo: nodes: "" — must be an integer in [1, 1000]'],
    [{ rate: 1.5 }, 'demo: rate: 1.5 — must be a number in [0, 1]'],
    [{ rate: -0.1 }, 'demo: rate: -0.1 — must be a number in [0, 1]'],
    [{ strategy: 'fastest' }, 'demo: strategy: "fastest" — must be one of p2c, random, round-robin'],
    [{ verbose: 'yes' }, 'demo: verbose: "yes" — must be true or false'],
    [{ label: 'Bad Label' }, 'demo: label: "Bad Label" — must be a string matching /^[a-z]+$/'],
    [{ preset: 'huge' }, 'demo: preset: "huge" — must be one of none, small, lossy'],
  ])('should reject %j with a UsageError naming the key and range', (input, message) => {
    expect(usageError(input)).toBe(message);
  });

  it.each([
    ['exp:-3', 'mean must be > 0'],
    ['uniform:5:1', 'max must be >= min'],
    ['foo:1', 'unknown distribution "foo"'],
  ])('should reject the bad distribution %s naming the key and the value', (latency, why) => {
    const message = usageError({ latency });
    expect(message).toContain('demo: latency');
    expect(message).toContain(`"${latency}"`);
    expect(message).toContain(why);
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('should reject %s as an unknown parameter: only own keys are parameters', (key) => {
    const input = JSON.parse(`{${JSON.stringify(key)}: 1}`) as Record<string, unknown>;
    expect(Object.keys(input)).toEqual([key]);
    expect(() => resolveParams('demo', specs, input)).toThrow(`demo: unknown parameter "${key}"`);
  });

  it('should not treat an inherited name as a preset', () => {
    const withPresetName = { ...specs, preset: str('none', 'a preset name') };
    expect(resolveParams('demo', withPresetName, { preset: 'toString' }, presets).nodes).toBe(100);
  });

  it('should apply a preset to the values it names and defaults to the rest', () => {
    expect(resolveParams('demo', specs, { preset: 'small' }, presets)).toMatchObject({ nodes: 10, strategy: 'random', rate: 0.5, preset: 'small' });
    expect(resolveParams('demo', specs, { preset: 'lossy' }, presets)).toMatchObject({ nodes: 100, rate: 0.25, latency: 'uniform:1:10' });
  });

  it('should let explicit values override the preset', () => {
    expect(resolveParams('demo', specs, { preset: 'small', nodes: '7' }, presets)).toMatchObject({ nodes: 7, strategy: 'random' });
    expect(resolveParams('demo', specs, { strategy: 'round-robin', preset: 'small' }, presets)).toMatchObject({ nodes: 10, strategy: 'round-robin' });
  });

  it('should validate preset values like user values', () => {
    expect(() => resolveParams('demo', specs, { preset: 'small' }, { small: { nodes: 0 } })).toThrow('demo: nodes: 0 — must be an integer in [1, 1000]');
  });

  test.prop([fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true })])('should accept every in-range value as a string or a number', (nodes, rate) => {
    expect(resolveParams('demo', specs, { nodes: String(nodes), rate: String(rate) })).toMatchObject({ nodes, rate });
    expect(resolveParams('demo', specs, { nodes, rate })).toMatchObject({ nodes, rate });
  });

  test.prop([fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 1001 }), fc.double({ min: 1, max: 1000, noNaN: true }).filter((x) => !Number.isInteger(x)))])(
    'should reject every out-of-range or fractional integer',
    (nodes) => {
      expect(() => resolveParams('demo', specs, { nodes })).toThrow(UsageError);
    },
  );
});

describe('coerceParam', () => {
  it('should reject a distribution whose mean is below the parameter\'s smallest mean, naming both', () => {
    const timer = dist('uniform:150:300', 'a timer re-armed forever', 1);
    expect(coerceParam('demo', 'timeout', timer, 'uniform:0:2')).toBe('uniform:0:2');
    expect(() => coerceParam('demo', 'timeout', timer, 'const:0')).toThrow('demo: timeout: "const:0" — mean 0 must be >= 1');
    expect(describeRange(timer)).toMatch(/with mean >= 1$/);
  });

  it('should return the canonical form of a distribution', () => {
    expect(coerceParam('demo', 'latency', specs.latency, ' uniform:150:300 ')).toBe('uniform:150:300');
  });

  it('should reject a non-string distribution', () => {
    expect(() => coerceParam('demo', 'latency', specs.latency, 5)).toThrow('demo: latency: 5 — must be a distribution');
  });
});

describe('describeRange', () => {
  it('should describe each kind of parameter', () => {
    expect(describeRange(specs.nodes)).toBe('an integer in [1, 1000]');
    expect(describeRange(specs.rate)).toBe('a number in [0, 1]');
    expect(describeRange(specs.strategy)).toBe('one of p2c, random, round-robin');
    expect(describeRange(specs.verbose)).toBe('true or false');
    expect(describeRange(specs.latency)).toMatch(/^a distribution/);
    expect(describeRange(specs.label)).toBe('a string matching /^[a-z]+$/');
    expect(describeRange(str('', 'free'))).toBe('a string');
  });
});
