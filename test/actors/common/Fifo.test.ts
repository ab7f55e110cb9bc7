import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { Fifo } from '../../../actors/index.js';

describe('Fifo', () => {
  test.prop([fc.array(fc.oneof(fc.integer(), fc.constant(null)), { maxLength: 5000 })])(
    'should behave like an array queue for any sequence of pushes (numbers) and shifts (null)',
    (ops) => {
      const fifo = new Fifo<number>();
      const model: number[] = [];
      for (const op of ops) {
        if (op === null) expect(fifo.shift()).toBe(model.shift());
        else {
          fifo.push(op);
          model.push(op);
        }
        expect(fifo.size).toBe(model.length);
        expect(fifo.peek()).toBe(model[0]);
      }
    },
  );
});
