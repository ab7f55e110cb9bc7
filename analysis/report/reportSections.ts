/** The report's tables as rows of cells, shared by the Markdown and HTML renderers. */
import { groupResults } from '../compare/compareResults.js';
import { formatNumber } from '../formatTable.js';
import { meanInterval } from '../stats/index.js';
import type { ValidationReport } from '../validation/index.js';
import { formatMetric, formatValue } from './formatValue.js';
import type { ReportInput } from './ReportInput.js';

const MARK: Record<string, string> = { passed: '✅ passed', warning: '⚠️ warning', failed: '❌ failed', skipped: '➖ skipped' };

/** One line: overall validation status and counts. */
export function validationHeadline(v: ValidationReport): string {
  return `Validation (phase ${v.phase}${v.quick ? ', quick' : ''}, seeds ${v.seeds.join(',')}): **${v.status.toUpperCase()}** — ${v.passed} passed, ${v.warnings} warnings, ${v.criticalFailures} critical failures, ${v.skipped} skipped`;
}

/** Validation rows that ran (skipped rows are listed separately). */
export function validationRows(v: ValidationReport): string[][] {
  const rows = [['status', 'target', 'measured (mean ± 95% CI)', 'requirement', 'critical']];
  for (const { row, outcome } of v.rows) {
    if (outcome.status === 'skipped') continue;
    const ci = outcome.interval?.halfWidth == null ? '' : ` ± ${formatValue(outcome.interval.halfWidth, row.unit)}`;
    const req = `${outcome.requirement.op} ${formatValue(outcome.requirement.limit, row.unit)} (seed: ${row.cells[v.phase]})`;
    rows.push([MARK[outcome.status]!, row.operation, `${formatValue(outcome.value, row.unit)}${ci}${outcome.reason ? ` (${outcome.reason})` : ''}`, req, row.critical ? 'yes' : '']);
  }
  return rows;
}

/** Skipped rows with their reasons. */
export function skippedRows(v: ValidationReport): string[][] {
  return [['target', 'why skipped'], ...v.rows.filter((r) => r.outcome.status === 'skipped').map((r) => [r.row.operation, r.outcome.status === 'skipped' ? r.outcome.reason : ''])];
}

/** Recommendation lines for failed and warning rows. */
export function recommendationLines(v: ValidationReport, top = 3): string[] {
  const out: string[] = [];
  for (const { row, recommendation: rec } of v.rows) {
    if (!rec) continue;
    const effects = rec.ranked.filter((e) => e.improves).slice(0, top);
    const what = effects.length
      ? effects.map((e) => `\`${e.param}\` ${String(e.from)} → ${String(e.to)}: ${formatValue(e.value, row.unit)} (${e.change === null ? '—' : `${e.change > 0 ? '+' : ''}${formatNumber(e.change * 100)}%`})`).join('; ')
      : 'no single-parameter change improved it';
    out.push(`${row.operation} (now ${formatValue(rec.current, row.unit)}, ${rec.runs} runs): ${what}`);
  }
  return out;
}

/** Regressions and other reported changes. */
export function comparisonRows(input: ReportInput): string[][] {
  const rows = [['severity', 'scenario', 'metric', 'baseline → current (median)', 'change', 'test']];
  for (const m of input.comparison?.metrics ?? []) {
    if (m.severity === null) continue;
    const med = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const test = m.method === 'mann-whitney' ? `MW p=${formatNumber(m.p)}` : m.method;
    rows.push([m.severity, m.group, m.metric, `${formatNumber(med(m.baseline))} → ${formatNumber(med(m.current))}`, m.change === null ? '—' : `${m.change > 0 ? '+' : ''}${formatNumber(m.change * 100)}%`, `${test}${m.significant ? '' : ' (n.s.)'}`]);
  }
  return rows;
}

/** Trends found in a history. */
export function trendRows(input: ReportInput): string[][] {
  const rows = [['severity', 'scenario', 'metric', 'trend', 'drift over history', 'p']];
  for (const t of input.trends ?? []) {
    if (t.severity === null) continue;
    rows.push([t.severity, t.group, t.metric, `${t.trend}${t.worsening ? ' (worse)' : ''}`, t.drift === null ? '—' : `${formatNumber(t.drift * 100)}%`, formatNumber(t.p)]);
  }
  return rows;
}

/** Per scenario and parameter set: each metric's mean across seeds with its 95% CI. */
export function resultRows(input: ReportInput): { title: string; rows: string[][] }[] {
  const out: { title: string; rows: string[][] }[] = [];
  for (const [, runs] of groupResults(input.results)) {
    const first = runs[0]!;
    const rows = [['metric', 'mean across seeds', '± 95% CI', 'p99 (mean)', 'seeds']];
    for (const [name, m] of Object.entries(first.metrics)) {
      const vals = runs.map((r) => r.metrics[name]).map((x) => (x === undefined ? null : 'value' in x ? x.value : x.mean)).filter((x): x is number => typeof x === 'number');
      const p99 = 'value' in m ? [] : runs.map((r) => r.metrics[name]).map((x) => (x && !('value' in x) ? x.p99 : null)).filter((x): x is number => typeof x === 'number');
      const ci = meanInterval(vals);
      rows.push([name, formatMetric(name, m.unit, ci?.mean), ci?.halfWidth == null ? '' : formatMetric(name, m.unit, ci.halfWidth), p99.length ? formatMetric(name, m.unit, p99.reduce((a, b) => a + b, 0) / p99.length) : '', String(vals.length)]);
    }
    const params = Object.entries(first.params).map(([k, v]) => `${k}=${String(v)}`).join(' ');
    out.push({ title: `${first.scenario} (${runs.length} run${runs.length === 1 ? '' : 's'}; ${params})`, rows });
  }
  return out;
}
