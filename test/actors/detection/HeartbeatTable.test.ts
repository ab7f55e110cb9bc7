import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { HeartbeatTable } from '../../../actors/index.js';

describe('HeartbeatTable', () => {
  it('should count every member as heard at creation', () => {
    const table = new HeartbeatTable(['a', 'b'], 100);
    expect(table.alive).toBe(2);
    expect(table.expire(1099, 1000)).toEqual([]);
    expect(table.expire(1100, 1000)).toEqual(['a', 'b']);
    expect(table.alive).toBe(0);
    expect(table.isDeclared('a')).toBe(true);
  });

  it('should declare only members silent for at least the timeout', () => {
    const table = new HeartbeatTable(['a', 'b', 'c'], 0);
    table.beat('b', 500);
    table.beat('a', 700);
    expect(table.expire(1000, 1000)).toEqual(['c']);
    expect(table.expire(1500, 1000)).toEqual(['b']);
    expect(table.isDeclared('a')).toBe(false);
    expect(table.alive).toBe(1);
  });

  it('should report a declared member that beats again as back', () => {
    const table = new HeartbeatTable(['a'], 0);
    expect(table.beat('a', 10)).toBe(false);
    table.expire(2000, 1000);
    expect(table.beat('a', 2100)).toBe(true);
    expect(table.isDeclared('a')).toBe(false);
    expect(table.beat('a', 2200)).toBe(false);
    expect(table.alive).toBe(1);
  });

  test.prop([fc.integer({ min: 0, max: 6 }), fc.array(fc.tuple(fc.nat({ max: 9 }), fc.integer({ min: 0, max: 50 }), fc.boolean()), { maxLength: 100 })])(
    'should expire in last-heard order, strangers included, as a re-inserted Map would',
    (n, ops) => {
      const members = Array.from({ length: n }, (_, i) => `m${i}`);
      const table = new HeartbeatTable(members, 0);
      const order = new Map(members.map((m) => [m, 0]));
      let now = 0;
      for (const [who, dt, sweep] of ops) {
        now += dt;
        if (sweep) {
          const expected: string[] = [];
          for (const [m, t] of order) {
            if (now - t < 40) break;
            expected.push(m);
          }
          for (const m of expected) order.delete(m);
          expect(table.expire(now, 40)).toEqual(expected);
        } else {
          order.delete(`m${who}`);
          order.set(`m${who}`, now);
          table.beat(`m${who}`, now);
        }
        expect(table.alive).toBe(order.size);
      }
    },
  );

  test.prop([
    fc.integer({ min: 1, max: 10 }),
    fc.array(fc.tuple(fc.nat({ max: 9 }), fc.integer({ min: 0, max: 100 }), fc.boolean()), { maxLength: 100 }),
    fc.integer({ min: 1, max: 300 }),
  ])('should expire exactly the members a naive last-seen map would', (n, ops, timeout) => {
    const members = Array.from({ length: n }, (_, i) => `m${i}`);
    const table = new HeartbeatTable(members, 0);
    const lastSeen = new Map(members.map((m) => [m, 0]));
    const declared = new Set<string>();
    let now = 0;
    for (const [who, dt, sweep] of ops) {
      now += dt;
      if (sweep) {
        const expected = [...lastSeen].filter(([m, t]) => !declared.has(m) && now - t >= timeout).map(([m]) => m);
        const got = table.expire(now, timeout);
        expect(new Set(got)).toEqual(new Set(expected));
        for (const m of got) declared.add(m);
      } else {
        const m = members[who % n]!;
        expect(table.beat(m, now)).toBe(declared.has(m));
        declared.delete(m);
        lastSeen.set(m, now);
      }
      expect(table.alive).toBe(n - declared.size);
      for (const m of members) expect(table.isDeclared(m)).toBe(declared.has(m));
    }
  });
});
