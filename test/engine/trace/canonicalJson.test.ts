import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../engine/index.js';

const compareKeys = (a: string, b: string): number => (a === b ? 0 : a === 'type' ? -1 : b === 'type' ? 1 : a < b ? -1 : 1);

/** An independent statement of the canonical form, written for clarity rather than speed. */
function reference(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : reference(v))).join(',')}]`;
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return String(value);
    case 'object': {
      if (value instanceof Map) return reference(Object.fromEntries(value));
      if (value instanceof Set) return reference([...value]);
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined && typeof record[k] !== 'function')
        .sort(compareKeys);
      return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(record[k])}`).join(',')}}`;
    }
    default:
      return 'null';
  }
}

/** The same value with every object's keys inserted in reverse order (forces the slow path). */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) {
    Object.defineProperty(out, key, { value: reversed((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** JSON-like values, with `type` keys common as in XState events, plus non-JSON leaves. */
const { tree } = fc.letrec<{ tree: unknown; leaf: unknown; node: unknown }>((tie) => ({
  leaf: fc.oneof(
    fc.string(),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom(NaN, Infinity, -Infinity, -0),
  ),
  node: fc.oneof(
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom('type', 'a', 'b', 'z', '1', '10', '9', 'Type', '__proto__'), fc.string({ maxLength: 4 })), tie('tree'), { maxKeys: 5 }),
  ),
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('node')),
}));

describe('canonicalJson', () => {
  it('should sort keys with type first and drop undefined members', () => {
    expect(canonicalJson({ z: 1, type: 'hb', a: { y: 2, b: [3, { d: 4, c: 5 }] }, u: undefined })).toBe(
      '{"type":"hb","a":{"b":[3,{"c":5,"d":4}],"y":2},"z":1}',
    );
  });

  it('should give the same text whatever the key insertion order', () => {
    expect(canonicalJson({ b: 1, a: 2 })).toBe(canonicalJson({ a: 2, b: 1 }));
    expect(canonicalJson({ a: 1, type: 'x' })).toBe('{"type":"x","a":1}');
  });

  it('should sort numeric-string keys as strings, not in integer order', () => {
    expect(canonicalJson({ 9: 'a', 10: 'b', type: 't' })).toBe('{"type":"t","10":"b","9":"a"}');
  });

  it('should write non-finite numbers and non-JSON values as null', () => {
    expect(canonicalJson([NaN, Infinity, -Infinity, undefined, () => 1])).toBe('[null,null,null,null,null]');
    expect(canonicalJson({ a: NaN, f: () => 1 })).toBe('{"a":null}');
    expect(canonicalJson(-0)).toBe('0');
  });

  it('should write Maps as objects and Sets as arrays', () => {
    expect(canonicalJson(new Map<string, number>([['b', 1], ['a', 2]]))).toBe('{"a":2,"b":1}');
    expect(canonicalJson({ s: new Set([3, 1]) })).toBe('{"s":[3,1]}');
  });

  it('should never throw on values JSON cannot write', () => {
    expect(canonicalJson({ a: 1n })).toBe('{"a":null}');
    expect(canonicalJson([1n])).toBe('[null]');
    expect(canonicalJson([Symbol('s')])).toBe('[null]');
    expect(canonicalJson(undefined)).toBe('null');
  });

  test.prop([tree], { numRuns: 300 })('should match the reference canonical form', (value) => {
    expect(canonicalJson(value)).toBe(reference(value));
  });

  test.prop([tree], { numRuns: 300 })('should agree between the fast path and the slow path', (value) => {
    // Reversing key order defeats the sorted-keys fast path wherever an object has two keys.
    expect(canonicalJson(reversed(value))).toBe(canonicalJson(value));
  });

  test.prop([fc.jsonValue()])('should round-trip JSON values through JSON.parse', (value) => {
    const text = canonicalJson(value);
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });
});
