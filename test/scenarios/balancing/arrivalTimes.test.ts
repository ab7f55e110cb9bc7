import { describe, expect, it } from 'vitest';
import { arrivalTimes, parseArrivalCsv, Rng } from '../../../index.js';

describe('parseArrivalCsv', () => {
  it('should read the first column, skipping a header, comments and blank lines', () => {
    expect(Array.from(parseArrivalCsv('time_ms,x\n# c\n\n1,a\n2.5,b\r\n2.5\n', 'f'))).toEqual([1, 2.5, 2.5]);
  });
  it('should reject decreasing times and non-numbers, naming the line', () => {
    expect(() => parseArrivalCsv('1\n0\n', 'f')).toThrow(/f: line 2: arrival time 0 is before/);
    expect(() => parseArrivalCsv('1\nx\n', 'f')).toThrow(/f: line 2: "x"/);
    expect(() => parseArrivalCsv('# nothing\n', 'f')).toThrow(/no arrival times/);
  });
});

describe('arrivalTimes', () => {
  it('should draw Poisson arrivals with the requested mean rate and constant ones evenly', () => {
    const p = arrivalTimes({ arrival: 'poisson', count: 20_000, ratePerMs: 2, rng: new Rng(1), readInput: () => '' });
    expect(p[p.length - 1]! / p.length).toBeCloseTo(0.5, 1);
    const c = arrivalTimes({ arrival: 'constant', count: 3, ratePerMs: 0.5, rng: new Rng(1), readInput: () => '' });
    expect(Array.from(c)).toEqual([2, 4, 6]);
  });
});
