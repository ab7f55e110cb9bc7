/**
 * Canonical JSON: object keys sorted (except that a `type` key comes first, as in every XState
 * event, which keeps the common case on the fast path), no whitespace, `undefined` members dropped, non-finite
 * numbers as null. Two equal values always give the same text, whatever order their keys were
 * inserted in, so hashes over it are stable across code paths and machines.
 */
export function canonicalJson(value: unknown): string {
  // Native JSON.stringify is several times faster and agrees with the canonical form whenever
  // every object's keys are already sorted and nothing needs special handling.
  return value !== undefined && isPlainSorted(value) ? JSON.stringify(value) : slowCanonicalJson(value);
}

function isPlainSorted(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) {
    // bigint (JSON.stringify throws), symbol and function (it returns undefined) take the slow path.
    return typeof value === 'number' ? Number.isFinite(value) : typeof value !== 'bigint' && typeof value !== 'symbol' && typeof value !== 'function';
  }
  if (Array.isArray(value)) {
    for (const v of value) if (v === undefined || typeof v === 'function' || !isPlainSorted(v)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  let previous: string | undefined;
  for (const key in value) {
    if (previous !== undefined && compareKeys(previous, key) > 0) return false;
    previous = key;
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === 'function' || typeof v === 'bigint' || typeof v === 'symbol' || !isPlainSorted(v)) return false;
  }
  return true;
}

function slowCanonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined || typeof v === 'function' ? 'null' : slowCanonicalJson(v))).join(',')}]`;
      if (value instanceof Map) return slowCanonicalJson(Object.fromEntries(value));
      if (value instanceof Set) return slowCanonicalJson([...value]);
      return objectJson(value as Record<string, unknown>);
    default:
      return 'null';
  }
}

function objectJson(record: Record<string, unknown>): string {
  const keys = Object.keys(record);
  // Most payloads are built with keys already in order; sorting only when needed is cheaper.
  for (let i = 1; i < keys.length; i++) {
    if (compareKeys(keys[i - 1]!, keys[i]!) > 0) {
      keys.sort(compareKeys);
      break;
    }
  }
  let out = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined || typeof v === 'function') continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${slowCanonicalJson(v)}`;
  }
  return `${out}}`;
}

/** The canonical key order: `type` first, then by UTF-16 code units. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'type') return -1;
  if (b === 'type') return 1;
  return a < b ? -1 : 1;
}
