import { describe, expect, it } from 'vitest';
import { checkAlertQuantities, collectSeries, createMonitor, parseAlertRule, type MonitorReport, type RunSeries } from '../../analysis/index.js';
import { failureDetection, runScenario } from '../../scenarios/index.js';

const params = { nodes: 20, duration_ms: 20000, crash: 3 };

describe('createMonitor', () => {
  it('should sample every interval, leave the trace hash unchanged, and raise and resolve alerts', () => {
    const plain = runScenario(failureDetection, params, 7);
    const rules = [parseAlertRule('detection_ms.count>=1:critical'), parseAlertRule('send.rate>1')];
    const watched = runScenario(failureDetection, params, 7, { observe: [createMonitor({ intervalMs: 1000, rules })] });
    expect(watched.traceHash).toBe(plain.traceHash);
    const monitor = watched.monitor as MonitorReport;
    expect(monitor.samples).toHaveLength(20);
    expect(monitor.samples[0]).toMatchObject({ t: 1000, from: 0 });
    const sends = monitor.samples.reduce((a, s) => a + s.kinds['send']!, 0);
    expect(sends).toBe(watched.metrics['messages_count'] && 'value' in watched.metrics['messages_count'] ? watched.metrics['messages_count'].value : sends);
    const detections = monitor.samples.reduce((a, s) => a + (s.metrics['detection_ms']?.count ?? 0), 0);
    const detectionMetric = watched.metrics['detection_ms']!;
    expect(detections).toBe('count' in detectionMetric ? detectionMetric.count : -1);
    const raised = monitor.alerts.filter((a) => a.rule.startsWith('detection_ms') && a.state === 'raised');
    expect(raised.length).toBeGreaterThan(0);
    expect(raised[0]!.severity).toBe('critical');
    // Alerts alternate raised / resolved per rule.
    const states = monitor.alerts.filter((a) => a.rule.startsWith('detection_ms')).map((a) => a.state);
    states.forEach((s, i) => expect(s).toBe(i % 2 === 0 ? 'raised' : 'resolved'));
    expect(monitor.alerts.some((a) => a.rule === 'send.rate>1' && a.state === 'raised')).toBe(true);
  });

  it('should keep the in-flight gauge between zero and the messages sent', () => {
    const r = runScenario(failureDetection, params, 8, { observe: [createMonitor({ intervalMs: 2000 })] });
    for (const s of (r.monitor as MonitorReport).samples) {
      expect(s.inFlight.mean).toBeGreaterThanOrEqual(0);
      expect(s.inFlight.max).toBeGreaterThanOrEqual(s.inFlight.mean);
      expect(s.inFlight.max).toBeLessThanOrEqual(s.kinds['send']! + 100);
    }
  });
});

describe('createMonitor bounds', () => {
  it.each([0, 0.001, 1e-300, 86_400_001, Number.NaN, Infinity])('should refuse an interval of %d ms with a usage error naming the range', (intervalMs) => {
    expect(() => createMonitor({ intervalMs })).toThrow(/monitor\.intervalMs .*: expected an interval in virtual ms in \[1, 86400000\]/);
  });

  it('should decimate samples past maxSamples and count alert transitions past maxAlerts', () => {
    const rules = [parseAlertRule('send.count>0'), parseAlertRule('send.count<1')];
    const run = runScenario(failureDetection, { ...params, duration_ms: 5000 }, 7, { observe: [createMonitor({ intervalMs: 1, rules, maxSamples: 100, maxAlerts: 50 })] });
    const monitor = run.monitor as MonitorReport;
    expect(monitor.samples.length).toBeLessThan(200);
    expect(monitor.samples.length).toBeGreaterThanOrEqual(100);
    expect(monitor.sampleStride).toBeGreaterThan(1);
    // Kept samples are evenly spread: every sampleStride-th tick from the first.
    expect(monitor.samples.slice(0, 3).map((s) => s.t)).toEqual([1, 1 + monitor.sampleStride!, 1 + 2 * monitor.sampleStride!]);
    expect(monitor.alerts).toHaveLength(50);
    expect(monitor.droppedAlerts).toBeGreaterThan(0);
  });
});

describe('checkAlertQuantities', () => {
  it('should accept event kinds, in_flight and the run\'s metrics, and name a quantity the scenario does not have', () => {
    const rules = ['send.rate>1', 'in_flight.max>3', 'detection_ms.max>5'].map(parseAlertRule);
    expect(() => checkAlertQuantities(rules, 'failure-detection', ['detection_ms'])).not.toThrow();
    expect(() => checkAlertQuantities([parseAlertRule('detecton_ms.max>5')], 'failure-detection', ['detection_ms'])).toThrow(
      /--alert detecton_ms\.max>5: failure-detection has no metric or quantity "detecton_ms" \(known: detection_ms, in_flight, send/,
    );
  });
});

describe('parseAlertRule', () => {
  it('should parse the grammar and reject anything else with a usage error', () => {
    expect(parseAlertRule('detection_ms.max>5000:critical')).toMatchObject({ quantity: 'detection_ms', stat: 'max', op: '>', threshold: 5000, severity: 'critical' });
    expect(parseAlertRule('drop>=3')).toMatchObject({ stat: 'count', op: '>=', severity: 'warning' });
    expect(parseAlertRule('in_flight<10')).toMatchObject({ stat: 'mean' });
    expect(() => parseAlertRule('detection_ms ~ 5')).toThrow(/--alert detection_ms ~ 5: expected/);
  });
});

describe('collectSeries', () => {
  it('should keep every sample under the cap and decimate evenly past it', () => {
    const r = runScenario(failureDetection, { ...params, crash: 10 }, 9, { observe: [collectSeries({ cap: 4 })] });
    const s = (r.series as RunSeries).metrics['detection_ms']!;
    expect(s.total).toBe(10);
    expect(s.v.length).toBeLessThan(8);
    expect(s.v.length).toBeGreaterThanOrEqual(4);
    const full = runScenario(failureDetection, { ...params, crash: 10 }, 9, { observe: [collectSeries()] });
    const all = (full.series as RunSeries).metrics['detection_ms']!;
    expect(all.v).toHaveLength(10);
    expect(s.v).toEqual(all.v.filter((_, i) => i % s.stride === 0));
  });
});
