import { describe, expect, it } from 'vitest';
import { parseFaultPlan, partitionGroups, UsageError } from '../../../engine/index.js';

describe('parseFaultPlan', () => {
  it('should accept every kind of fault', () => {
    const plan = [
      { at: 0, kind: 'crash', targets: ['n1'] },
      { at: 1, kind: 'restart', targets: ['n1'] },
      { at: 2, kind: 'pause', targets: ['n2'] },
      { at: 3, kind: 'resume', targets: ['n2'] },
      { at: 4, kind: 'partition', targets: ['n3'] },
      { at: 5, kind: 'partition', id: 'racks', groups: [['a'], ['b']] },
      { at: 6, kind: 'heal', id: 'racks' },
      { at: 7, kind: 'heal' },
      { at: 8, kind: 'loss', rate: 0.5 },
      { at: 9, kind: 'loss', rate: 0, targets: ['n4'] },
      { at: 10, kind: 'skew', rate: 2, targets: ['n5'] },
    ];
    expect(parseFaultPlan(plan)).toEqual(plan);
  });

  it.each([
    [[{ at: -1, kind: 'crash', targets: ['n1'] }], /^faults\[0\]\.at: /],
    [[{ at: 0, kind: 'explode', targets: ['n1'] }], /^faults\[0\]\.kind: /],
    [[{ at: 0, kind: 'crash', targets: [] }], /^faults\[0\]\.targets: /],
    [[{ at: 0, kind: 'crash', targets: ['n1'], extra: 1 }], /^faults\[0\]/],
    [[{ at: 0, kind: 'loss', rate: 2 }], /^faults\[0\]\.rate: /],
    [[{ at: 0, kind: 'skew', rate: 0, targets: ['n1'] }], /^faults\[0\]\.rate: /],
    [[{ at: 0, kind: 'partition' }], /^faults\[0\]: a partition needs exactly one of "targets" or "groups"$/],
    [[{ at: 0, kind: 'partition', targets: ['a'], groups: [['b']] }], /exactly one of/],
    [{ at: 0 }, /^faults: /],
    [[{ at: 0, kind: 'skew', rate: 1e-300, targets: ['n1'] }], /^faults\[0\]\.rate: .*0\.001/],
    [[{ at: 0, kind: 'skew', rate: 1e308, targets: ['n1'] }], /^faults\[0\]\.rate: .*1000/],
    [[{ at: 86_400_001, kind: 'crash', targets: ['n1'] }], /^faults\[0\]\.at: .*86400000/],
    [[{ at: 0, kind: 'partition', groups: [['a', 'b'], ['b', 'c']] }], /^faults\[0\]: node "b" is listed twice in the partition/],
    [[{ at: 0, kind: 'partition', targets: ['a', 'a'] }], /^faults\[0\]: node "a" is listed twice/],
    [
      [
        { at: 5, kind: 'partition', id: 'cut', targets: ['b'] },
        { at: 1, kind: 'partition', id: 'cut', targets: ['a'] },
      ],
      /^faults\[0\]: partition id "cut" is already in use by faults\[1\], not healed by then/,
    ],
    [
      [
        { at: 1, kind: 'partition', targets: ['a'] },
        { at: 1, kind: 'partition', targets: ['b'] },
      ],
      /^faults\[1\]: partition id "p1" is already in use/,
    ],
  ])('should reject a bad plan with a UsageError naming the entry (%j)', (plan, message) => {
    expect(() => parseFaultPlan(plan)).toThrow(UsageError);
    expect(() => parseFaultPlan(plan)).toThrow(message);
  });
});

describe('parseFaultPlan partition ids', () => {
  it('should accept reusing a cut id once a heal of that id, or of every cut, removed it', () => {
    const plan = [
      { at: 1, kind: 'partition', id: 'cut', targets: ['a'] },
      { at: 2, kind: 'heal', id: 'cut' },
      { at: 3, kind: 'partition', id: 'cut', targets: ['b'] },
      { at: 4, kind: 'heal' },
      { at: 5, kind: 'partition', id: 'cut', groups: [['a'], ['b']] },
    ];
    expect(parseFaultPlan(plan)).toEqual(plan);
  });
});

describe('partitionGroups', () => {
  it('should isolate targets as one group or use explicit groups', () => {
    expect(partitionGroups({ at: 0, kind: 'partition', targets: ['a', 'b'] })).toEqual([['a', 'b']]);
    expect(partitionGroups({ at: 0, kind: 'partition', groups: [['a'], ['b']] })).toEqual([['a'], ['b']]);
  });
});
