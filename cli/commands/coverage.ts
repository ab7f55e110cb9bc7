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
import type { Io } from '../Io.js';
import { loadScenario } from '../loadScenario.js';
import { parseSeeds } from '../sweep/SweepSpec.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

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
  const scenario = await loadScenario(target);
  const seeds = parseSeeds(options.seeds ?? '1..20');
  const params = { ...readConfig(options.config), ...parseSets(options.set) };
  const faults = readFaultPlan(options.faults);
  const reports: CoverageReport[] = [];
  for (const seed of seeds) {
    const result = runScenario(scenario, params, seed, { faults, bugs: options.bug, readInput: readInputFile, observe: [coverageObserver()] });
    reports.push(resultCoverage(result)!);
  }
  const report = mergeCoverage(reports);
  const title = `${scenario.name}, seeds ${options.seeds ?? '1..20'}`;
  if (options.json !== undefined) writeFileAtomic(options.json, `${JSON.stringify({ scenario: scenario.name, seeds, params, ...report }, null, 2)}\n`);
  if (options.md !== undefined) writeFileAtomic(options.md, renderCoverageMarkdown(report, title));
  if (options.html !== undefined) writeFileAtomic(options.html, renderCoverageHtml(report, title));
  io.stdout(formatCoverage(report, title));
  return 0;
}
