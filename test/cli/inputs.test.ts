import { describe, expect, it } from 'vitest';
import { parseSets } from '../../cli/inputs.js';

describe('parseSets', () => {
  it.each(['__proto__', 'constructor', 'toString'])('should keep %s as an own key so it is rejected as a parameter, not silently dropped', (key) => {
    const sets = parseSets([`${key}=1`, 'nodes=5']);
    expect(Object.keys(sets)).toEqual([key, 'nodes']);
    expect(Object.getPrototypeOf(sets)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(sets, key)?.value).toBe('1');
  });

  it.each(['=1', ' =1', 'nodes'])('should reject %j as not key=value', (set) => {
    expect(() => parseSets([set])).toThrow('expected key=value');
  });
});
