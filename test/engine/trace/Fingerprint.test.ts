import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { canonicalJson, CHECKPOINT_EVERY, divergenceWindow, Fingerprint } from '../../../engine/index.js';

function hashOf(payloads: readonly unknown[], header = 'h'): string {
  const fp = new Fingerprint(header);
  payloads.forEach((p, i) => fp.event(i, 'signal', 'src', 'dst', 'type', p, undefined));
  return fp.digest();
}

// Values canonicalJson renders specially: undefined members, non-finite numbers, -0, Maps, Sets.
const oddValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 1 }),
    fc.constantFrom(NaN, Infinity, -Infinity, -0, undefined, 0.1, 2 ** 40, -(2 ** 31)),
    fc.array(tie('value')),
    fc.dictionary(fc.constantFrom('type', 'a', 'b', '10', '9', 'z'), tie('value')),
    fc.dictionary(fc.string({ maxLength: 3 }), tie('value')).map((o) => new Map(Object.entries(o))),
    fc.array(tie('value'), { maxLength: 3 }).map((xs) => new Set(xs)),
  ),
})).value;

describe('Fingerprint', () => {
  test.prop([fc.array(oddValue, { maxLength: 5 })], { numRuns: 100 })(
    'should hash a payload the same as its canonical JSON parsed back',
    (payloads) => {
      const parsed = payloads.map((p) => (p === undefined ? undefined : (JSON.parse(canonicalJson(p)) as unknown)));
      expect(hashOf(parsed)).toBe(hashOf(payloads));
    },
  );

  test.prop([oddValue, oddValue], { numRuns: 150 })('should hash two payloads alike exactly when their canonical JSON is alike', (a, b) => {
    const same = (a === undefined ? 'none' : canonicalJson(a)) === (b === undefined ? 'none' : canonicalJson(b));
    expect(hashOf([a]) === hashOf([b])).toBe(same);
  });

  test.prop([fc.array(fc.tuple(fc.double({ noNaN: true }), fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 40 }), fc.nat(), fc.string({ maxLength: 6 })])(
    'should change the digest when any one event changes',
    (events, at, replacement) => {
      const k = at % events.length;
      fc.pre(events[k]![1] !== replacement);
      const digest = (evs: typeof events): string => {
        const fp = new Fingerprint('h');
        for (const [t, src, type] of evs) fp.event(t, 'send', src, 'x', type, undefined, undefined);
        return fp.digest();
      };
      const changed = events.map((e, i) => (i === k ? ([e[0], replacement, e[2]] as [number, string, string]) : e));
      expect(digest(changed)).not.toBe(digest(events));
    },
  );

  it('should tell interned strings apart from renamed ones used in the same pattern', () => {
    const run = (a: string, b: string): string => {
      const fp = new Fingerprint('h');
      fp.event(0, 'send', a, b, 't', undefined, undefined);
      fp.event(1, 'send', b, a, 't', undefined, undefined);
      return fp.digest();
    };
    expect(run('x', 'y')).not.toBe(run('p', 'q'));
    expect(run('x', 'y')).toBe(run('x', 'y'));
  });

  it('should tell a missing payload or ref from null, 0 and an empty string', () => {
    const variants = [undefined, null, 0, '', [], {}].map((p) => hashOf([p]));
    expect(new Set(variants).size).toBe(variants.length);
    const withRef = new Fingerprint('h');
    withRef.event(0, 'deliver', 'a', 'b', 't', undefined, 0);
    expect(withRef.digest()).not.toBe(hashOf([undefined]));
  });

  it('should keep one checkpoint per CHECKPOINT_EVERY events, and locate the first differing span', () => {
    const a = new Fingerprint('h');
    const b = new Fingerprint('h');
    for (let i = 0; i < 3 * CHECKPOINT_EVERY + 5; i++) {
      a.event(i, 'timer', 'n', 'n', 'timer', undefined, undefined);
      b.event(i, 'timer', 'n', 'n', i === CHECKPOINT_EVERY + 7 ? 'other' : 'timer', undefined, undefined);
    }
    expect(a.checkpoints).toHaveLength(3);
    expect(a.checkpoints[0]).toBe(b.checkpoints[0]);
    expect(divergenceWindow(a.checkpoints, b.checkpoints)).toEqual({ from: CHECKPOINT_EVERY, to: 2 * CHECKPOINT_EVERY });
    expect(divergenceWindow(a.checkpoints, a.checkpoints.slice(0, 2))).toEqual({ from: 2 * CHECKPOINT_EVERY, to: 3 * CHECKPOINT_EVERY });
  });
});
