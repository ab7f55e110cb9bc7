import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { BayesianSearch, CognitiveSearch, evaluatorAgentMachine, GridSearch, optimizerMachine, RandomSearch, type OptimisationStrategy } from '../../../actors/index.js';
import { createSimulation, parseDistribution, Rng } from '../../../engine/index.js';

const f = (x: readonly number[]) => -x.reduce((s, v) => s + (v - 0.3) ** 2, 0);

function bestAfter(s: OptimisationStrategy, iterations: number, batch: number, seed: number): number {
  const rng = new Rng(seed);
  let best = -Infinity;
  for (let i = 0; i < iterations; i++) {
    const pts = s.propose(batch, rng);
    const ys = pts.map(f);
    s.observe(pts, ys);
    best = Math.max(best, ...ys);
  }
  return best;
}

describe('GridSearch', () => {
  it('should enumerate the full grid when it fits the budget', () => {
    const g = new GridSearch(2, 9);
    const pts = g.propose(9, new Rng(1));
    expect(new Set(pts.map((p) => p.join(','))).size).toBe(9);
    expect(pts).toContainEqual([0.5, 1]);
  });
});

describe('BayesianSearch', () => {
  it('should find a better point than random search with the same budget (averaged over seeds)', () => {
    let bayes = 0;
    let random = 0;
    for (let seed = 1; seed <= 5; seed++) {
      bayes += bestAfter(new BayesianSearch(4), 8, 4, seed);
      random += bestAfter(new RandomSearch(4), 8, 4, seed);
    }
    expect(bayes).toBeGreaterThan(random);
  });
});

describe('CognitiveSearch', () => {
  it('should estimate the gradient sign from antithetic pairs', () => {
    const c = new CognitiveSearch(3);
    const pts = c.propose(8, new Rng(2));
    c.observe(pts, pts.map(f));
    // At the centre 0.5 the objective falls in every coordinate: the gradient is negative.
    expect(c.feedback().every((g) => g < 0)).toBe(true);
  });
});

describe('optimizerMachine', () => {
  it('should spread one candidate per evaluator each iteration and publish the curve', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:1' } });
    const evaluators = ['e1', 'e2'];
    for (const id of evaluators) {
      sim.spawn(evaluatorAgentMachine, { id, input: (env) => ({ env, evalTime: parseDistribution('const:10'), objective: (x) => ({ score: f(x), truth: f(x) }) }) });
    }
    sim.spawn(optimizerMachine, {
      id: 'opt',
      input: (env) => ({ env, strategy: new RandomSearch(2), evaluators, iterations: 3, variables: [], modelCost: parseDistribution('const:0') }),
    });
    const its: { time: number; best: number }[] = [];
    let evaluations = 0;
    sim.signals$.pipe(filter((s) => s.kind === 'signal')).subscribe((s) => {
      if (s.type === 'iteration') its.push({ time: s.time, best: (s.payload as { best: number }).best });
      if (s.type === 'evaluation') evaluations++;
    });
    sim.run();
    expect(evaluations).toBe(6);
    // Each iteration: 1 ms there, 10 ms of evaluation, 1 ms back.
    expect(its.map((i) => i.time)).toEqual([12, 24, 36]);
    expect(its[2]!.best).toBeGreaterThanOrEqual(its[0]!.best);
  });

  it('should queue evaluations at a busy evaluator', () => {
    const sim = createSimulation({ seed: 1, network: { latency: 'const:1' } });
    sim.spawn(evaluatorAgentMachine, { id: 'e1', input: (env) => ({ env, evalTime: parseDistribution('const:10'), objective: () => ({ score: 0, truth: 0 }) }) });
    sim.spawn(optimizerMachine, {
      id: 'opt',
      input: (env) => ({ env, strategy: new RandomSearch(1), evaluators: ['e1', 'e1'], iterations: 1, variables: [], modelCost: parseDistribution('const:0') }),
    });
    let doneAt = 0;
    sim.signals$.pipe(filter((s) => s.kind === 'signal' && s.type === 'iteration')).subscribe((s) => (doneAt = s.time));
    sim.run();
    expect(doneAt).toBe(22);
  });
});
