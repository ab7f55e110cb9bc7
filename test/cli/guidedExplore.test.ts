/**
 * The guided search on a toy whose bad state needs one narrow sequence of two faults: the worker
 * `k` must go silent (crash or pause of its node), and then — while the watcher is alarmed, a
 * 100 ms window — the watcher's own node must be paused. Seeded, so both searches are
 * deterministic: the guided one keeps the case that alarmed the watcher (a new transition) and
 * the one that hit the watcher while alarmed (a new fault-state pair) and mutates them; the
 * random one needs both faults drawn right at once.
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
    calm: { on: { beat: { target: 'calm', reenter: true } }, after: { 30: 'alarmed' } },
    alarmed: { on: { beat: 'calm' }, after: { 100: 'resigned' } },
    resigned: { on: { beat: 'calm' } },
  },
});

const worker = setup({ actions: { beat: netSend('w', { type: 'beat' }) } }).createMachine({
  id: 'worker',
  initial: 'on',
  states: { on: { entry: 'beat', after: { 10: { target: 'on', reenter: true } } } },
});

const NODES = ['w', 'k', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6'];

const toy = defineScenario({
  name: 'toy-watch',
  summary: 'a watcher alarmed by a silent worker must not be paused while alarmed',
  params: { duration_ms: int(1000, 100, 10_000, 'run length') },
  explore: { targets: () => NODES, faults: ['crash', 'restart', 'pause', 'resume'] },
  build({ sim, params }) {
    sim.spawn(watcher, { id: 'w' });
    sim.spawn(worker, { id: 'k' });
    for (const id of NODES.slice(2)) sim.spawn(watcher, { id });
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

const RUNS = 600;

describe('runExplore (guided)', () => {
  it('should reach the two-fault bad state within the budget where random draws do not', () => {
    const base = { runs: RUNS, seed: 3, sets: {}, bugs: [], shrink: false };
    const random = runExplore(toy, base);
    const guided = runExplore(toy, { ...base, guided: true });
    expect(random.found).toBe(false);
    expect(guided.found).toBe(true);
    expect(guided.runs).toBeLessThanOrEqual(RUNS);
  });

  it('should be reproducible and shrink what it finds with fast-check', () => {
    const a = runExplore(toy, { runs: RUNS, seed: 3, sets: {}, bugs: [], guided: true });
    const b = runExplore(toy, { runs: RUNS, seed: 3, sets: {}, bugs: [], guided: true });
    expect(a).toEqual(b);
    if (!a.found) throw new Error('guided search found nothing');
    expect(a.counterexample.faults.map((f) => `${f.kind} ${'targets' in f ? f.targets?.join(',') : ''}`)).toEqual([expect.stringMatching(/^(crash|pause) k$/), 'pause w']);
  });
});
