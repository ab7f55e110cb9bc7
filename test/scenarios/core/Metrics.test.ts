import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Metrics, summarize } from '../../../scenarios/index.js';

describe('summarize', () => {
  it('should summarise 1..5 given out of order (hand-computed)', () => {
    // mean 3; sample variance (4+1+0+1+4)/4 = 2.5; p90 at index 0.9*4 = 3.6 -> 4 + 0.6*(5-4).
    expect(summarize([5, 1, 3, 2, 4])).toEqual({ unit: 'ms', count: 5, mean: 3, std: 1.581139, min: 1, p50: 3, p90: 4.6, p99: 4.96, max: 5 });
  });

  it('should interpolate quantiles linearly like numpy (hand-computed on 1..10)', () => {
    const s = summarize(Array.from({ length: 10 }, (_, i) => 10 - i), 'count');
    // p50 at index 4.5 -> 5.5; p90 at 8.1 -> 9.1; p99 at 8.91 -> 9.91; std = sqrt(82.5 / 9).
    expect(s).toEqual({ unit: 'count', count: 10, mean: 5.5, std: 3.02765, min: 1, p50: 5.5, p90: 9.1, p99: 9.91, max: 10 });
  });

  it('should handle one sample and negative values', () => {
    expect(summarize([7])).toEqual({ unit: 'ms', count: 1, mean: 7, std: 0, min: 7, p50: 7, p90: 7, p99: 7, max: 7 });
    expect(summarize([-2, 2])).toMatchObject({ mean: 0, min: -2, max: 2, p50: 0, p90: 1.6, std: 2.828427 });
  });

  it('should report nulls for no samples', () => {
    expect(summarize([], 'ms')).toEqual({ unit: 'ms', count: 0, mean: null, std: null, min: null, p50: null, p90: null, p99: null, max: null });
  });

  it('should round to 6 decimals', () => {
    expect(summarize([0.1234567891]).mean).toBe(0.123457);
  });

  test.prop([fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 200 })])('should order min <= p50 <= p90 <= p99 <= max around the mean', (samples) => {
    const s = summarize(samples);
    expect(s.count).toBe(samples.length);
    expect(s.min).toBe(Math.min(...samples));
    expect(s.max).toBe(Math.max(...samples));
    expect(s.min!).toBeLessThanOrEqual(s.p50!);
    expect(s.p50!).toBeLessThanOrEqual(s.p90!);
    expect(s.p90!).toBeLessThanOrEqual(s.p99!);
    expect(s.p99!).toBeLessThanOrEqual(s.max!);
    expect(s.mean!).toBeGreaterThanOrEqual(s.min! - 1e-6);
    expect(s.mean!).toBeLessThanOrEqual(s.max! + 1e-6);
    expect(s.std!).toBeGreaterThanOrEqual(0);
  });
});

describe('Metrics', () => {
  it('should collect samples, scalars and counters and summarise distributions first', () => {
    const published: [string, number][] = [];
    const metrics = new Metrics((name, value) => published.push([name, value]));
    metrics.set('false_positives', 0);
    metrics.declare('empty_ms');
    metrics.sample('detection_ms', 3000);
    metrics.sample('detection_ms', 3100);
    metrics.count('messages_count');
    metrics.count('messages_count', 4);
    metrics.set('ratio', 0.5, 'ratio');
    expect(metrics.samples('detection_ms')).toEqual([3000, 3100]);
    expect(metrics.samples('unknown')).toEqual([]);
    expect(published).toEqual([
      ['metric.detection_ms', 3000],
      ['metric.detection_ms', 3100],
    ]);
    const summary = metrics.summarize();
    expect(Object.keys(summary)).toEqual(['empty_ms', 'detection_ms', 'false_positives', 'messages_count', 'ratio']);
    expect(summary['empty_ms']).toMatchObject({ count: 0, mean: null });
    expect(summary['detection_ms']).toMatchObject({ unit: 'ms', count: 2, mean: 3050, min: 3000, max: 3100, p50: 3050 });
    expect(summary['false_positives']).toEqual({ unit: 'count', value: 0 });
    expect(summary['messages_count']).toEqual({ unit: 'count', value: 5 });
    expect(summary['ratio']).toEqual({ unit: 'ratio', value: 0.5 });
  });

  it('should work without a publisher', () => {
    const metrics = new Metrics();
    metrics.sample('x_ms', 1);
    expect(metrics.summarize()['x_ms']).toMatchObject({ count: 1 });
  });
});
