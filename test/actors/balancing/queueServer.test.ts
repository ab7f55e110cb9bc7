import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createSimulation, parseDistribution, queueServerMachine, type LoadQueryEvent, type ServedRequest, type ServerRequestEvent, type ServerResponseEvent } from '../../../index.js';

const request = (id: number): ServerRequestEvent => ({ type: 'request', id, t0: 0, lb: 'lb', sent: 0 });

describe('queueServerMachine', () => {
  it('should serve requests one at a time in FIFO order and answer the balancer with its load', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:0' } });
    const served: ServedRequest[] = [];
    sim.spawn(queueServerMachine, {
      id: 'server',
      input: (env) => ({ env, service: parseDistribution('const:10'), probe: { arrived: () => {}, completed: (_s, _t, r) => served.push(r) } }),
    });
    const responses: { time: number; event: ServerResponseEvent }[] = [];
    sim.signals$.pipe(filter((s) => s.kind === 'send' && s.type === 'response')).subscribe((s) => responses.push({ time: s.time, event: s.payload as ServerResponseEvent }));
    for (let id = 0; id < 3; id++) sim.inject('server', request(id));
    sim.run({ until: 100 });
    expect(responses.map((r) => [r.time, r.event.id, r.event.load])).toEqual([
      [10, 0, 2],
      [20, 1, 1],
      [30, 2, 0],
    ]);
    expect(served.map((r) => r.startedAt)).toEqual([0, 10, 20]);
    expect(sim.actor('server')!.getSnapshot().value).toBe('idle');
  });

  it('should answer a load query with its current number in system', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:1' } });
    sim.spawn(queueServerMachine, { id: 'server', input: (env) => ({ env, service: parseDistribution('const:50') }) });
    const reports: unknown[] = [];
    sim.signals$.pipe(filter((s) => s.kind === 'send' && s.type === 'load_report')).subscribe((s) => reports.push(s.payload));
    sim.inject('server', request(0));
    sim.inject('server', request(1));
    const query: LoadQueryEvent = { type: 'load_query', from: 'lb' };
    sim.inject('server', query);
    sim.run({ until: 10 });
    expect(reports).toEqual([{ type: 'load_report', server: 'server', load: 2 }]);
  });
});
