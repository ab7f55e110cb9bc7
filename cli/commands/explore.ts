/**
 * `agentsim explore <scenario> --runs N [--invariant NAME] [--seed S] [--set k=v]... [--out DIR]
 * [--guided | --random]`: searches seeds, sizes and fault plans for an invariant violation
 * (coverage-guided unless `--random`), shrinks it, writes the fault plan and prints the
 * `agentsim run` command that replays it. Exit 1 when a violation was found.
 */
import { join } from 'node:path';
import { UsageError } from '../../engine/index.js';
import { runExplore } from '../explore/runExplore.js';
import { parseSeed, parseSets, readInputFile } from '../inputs.js';
import type { Io } from '../Io.js';
import { loadScenario } from '../loadScenario.js';
import { handlePendingSignals, interruptible, OutputPlan } from '../io/index.js';

/** Options of `explore`. */
export interface ExploreCommandOptions {
  runs?: string;
  invariant?: string;
  seed?: string;
  set?: string[];
  out?: string;
  bug?: string[];
  guided?: boolean;
  random?: boolean;
}

/** Runs the command. */
export async function exploreCommand(target: string, options: ExploreCommandOptions, io: Io): Promise<number> {
  return OutputPlan.run(io, (plan) => explore(target, options, plan));
}

async function explore(target: string, options: ExploreCommandOptions, plan: OutputPlan): Promise<number> {
  const io = plan.display;
  const dir = options.out ?? 'agentsim-explore';
  if (dir === '') throw new UsageError('--out: empty folder name');
  if (dir === '-') throw new UsageError('--out -: a folder cannot be stdout; give a folder name (./- for a folder named "-")');
  const planPath = join(dir, 'plan.json');
  const outputs = { plan: plan.output('--out', planPath), counterexample: plan.output('--out', join(dir, 'counterexample.json')) };
  const runs = Number(options.runs);
  if (options.runs === undefined || !/^\d+$/.test(options.runs.trim()) || runs < 1 || runs > 1_000_000) {
    throw new UsageError(`--runs ${options.runs ?? ''}: expected an integer in [1, 1000000]`.replace('--runs :', '--runs:'));
  }
  if (options.guided === true && options.random === true) throw new UsageError('--guided and --random: choose one search');
  const guided = options.random !== true;
  const mode = guided ? 'guided' : 'random';
  const seed = parseSeed(options.seed);
  const sets = parseSets(options.set);
  const scenario = await loadScenario(target, plan);
  const bugs = [...new Set(options.bug ?? [])].sort();
  for (const bug of bugs) {
    if (!scenario.bugs?.includes(bug)) throw new UsageError(`--bug ${bug}: ${scenario.name} has no such variant (known: ${scenario.bugs?.join(', ') || 'none'})`);
  }
  const outcome = interruptible(() => runExplore(scenario, { runs, seed, invariant: options.invariant, sets, bugs, readInput: (path) => plan.readInput(path, readInputFile), guided, progress: io.stderr }));
  if (!outcome.found) {
    io.stdout(`no invariant violation in ${outcome.runs} runs of ${scenario.name} (explore seed ${seed}, ${mode})\n`);
    return 0;
  }
  const { counterexample: c, violated } = outcome;
  plan.write(outputs.plan, `${JSON.stringify(c.faults, null, 2)}\n`);
  const command = [
    'agentsim run',
    quote(target),
    `--seed ${c.seed}`,
    ...Object.entries(c.sets).map(([k, v]) => `--set ${quote(`${k}=${v}`)}`),
    ...(c.faults.length ? [`--faults ${quote(planPath)}`] : []),
    ...bugs.map((b) => `--bug ${b}`),
  ].join(' ');
  plan.write(
    outputs.counterexample,
    `${JSON.stringify({ scenario: scenario.name, exploreSeed: seed, guided, runs: outcome.runs, shrinks: outcome.shrinks, seed: c.seed, params: c.sets, faults: c.faults, bugs, violated, command }, null, 2)}\n`,
  );
  const lines = [
    `VIOLATED ${violated.map((v) => v.name).join(', ')} in ${scenario.name} after ${outcome.runs} runs (explore seed ${seed}, ${mode}); shrunk ${outcome.shrinks} times to:`,
    `  seed ${c.seed}, ${c.faults.length} fault${c.faults.length === 1 ? '' : 's'}${Object.keys(c.sets).length ? `, ${Object.entries(c.sets).map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}`,
    ...violated.map((v) => `  ${v.name}: ${v.violations} violation${v.violations === 1 ? '' : 's'}${v.example ? `, e.g. ${v.example}` : ''}`),
    `fault plan written to ${planPath}; replay with:`,
    `  ${command}`,
  ];
  await handlePendingSignals();
  plan.commit();
  io.stdout(`${lines.join('\n')}\n`);
  return 1;
}

function quote(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
