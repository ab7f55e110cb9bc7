import { describe, expect, it } from 'vitest';
import { countEntries, MemoryModel, type MemoryActor } from '../../../engine/index.js';

const actor = (id: string, context: unknown, queued = 0, node = id): MemoryActor => ({ id, node, role: id.replace(/-\d+$/, ''), queued, context: () => context });

describe('countEntries', () => {
  it('should count the elements of maps, sets and arrays reachable from plain objects and class instances', () => {
    class Table {
      readonly rows = new Map([['a', [1, 2, 3]], ['b', [4]]]);
      readonly name = 'table';
    }
    // Map: 2 entries + their arrays (3 + 1 elements); Set: 2; nested object's array: 2.
    expect(countEntries({ t: new Table(), s: new Set([1, 2]), o: { xs: [1, 2] }, n: 5 }, 6, new WeakSet())).toBe(2 + 4 + 2 + 2);
  });

  it('should extrapolate large collections from a sample of their elements', () => {
    const windows = new Map(Array.from({ length: 1000 }, (_, i) => [`m${i}`, new Array(10).fill(0)]));
    expect(countEntries(windows, 6, new WeakSet())).toBe(1000 + 1000 * 10);
  });
});

describe('MemoryModel', () => {
  const model = new MemoryModel({ baseOf: (role) => (role === 'var' ? 100 : 1000), entryBytes: 10, messageBytes: 50 });

  it('should give each actor its role base plus its holdings and queued messages', () => {
    const [a, v] = model.read([actor('agent-1', { log: ['x', 'y', 'z'] }, 2), actor('var-1', {})]);
    expect(a).toEqual({ id: 'agent-1', node: 'agent-1', role: 'agent', bytes: 1000 + 3 * 10 + 2 * 50, entries: 3 });
    expect(v!.bytes).toBe(100);
  });

  it('should count a structure shared by several actors once', () => {
    const roster = ['a', 'b', 'c', 'd'];
    const [a, b] = model.read([actor('agent-1', { roster }), actor('agent-2', { roster })]);
    expect(a!.entries + b!.entries).toBe(4);
  });

  it('should leave down actors out', () => {
    expect(model.read([actor('agent-1', undefined)])).toEqual([]);
  });
});
