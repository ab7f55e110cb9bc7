/** `agentsim run <scenario|file>`: one seeded run, a summary on stdout, optional output files. */
import { parseDecimal } from '../../engine/index.js';
import { checkAlertQuantities, checkMonitorInterval, collectSeries, COVERAGE_STYLE, coverageObserver, createMonitor, renderCoverageSection, resultCoverage, formatRunSummary, failedInvariants, parseAlertRule, renderHtmlReport, renderRunMarkdown } from '../../analysis/index.js';
import { headerParams, startScenario, type RunOptions } from '../../scenarios/index.js';
import { parseSeed, parseSets, readConfig, readFaultPlan, readInputFile } from '../inputs.js';
import type { Io } from '../Io.js';
import { loadScenario, moduleOf } from '../loadScenario.js';
import { handlePendingSignals, interruptible, OutputPlan } from '../io/index.js';
import { createProcessProbe } from '../processProbe.js';
import { runCooperatively } from '../runCooperatively.js';

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
  return OutputPlan.run(io, async (plan) => {
    const outputs = { json: plan.output('--json', options.json), report: plan.output('--report', options.report), html: plan.output('--html', options.html), trace: plan.output('--trace', options.trace) };
    const scenario = await loadScenario(target, plan);
    const seed = parseSeed(options.seed);
    plan.input('--config', options.config);
    plan.input('--faults', options.faults);
    const params = { ...readConfig(options.config), ...parseSets(options.set) };
    const faults = readFaultPlan(options.faults);
    const observe = observers(options);
    const sink = outputs.trace === undefined ? undefined : plan.stream(outputs.trace);
    const started = performance.now();
    const result = await runCooperatively(
      interruptible(() => startScenario(scenario, params, seed, { faults, bugs: options.bug, sink, readInput: (path) => plan.readInput(path, readInputFile), observe, probe: createProcessProbe(), ...moduleOf(scenario) })),
    );
    checkAlertQuantities((options.alert ?? []).map(parseAlertRule), result.scenario, Object.keys(result.metrics));
    result.wallMs = Math.round(performance.now() - started);
    plan.write(outputs.json, `${JSON.stringify(result, null, 2)}\n`);
    plan.write(outputs.report, renderRunMarkdown(result));
    if (outputs.html !== undefined) plan.write(outputs.html, withCoverage(await renderHtmlReport({ title: `${result.scenario} seed ${result.seed}`, results: [result] }), result));
    await handlePendingSignals();
    plan.commit();
    const out = plan.display;
    if (!options.quiet) out.stdout(formatRunSummary(result, headerParams(scenario.params, result.params)));
    for (const alert of (result.monitor as { alerts?: { t: number; rule: string; severity: string; state: string; value: number }[] } | undefined)?.alerts ?? []) {
      out.stderr(`alert ${alert.state} at ${alert.t} ms: ${alert.rule} (${alert.severity}, value ${alert.value})\n`);
    }
    const failed = failedInvariants(result.invariants);
    if (failed.length > 0) {
      out.stderr(`invariant violated: ${failed.map((f) => f.name).join(', ')}\n`);
      return 1;
    }
    return 0;
  });
}

/** The monitor (`--monitor MS`, `--alert RULE`) and series collector (`--series`, implied by `--html`). */
function observers(options: RunCommandOptions): NonNullable<RunOptions['observe']> {
  const out: NonNullable<RunOptions['observe']>[number][] = [];
  const rules = (options.alert ?? []).map(parseAlertRule);
  if (options.monitor !== undefined || rules.length > 0) {
    const text = options.monitor;
    const intervalMs = checkMonitorInterval(text === undefined ? 1000 : parseDecimal(text), '--monitor');
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
