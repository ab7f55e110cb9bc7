/**
 * The commander program. `createProgram()` builds a fresh program each call so tests can drive
 * it in-process; each command lazy-loads its handler. A handler returns the exit code, which
 * lands in `state.exitCode`.
 */
import { Command, Option } from 'commander';
import { VERSION } from '../engine/index.js';
import { paramsHelp } from './commands/list.js';
import { collectSet } from './inputs.js';
import { processIo, type Io } from './Io.js';

/** Mutable result of a parse: the exit code the command chose. */
export interface ProgramState {
  exitCode: number;
}

/** Builds the `agentsim` program writing to `io`. */
export function createProgram(io: Io = processIo, state: ProgramState = { exitCode: 0 }): Command {
  const program = new Command('agentsim')
    .description('Deterministic actor-model simulation of agent platforms: seeded runs, replay, divergence checks.')
    .version(VERSION)
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(`agentsim: ${text.replace(/^error: /, '')}`) })
    .showHelpAfterError(false);
  const done = (code: number): void => void (state.exitCode = code);

  program
    .command('list')
    .description('list the scenarios, one line each')
    .option('--json', 'every scenario with its parameters (type, default, range, description) and presets')
    .action(async (options: { json?: boolean }) => done((await import('./commands/list.js')).listCommand(options, io)));

  const run = withRunInputs(program.command('run'))
    .description('run a scenario (by name, or a JS file exporting defineScenario(...)) once')
    .option('--json <file>', 'write the results JSON')
    .option('--report <file.md>', 'write a Markdown report')
    .option('--trace <file.jsonl>', 'write the canonical trace')
    .option('--quiet', 'print nothing on success')
    .option('--html <file.html>', 'write a self-contained HTML report with charts (collects --series)')
    .option('--monitor <ms>', 'sample the run every MS of virtual time; samples and alerts go in the results')
    .option('--alert <rule>', 'alert rule for the monitor, e.g. detection_ms.max>5000:critical (repeatable)', collectSet)
    .option('--series', 'keep raw samples and numeric signals (capped) in the results, for charts')
    .option('--coverage', 'collect statechart coverage into the results (and the HTML report)')
    .addOption(bugOption())
    .action(async (scenario: string, options) => done(await (await import('./commands/run.js')).runCommand(scenario, options, io)));
  run.addHelpText('after', paramsHelp);

  withRunInputs(program.command('check'))
    .description('run twice and report identical, or the first diverging event')
    .action(async (scenario: string, options) => done(await (await import('./commands/check.js')).checkCommand(scenario, options, io)));

  program
    .command('replay')
    .description('print a recorded trace as a timeline, or --verify it by re-simulating')
    .argument('<trace.jsonl>', 'trace file written by run --trace (- reads stdin)')
    .option('--verify', 're-simulate from the header and confirm the trace matches')
    .option('--actor <id>', 'only events from or to this actor')
    .option('--from <ms>', 'only events at or after this virtual time')
    .option('--to <ms>', 'only events at or before this virtual time')
    .option('--export <file.json>', 'write the run as Chrome / Perfetto trace-event JSON')
    .action(async (path: string, options) => done(await (await import('./commands/replay.js')).replayCommand(path, options, io)));

  program
    .command('sweep')
    .description('run a scenario over seeds x a parameter grid on worker threads; resumable; summary with 95% CIs')
    .argument('<scenario>', 'scenario name or file')
    .option('--seeds <list>', 'seeds: ranges and lists, e.g. 1..200 or 1,5,9')
    .option('--set <key=v1,v2>', 'a parameter value, or comma-separated values forming a grid axis (repeatable)', collectSet)
    .option('--workers <n>', 'worker threads (default: all cores; 0 = in the main thread)')
    .option('--shard <K/N>', 'run only slice K of N (replicate index mod N = K-1), for a batch scheduler')
    .option('--out <dir>', 'directory for sweep.json, one result file per run, and summary.json')
    .option('--quiet', 'print no summary on success')
    .addOption(bugOption())
    .action(async (scenario: string, options) => done(await (await import('./commands/sweep.js')).sweepCommand(scenario, options, io)));

  program
    .command('merge')
    .description('merge the outputs of sweep shards into one summary (identical to a single-machine sweep)')
    .argument('<dir...>', 'sweep output directories')
    .option('--out <file>', 'the merged summary JSON')
    .option('--quiet', 'print no summary')
    .action(async (dirs: string[], options) => done(await (await import('./commands/merge.js')).mergeCommand(dirs, options, io)));

  program
    .command('validate')
    .description("run the scenarios behind the seed's target tables and validate them (exit 1 when failed)")
    .option('--phase <phase>', 'baseline, 1, 2 or 3', '3')
    .option('--quick', 'smaller sizes and 2 seeds: fits in CI minutes')
    .option('--seeds <list>', 'seeds per row (default 1..5, quick 1..2)')
    .option('--only <prefix>', 'only rows whose id starts with this (or a table name)')
    .option('--json <file>', 'write the validation report JSON')
    .option('--results <file>', 'write every run result (input for compare and report)')
    .option('--md <file>', 'write the Markdown summary (performance_summary.md)')
    .option('--html <file>', 'write the HTML report with charts')
    .option('--no-recommend', 'skip the recommendation sweeps for failed and warning rows')
    .option('--no-claims', 'skip the claim maps of failed rows (nearest configuration where each claim holds)')
    .option('--workers <n>', 'worker threads for the claim maps (default: all cores; 0 = in the main thread)')
    .action(async (options) => done(await (await import('./commands/validate.js')).validateCommand(options, io)));

  program
    .command('claims')
    .description('map where each claim of the target tables holds: sweep the parameters that decide it (boundary table, heat map, one sentence)')
    .option('--only <prefix>', 'only claims whose row id starts with this (or a table name)')
    .option('--quick', 'a tiny grid and 2 seeds (fits in a test); the full maps are a longer run')
    .option('--seeds <list>', 'seeds per grid point (default 1..3, quick 1..2)')
    .option('--phase <phase>', 'baseline, 1, 2 or 3: whose target the claim is judged by', '3')
    .option('--workers <n>', 'worker threads (default: all cores; 0 = in the main thread)')
    .option('--json <file>', 'write the maps as JSON (agentsim.claims/1)')
    .option('--md <file>', 'write the maps as Markdown')
    .option('--html <file>', 'write the maps as HTML with heat maps')
    .action(async (options) => done(await (await import('./commands/claims.js')).claimsCommand(options, io)));

  program
    .command('compare')
    .description('regression verdict of CURRENT against BASELINE (exit 1 on a critical one); --history DIR for trends')
    .argument('[baseline]', 'results file, array, sweep/merge output or directory')
    .argument('[current]', 'results file, array, sweep/merge output or directory')
    .option('--history <dir>', 'result files in run order (names sort chronologically), >= 10, for trend detection')
    .option('--warning <percent>', 'relative change reported as a warning', '5')
    .option('--critical <percent>', 'relative change reported as critical', '10')
    .option('--alpha <p>', 'significance level', '0.05')
    .option('--all', 'list unchanged metrics too')
    .option('--json <file>', 'write the comparison JSON')
    .option('--md <file>', 'write the Markdown summary')
    .action(async (baseline: string | undefined, current: string | undefined, options) => done(await (await import('./commands/compare.js')).compareCommand(baseline, current, options, io)));

  program
    .command('report')
    .description('Markdown summary and HTML report with charts from results (and validation/comparison) files')
    .argument('<results...>', 'results files or directories')
    .option('--md <file>', 'write the Markdown summary')
    .option('--html <file>', 'write the HTML report')
    .option('--json <file>', 'write the inputs gathered, as JSON')
    .option('--title <text>', 'report title')
    .action(async (paths: string[], options) => done(await (await import('./commands/report.js')).reportCommand(paths, options, io)));

  program
    .command('recommend')
    .description('one-at-a-time parameter sweep: which parameters move a metric, and which way improves it')
    .argument('<scenario>', 'scenario name or file')
    .option('--metric <name>', 'metric to improve')
    .option('--stat <stat>', 'mean, p50, p90, p99, max, min, value or count', 'mean')
    .option('--better <dir>', 'lower or higher (default: from the metric name)')
    .option('--seeds <list>', 'seeds per variant', '1..2')
    .option('--factor <x>', 'numeric parameters are divided and multiplied by this', '2')
    .option('--set <key=value>', 'set a scenario parameter (repeatable)', collectSet)
    .option('--config <params.json>', 'parameters from a JSON object (--set wins)')
    .action(async (scenario: string, options) => done(await (await import('./commands/recommend.js')).recommendCommand(scenario, options, io)));

  program
    .command('explore')
    .description('search seeds, sizes and fault plans for an invariant violation; shrink it; print the replay command')
    .argument('<scenario>', 'scenario name or file')
    .option('--runs <n>', 'cases to try', '100')
    .option('--invariant <name>', 'only this invariant counts (default: every applicable one)')
    .option('--seed <n>', "fast-check's seed, so the search itself is reproducible", '42')
    .option('--set <key=value>', 'fix a scenario parameter (repeatable)', collectSet)
    .option('--out <dir>', 'where the shrunk fault plan and counterexample go', 'agentsim-explore')
    .option('--guided', 'coverage-guided search, the default: mutate cases that reached new statechart coverage (progress on stderr)')
    .option('--random', "fast-check's random draws instead of the guided search")
    .addOption(bugOption())
    .action(async (scenario: string, options) => done(await (await import('./commands/explore.js')).exploreCommand(scenario, options, io)));

  program
    .command('coverage')
    .description('statechart coverage over seeds: per machine, states and transitions taken of those declared; never-taken transitions')
    .argument('<scenario>', 'scenario name or file')
    .option('--seeds <list>', 'seeds: ranges and lists, e.g. 1..20 or 1,5,9', '1..20')
    .option('--set <key=value>', 'set a scenario parameter (repeatable)', collectSet)
    .option('--config <params.json>', 'parameters from a JSON object (--set wins)')
    .option('--faults <plan.json>', 'fault plan to inject in every run (JSON array)')
    .option('--json <file>', 'write the coverage JSON')
    .option('--md <file>', 'write the Markdown report')
    .option('--html <file>', 'write the HTML report (one table per machine, untaken transitions highlighted)')
    .addOption(bugOption())
    .action(async (scenario: string, options) => done(await (await import('./commands/coverage.js')).coverageCommand(scenario, options, io)));

  return program;
}

/** The scenario argument and the inputs of one run: seed, parameters, config file, fault plan. */
function withRunInputs(command: Command): Command {
  return command
    .argument('<scenario>', 'scenario name or file')
    .option('--seed <n>', 'seed of the run', '42')
    .option('--set <key=value>', 'set a scenario parameter (repeatable)', collectSet)
    .option('--config <params.json>', 'parameters from a JSON object (--set wins)')
    .option('--faults <plan.json>', 'fault plan to inject (JSON array)');
}

/** The hidden, test-only `--bug NAME` switch (repeatable). */
function bugOption(): Option {
  return new Option('--bug <name>', 'test-only: switch on a deliberately broken variant').argParser(collectSet).hideHelp();
}
