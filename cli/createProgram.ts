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
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError(false);
  const done = (code: number): void => void (state.exitCode = code);

  program
    .command('list')
    .description('list the scenarios, one line each')
    .option('--json', 'every scenario with its parameters (type, default, range, description) and presets')
    .action(async (options: { json?: boolean }) => done((await import('./commands/list.js')).listCommand(options, io)));

  const run = program
    .command('run')
    .description('run a scenario (by name, or a JS file exporting defineScenario(...)) once')
    .argument('<scenario>', 'scenario name or file')
    .option('--seed <n>', 'seed of the run', '42')
    .option('--set <key=value>', 'set a scenario parameter (repeatable)', collectSet)
    .option('--config <params.json>', 'parameters from a JSON object (--set wins)')
    .option('--faults <plan.json>', 'fault plan to inject (JSON array)')
    .option('--json <file>', 'write the results JSON')
    .option('--report <file.md>', 'write a Markdown report')
    .option('--trace <file.jsonl>', 'write the canonical trace')
    .option('--quiet', 'print nothing on success')
    .action(async (scenario: string, options) => done(await (await import('./commands/run.js')).runCommand(scenario, options, io)));
  run.addHelpText('after', paramsHelp);

  program
    .command('check')
    .description('run twice and report identical, or the first diverging event')
    .argument('<scenario>', 'scenario name or file')
    .option('--seed <n>', 'seed of the run', '42')
    .option('--set <key=value>', 'set a scenario parameter (repeatable)', collectSet)
    .option('--config <params.json>', 'parameters from a JSON object (--set wins)')
    .option('--faults <plan.json>', 'fault plan to inject (JSON array)')
    .action(async (scenario: string, options) => done(await (await import('./commands/check.js')).checkCommand(scenario, options, io)));

  program
    .command('replay')
    .description('print a recorded trace as a timeline, or --verify it by re-simulating')
    .argument('<trace.jsonl>', 'trace file written by run --trace')
    .option('--verify', 're-simulate from the header and confirm the trace matches')
    .option('--actor <id>', 'only events from or to this actor')
    .option('--from <ms>', 'only events at or after this virtual time')
    .option('--to <ms>', 'only events at or before this virtual time')
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
    .addOption(new Option('--bug <name>', 'test-only: switch on a deliberately broken variant').argParser(collectSet).hideHelp())
    .action(async (scenario: string, options) => done(await (await import('./commands/sweep.js')).sweepCommand(scenario, options, io)));

  program
    .command('merge')
    .description('merge the outputs of sweep shards into one summary (identical to a single-machine sweep)')
    .argument('<dir...>', 'sweep output directories')
    .option('--out <file>', 'the merged summary JSON')
    .option('--quiet', 'print no summary')
    .action(async (dirs: string[], options) => done((await import('./commands/merge.js')).mergeCommand(dirs, options, io)));

  return program;
}
