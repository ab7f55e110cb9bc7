/**
 * `agentsim compare BASELINE CURRENT [--history DIR]`: regression verdict between two result
 * sets, and trends over a history of runs. Exit 1 on a critical regression.
 */
import { compareResults, detectTrends, historyRuns, renderSummaryMarkdown, textTable, formatNumber, type Comparison, type TrendFinding } from '../../analysis/index.js';
import { parseDecimal, UsageError } from '../../engine/index.js';
import type { Io } from '../Io.js';
import { filesOf, loadInputs, loadResults } from '../loadResults.js';
import { brief as cut, OutputPlan } from '../io/index.js';

/** Options of `compare`. */
export interface CompareCommandOptions {
  history?: string;
  warning?: string;
  critical?: string;
  alpha?: string;
  json?: string;
  md?: string;
  all?: boolean;
}

/** Runs the command. */
export function compareCommand(baselinePath: string | undefined, currentPath: string | undefined, options: CompareCommandOptions, io: Io): Promise<number> {
  return OutputPlan.run(io, (plan) => compare(baselinePath, currentPath, options, plan));
}

function compare(baselinePath: string | undefined, currentPath: string | undefined, options: CompareCommandOptions, plan: OutputPlan): number {
  const io = plan.display;
  const outputs = { json: plan.output('--json', options.json), md: plan.output('--md', options.md) };
  const warning = percent('--warning', options.warning, 5);
  const critical = percent('--critical', options.critical, 10);
  const alpha = fraction('--alpha', options.alpha, 0.05);
  if (critical < warning) throw new UsageError(`--critical ${options.critical}: must be >= --warning (${warning * 100})`);
  if (baselinePath === undefined && options.history === undefined) throw new UsageError('compare: give BASELINE CURRENT, or --history DIR');
  if (baselinePath !== undefined && currentPath === undefined) throw new UsageError('compare: give both BASELINE and CURRENT');
  let comparison: Comparison | undefined;
  let trends: TrendFinding[] | undefined;
  if (baselinePath !== undefined && currentPath !== undefined) {
    comparison = compareResults(loadResults(baselinePath, 'baseline', plan), loadResults(currentPath, 'current', plan), { warning, critical, alpha });
    // Nothing compared must not read as "no regression" (a CI job would pass silently).
    if (comparison.metrics.length === 0) {
      throw new UsageError(`compare: baseline and current have no scenario and parameter set in common (baseline: ${brief(comparison.onlyInBaseline)}; current: ${brief(comparison.onlyInCurrent)})`);
    }
    const rows = [['severity', 'scenario', 'metric', 'baseline', 'current', 'change', 'test']];
    for (const m of comparison.metrics) {
      if (m.severity === null && !options.all) continue;
      const med = (xs: readonly number[]): string => formatNumber([...xs].sort((a, b) => a - b)[xs.length >> 1]);
      rows.push([m.severity ?? '-', m.group, m.metric, med(m.baseline), med(m.current), m.change === null ? '—' : `${m.change > 0 ? '+' : ''}${formatNumber(m.change * 100)}%`, `${m.method}${m.p === null ? '' : ` p=${formatNumber(m.p)}`}${m.significant ? '' : ' n.s.'}`]);
    }
    io.stdout(rows.length > 1 ? `${textTable(rows)}\n` : 'no change beyond the thresholds\n');
    io.stdout(`regressions: ${comparison.critical} critical, ${comparison.warning} warning, ${comparison.info} info (${comparison.metrics.length} metric statistics compared)\n`);
  }
  if (options.history !== undefined) {
    const files = filesOf(options.history, '--history');
    const history = files.map((f) => loadInputs([f], '--history', plan).results).filter((rs) => rs.length > 0);
    if (history.length < 10) throw new UsageError(`--history ${options.history}: trend detection needs at least 10 result files, found ${history.length}`);
    // Each scenario and parameter set is judged on its own, so each needs its own 10 runs.
    const runs = [...historyRuns(history)];
    if (runs.every(([, n]) => n < 10)) {
      throw new UsageError(`--history ${options.history}: trend detection needs at least 10 runs of one scenario and parameter set; found ${brief(runs.map(([g, n]) => `${g}: ${n}`))}`);
    }
    for (const [group, n] of runs) if (n < 10) io.stderr(`compare --history: ${group} appears in only ${n} runs (trends need 10); not judged\n`);
    trends = detectTrends(history, { warning, critical, alpha });
    const rows = [['severity', 'scenario', 'metric', 'trend', 'drift', 'p']];
    for (const t of trends) if (t.severity !== null || options.all) rows.push([t.severity ?? '-', t.group, t.metric, `${t.trend}${t.worsening ? ' (worse)' : ''}`, t.drift === null ? '—' : `${formatNumber(t.drift * 100)}%`, formatNumber(t.p)]);
    io.stdout(rows.length > 1 ? `${textTable(rows)}\n` : `no significant trend over ${history.length} runs\n`);
  }
  plan.write(outputs.json, `${JSON.stringify({ ...(comparison ?? {}), ...(trends ? { trends } : {}) }, null, 2)}\n`);
  if (outputs.md !== undefined) plan.write(outputs.md, renderSummaryMarkdown({ results: [], comparison, trends }));
  return (comparison?.critical ?? 0) > 0 ? 1 : 0;
}

function percent(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback / 100;
  const n = parseDecimal(text);
  if (!Number.isFinite(n) || n < 0 || n > 1000) throw new UsageError(`${name} ${text}: expected a percentage in [0, 1000]`);
  return n / 100;
}

function fraction(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = parseDecimal(text);
  if (!(n > 0 && n < 1)) throw new UsageError(`${name} ${text}: expected a number in (0, 1)`);
  return n;
}

function brief(items: readonly string[]): string {
  return cut(items.length === 0 ? 'none' : items.join(', '), 80);
}
