/**
 * The guided search on a toy whose bad state needs one narrow sequence of two faults: the worker
 * `k` must go silent (crash or pause of its node), and then — while the watcher is alarmed, a
 * 100 ms window — the watcher's own node must be paused. Seeded, so both searches are
 * deterministic: the guided one keeps the case that alarmed the watcher (a new transition) and
 * the one that hit the watcher while alarmed (a new fault-state pair) and mutates them; the
 * random one needs both faults drawn right at once. With an observer that declares the alarm a
 * near miss, the guided search tries each fault kind right after the first alarm and is done at once.
 */
import { filter } from 'rxjs';
import { setup } from 'xstate';
import { describe, expect, it } from 'vitest';
import { runExplore } from '../../cli/explore/runExplore.js';
import { netSend } from '../../engine/index.js';
import { defineScenario, int } from '../../scenarios/index.js';

const watcher = setup({ types: { events: {} as { type: 'beat' } } }).createMachine({
  id: 'watcher',
  initial: 'calm',
  states: {
    calm: { on: { beat: { target: 'calm', reenter: true } }, after: { 50: 'alarmed' } },
    alarmed: { on: { beat: 'calm' }, after: { 100: 'resigned' } },
    resigned: { on: { beat: 'calm' } },
  },
});

const worker = setup({ actions: { beat: netSend('w', { type: 'beat' }) } }).createMachine({
  id: 'worker',
  initial: 'on',
  states: { on: { entry: 'beat', after: { 20: { target: 'on', reenter: true } } } },
});

const idle = setup({}).createMachine({ id: 'idle' });

const NODES = ['w', 'k', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6'];

/** The toy, optionally with an observer that declares the watcher's alarm a near miss (on its node). */
const makeToy = (observer: boolean) => defineScenario({
  name: 'toy-watch',
  summary: 'a watcher alarmed by a silent worker must not be paused while alarmed',
  params: { duration_ms: int(1000, 100, 10_000, 'run length') },
  explore: { targets: () => NODES, faults: ['crash', 'restart', 'pause', 'resume'], horizonMs: () => 1000 },
  build({ sim, params }) {
    sim.spawn(watcher, { id: 'w' });
    sim.spawn(worker, { id: 'k' });
    for (const id of NODES.slice(2)) sim.spawn(idle, { id });
    if (observer) {
      const points = sim.observedPoints({ name: 'toy-near-miss', states: ['watching'], transitions: [['watching', 'watching', 'alarmed']] });
      sim.signalsOf('state').pipe(filter((s) => s.src === 'w' && s.type === 'alarmed')).subscribe(() => points.hit('w', 'watching', 'watching', 'alarmed'));
    }
    let violations = 0;
    sim.signals$.pipe(filter((s) => s.kind === 'fault' && s.type === 'pause' && s.dst.split(',').includes('w'))).subscribe(() => {
      if (sim.actor('w')?.getSnapshot().value === 'alarmed') violations++;
    });
    return {
      durationMs: params.duration_ms,
      invariants: () => [{ name: 'toy.no-pause-while-alarmed', holds: violations === 0, violations }],
    };
  },
});

const toy = makeToy(false);
const RUNS = 600;

describe('runExplore (guided)', () => {
  // Explore seed 2: over seeds 1..6 at 600 runs, guided found the bad state in 6 of 6 and random in
  // 4 of 6 (see BENCHMARKS.md); on this seed random misses it.
  it('should reach the two-fault bad state within the budget where random draws do not, and shrink it', () => {
    const base = { runs: RUNS, seed: 2, sets: {}, bugs: [] };
    expect(runExplore(toy, { ...base, shrink: false }).found).toBe(false);
    const guided = runExplore(toy, { ...base, guided: true });
    if (!guided.found) throw new Error('guided search found nothing');
    expect(guided.runs).toBeLessThanOrEqual(RUNS);
    const faults = guided.counterexample.faults.map((f) => `${f.kind} ${'targets' in f ? (f.targets ?? []).join(',') : ''}`);
    expect(faults).toEqual([expect.stringMatching(/^(crash|pause) k$/), 'pause w']);
    // Reproducible: the same explore seed finds it at the same run.
    expect(runExplore(toy, { ...base, guided: true, shrink: false }).runs).toBe(guided.runs);
  });

  it("should try every fault kind right after an observer's near miss the first time a run reaches it", () => {
    const base = { runs: RUNS, seed: 2, sets: {}, bugs: [], guided: true, shrink: false };
    const plain = runExplore(toy, base);
    const near = runExplore(makeToy(true), base);
    expect(near.found).toBe(true);
    // The first alarm is also the first new transition of the watcher: a pause of w right after it is among the stage's children.
    // Seed 2: 10 runs against 165.
    expect(near.runs).toBeLessThan(plain.runs / 4);
  });
});
