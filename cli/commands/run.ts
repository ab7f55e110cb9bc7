/** `agentsim run <scenario|file>`: one seeded run, a summary on stdout, optional output files. */
import { collectSeries, COVERAGE_STYLE, coverageObserver, createMonitor, renderCoverageSection, resultCoverage, formatRunSummary, failedInvariants, parseAlertRule, renderHtmlReport, renderRunMarkdown } from '../../analysis/index.js';
import { runScenario, type RunOptions } from '../../scenarios/index.js';
import { parseSeed, parseSets, readConfig, readFaultPlan, readInputFile } from '../inputs.js';
import { UsageError } from '../../engine/index.js';
import type { Io } from '../Io.js';
import { loadScenario } from '../loadScenario.js';
import { openAtomic, writeFileAtomic } from '../writeFileAtomic.js';
import { createProcessProbe } from '../processProbe.js';

/** Options of `run`. */
export interface RunCommandOptions {
  seed?: string;
  set?: string[];
  config?: string;
  faults?: string;
  json?: string;
  report?: string;
  trace?: string;
  quiet?: boolean;
  html?: string;
  monitor?: string;
  alert?: string[];
  series?: boolean;
  coverage?: boolean;
  /** Test-only: deliberately broken variants to switch on. */
  bug?: string[];
}

/** Runs the command; returns the exit code (1 when an applicable invariant is violated). */
export async function runCommand(target: string, options: RunCommandOptions, io: Io): Promise<number> {
  const scenario = await loadScenario(target);
  const seed = parseSeed(options.seed);
  const params = { ...readConfig(options.config), ...parseSets(options.set) };
  const faults = readFaultPlan(options.faults);
  const observe = observers(options);
  const trace = options.trace === undefined ? undefined : openAtomic(options.trace);
  let result;
  const started = performance.now();
  try {
    result = runScenario(scenario, params, seed, { faults, bugs: options.bug, sink: trace?.write, readInput: readInputFile, observe, probe: createProcessProbe() });
    trace?.commit();
  } catch (err) {
    trace?.abort();
    throw err;
  }
  result.wallMs = Math.round(performance.now() - started);
  if (options.json !== undefined) writeFileAtomic(options.json, `${JSON.stringify(result, null, 2)}\n`);
  if (options.report !== undefined) writeFileAtomic(options.report, renderRunMarkdown(result));
  if (options.html !== undefined) writeFileAtomic(options.html, withCoverage(await renderHtmlReport({ title: `${result.scenario} seed ${result.seed}`, results: [result] }), result));
  if (!options.quiet) io.stdout(formatRunSummary(result));
  for (const alert of (result.monitor as { alerts?: { t: number; rule: string; severity: string; state: string; value: number }[] } | undefined)?.alerts ?? []) {
    io.stderr(`alert ${alert.state} at ${alert.t} ms: ${alert.rule} (${alert.severity}, value ${alert.value})\n`);
  }
  const failed = failedInvariants(result.invariants);
  if (failed.length > 0) {
    io.stderr(`invariant violated: ${failed.map((f) => f.name).join(', ')}\n`);
    return 1;
  }
  return 0;
}

/** The monitor (`--monitor MS`, `--alert RULE`) and series collector (`--series`, implied by `--html`). */
function observers(options: RunCommandOptions): NonNullable<RunOptions['observe']> {
  const out: NonNullable<RunOptions['observe']>[number][] = [];
  const rules = (options.alert ?? []).map(parseAlertRule);
  if (options.monitor !== undefined || rules.length > 0) {
    const intervalMs = options.monitor === undefined ? 1000 : Number(options.monitor);
    if (!(intervalMs > 0 && Number.isFinite(intervalMs))) throw new UsageError(`--monitor ${options.monitor}: expected an interval in virtual ms > 0`);
    out.push(createMonitor({ intervalMs, rules }));
  }
  if (options.series || options.html !== undefined) out.push(collectSeries());
  if (options.coverage) out.push(coverageObserver());
  return out;
}

/** The HTML report with the coverage tables appended, when the run collected coverage. */
function withCoverage(html: string, result: { coverage?: unknown }): string {
  const coverage = resultCoverage(result);
  if (coverage === undefined) return html;
  const section = `<style>${COVERAGE_STYLE}</style><section id="coverage"><h1>Statechart coverage</h1>${renderCoverageSection(coverage)}</section>`;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + section : html.slice(0, end) + section + html.slice(end);
}
