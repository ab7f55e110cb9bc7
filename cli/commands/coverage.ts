/**
 * `agentsim coverage <scenario|file> [--seeds 1..20] [--set k=v]... [--faults plan.json]
 * [--json F] [--md F] [--html F]`: runs the scenario once per seed with statechart coverage on and
 * prints, per machine and protocol core, states x/y and transitions x/y, and every declared
 * transition no run took.
 */
import { formatCoverage, renderCoverageHtml, renderCoverageMarkdown, coverageObserver, resultCoverage } from '../../analysis/index.js';
import { mergeCoverage, type CoverageReport } from '../../engine/index.js';
import { runScenario } from '../../scenarios/index.js';
import { parseSets, readConfig, readFaultPlan, readInputFile } from '../inputs.js';
import { interruptible, OutputPlan } from '../io/index.js';
import type { Io } from '../Io.js';
import { loadScenario } from '../loadScenario.js';
import { parseSeeds } from '../sweep/SweepSpec.js';

/** Options of `coverage`. */
export interface CoverageCommandOptions {
  seeds?: string;
  set?: string[];
  config?: string;
  faults?: string;
  json?: string;
  md?: string;
  html?: string;
  bug?: string[];
}

/** Runs the command. */
export async function coverageCommand(target: string, options: CoverageCommandOptions, io: Io): Promise<number> {
  return OutputPlan.run(io, (plan) => coverage(target, options, plan));
}

async function coverage(target: string, options: CoverageCommandOptions, plan: OutputPlan): Promise<number> {
  const outputs = { json: plan.output('--json', options.json), md: plan.output('--md', options.md), html: plan.output('--html', options.html) };
  const scenario = await loadScenario(target, plan);
  const seeds = parseSeeds(options.seeds ?? '1..20');
  plan.input('--config', options.config);
  plan.input('--faults', options.faults);
  const params = { ...readConfig(options.config), ...parseSets(options.set) };
  const faults = readFaultPlan(options.faults);
  const reports: CoverageReport[] = interruptible(() =>
    seeds.map((seed) => resultCoverage(runScenario(scenario, params, seed, { faults, bugs: options.bug, readInput: (path) => plan.readInput(path, readInputFile), observe: [coverageObserver()] }))!),
  );
  const report = mergeCoverage(reports);
  const title = `${scenario.name}, seeds ${options.seeds ?? '1..20'}`;
  plan.write(outputs.json, `${JSON.stringify({ scenario: scenario.name, seeds, params, ...report }, null, 2)}\n`);
  if (outputs.md !== undefined) plan.write(outputs.md, renderCoverageMarkdown(report, title));
  if (outputs.html !== undefined) plan.write(outputs.html, renderCoverageHtml(report, title));
  plan.display.stdout(formatCoverage(report, title));
  return 0;
}
