import { assign, setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { coveragePoints, coverageTotals, createSimulation, type ActorEnv, type CoverageCollector, type CoverageReport } from '../../../engine/index.js';

const SPEC = { name: 'toy-core', states: ['low', 'high'], transitions: [['low', 'high', 'bump'], ['high', 'low', 'reset'], ['high', 'high', 'again']] as const, role: true };

const toy = setup({
  types: { context: {} as { n: number; points: ReturnType<typeof coveragePoints> }, input: {} as { env: ActorEnv }, events: {} as { type: 'inc' } | { type: 'never' } },
  guards: { big: ({ context }) => context.n >= 2 },
}).createMachine({
  id: 'toy',
  context: ({ input }) => ({ n: 0, points: coveragePoints(input.env.coverage, SPEC) }),
  initial: 'idle',
  states: {
    idle: {
      on: { inc: { target: 'busy', actions: assign({ n: ({ context }) => context.n + 1 }) }, never: 'done' },
    },
    busy: {
      entry: ({ context }) => context.points.hit('low', 'high', 'bump'),
      always: [{ guard: 'big', target: 'done' }],
      after: { 100: 'idle' },
    },
    done: { type: 'final' },
  },
});

function run(coverage: boolean, clock = false): { hash: string; report?: CoverageReport; collector?: CoverageCollector } {
  const sim = createSimulation({ seed: 1 });
  const collector = coverage ? sim.enableCoverage() : undefined;
  if (clock) collector!.clock = () => sim.now;
  sim.spawn(toy, { id: 'a', input: (env) => ({ env }) });
  sim.kernel.scheduleAt(10, () => sim.inject('a', { type: 'inc' }));
  sim.kernel.scheduleAt(200, () => sim.inject('a', { type: 'inc' }));
  sim.kernel.scheduleAt(250, () => sim.faults.apply({ at: 250, kind: 'crash', targets: ['a'] }));
  sim.run({ until: 1000 });
  return { hash: sim.traceHash, ...(collector ? { report: collector.report(), collector } : {}) };
}

describe('CoverageCollector', () => {
  it('should count the states entered and transitions taken, out of all the machine declares', () => {
    const { report } = run(true);
    const m = report!.machines.find((x) => x.name === 'toy')!;
    expect(m.states).toEqual([
      { name: 'idle', count: 2 },
      { name: 'busy', count: 2 },
      { name: 'done', count: 1 },
    ]);
    const taken = Object.fromEntries(m.transitions.map((t) => [t.key, t.count]));
    expect(taken).toEqual({
      'idle --inc--> busy': 2,
      'idle --never--> done': 0,
      'busy --after 100--> idle': 1,
      'busy --always--> done': 1,
    });
    expect(m.transitions.find((t) => t.event === 'always')!.guard).toBe('big');
    expect(coverageTotals(m)).toEqual({ states: [3, 3], transitions: [3, 4] });
  });

  it('should collect the points a core declares, and pair faults with states', () => {
    const { report } = run(true);
    const core = report!.machines.find((x) => x.name === 'toy-core')!;
    expect(core.kind).toBe('core');
    expect(coverageTotals(core)).toEqual({ states: [2, 2], transitions: [1, 3] });
    expect(report!.faultStates).toEqual({ 'crash @ toy:done': 1, 'crash @ toy-core:high': 1 });
  });

  it('should leave the trace hash unchanged', () => {
    expect(run(true).hash).toBe(run(false).hash);
    expect(run(true, true).hash).toBe(run(false).hash);
  });

  it('should record no moments without a clock, and the same report with one', () => {
    const { collector, report } = run(true);
    expect(collector!.moments()).toEqual([]);
    expect(run(true, true).report).toEqual(report);
  });

  it('should record when and where each actor first (and 2nd, 4th, 16th time) took each point', () => {
    const moments = run(true, true).collector!.moments();
    const at = (key: string): number[] => moments.filter((m) => m.key === key).map((m) => m.at);
    expect(at('toy|idle --inc--> busy')).toEqual([10, 200]);
    expect(at('toy|busy --after 100--> idle')).toEqual([110]);
    expect(at('toy-core|low --bump--> high')).toEqual([10, 200]);
    expect(new Set(moments.map((m) => m.node))).toEqual(new Set(['a']));
    expect(moments.map((m) => m.at)).toEqual([...moments.map((m) => m.at)].sort((x, y) => x - y));
  });

  it("should count an observer's points as a core of its own, each moment on the node it names", () => {
    const sim = createSimulation({ seed: 1 });
    expect(sim.observedPoints(SPEC).enabled).toBe(false);
    const collector = sim.enableCoverage();
    collector.clock = () => sim.now;
    const points = sim.observedPoints({ ...SPEC, name: 'toy-observer', role: false });
    sim.kernel.scheduleAt(5, () => points.hit('n1', 'low', 'high', 'bump'));
    sim.kernel.scheduleAt(7, () => points.hit('n2', 'low', 'high', 'bump'));
    sim.kernel.scheduleAt(9, () => points.hit('n1', 'low', 'high', 'bump'));
    sim.run({ until: 10 });
    const core = collector.report().machines.find((m) => m.name === 'toy-observer')!;
    expect(core).toMatchObject({ kind: 'core', observer: true, states: [{ name: 'low', count: 1 }, { name: 'high', count: 3 }] });
    expect(core.transitions.find((t) => t.event === 'bump')!.count).toBe(3);
    // 1st and 2nd time on each node: the moments are per node, as an actor's are per actor.
    expect(collector.moments().map((m) => [m.at, m.node])).toEqual([[5, 'n1'], [7, 'n2'], [9, 'n1']]);
  });
});
