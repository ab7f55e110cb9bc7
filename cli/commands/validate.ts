/**
 * `agentsim validate [--phase baseline|1|2|3] [--quick]`: the validation pipeline against the
 * seed's target tables. Exit 1 when the overall status is failed (a critical row failed).
 */
import { allTargets, formatValue, PHASES, renderHtmlReport, renderSummaryMarkdown, runValidation, textTable, type Phase } from '../../analysis/index.js';
import { UsageError } from '../../engine/index.js';
import { scenarios } from '../../scenarios/index.js';
import type { Io } from '../Io.js';
import { createProcessProbe } from '../processProbe.js';
import { parseSeeds } from '../sweep/SweepSpec.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

/** Options of `validate`. */
export interface ValidateCommandOptions {
  phase?: string;
  quick?: boolean;
  seeds?: string;
  only?: string;
  json?: string;
  md?: string;
  html?: string;
  results?: string;
  recommend?: boolean;
}

/** Runs the command. */
export async function validateCommand(options: ValidateCommandOptions, io: Io): Promise<number> {
  const phase = (options.phase ?? '3') as Phase;
  if (!PHASES.includes(phase)) throw new UsageError(`--phase ${options.phase}: expected one of ${PHASES.join(', ')}`);
  const seeds = parseSeeds(options.seeds ?? (options.quick ? '1..2' : '1..5'));
  if (options.only !== undefined && options.only.trim() === '') throw new UsageError('--only: empty; give a target id prefix or a table name (e.g. clustering, registration.single)');
  const rows = options.only === undefined ? allTargets : allTargets.filter((r) => r.id.startsWith(options.only!) || r.table === options.only);
  if (rows.length === 0) throw new UsageError(`--only ${options.only}: matches no target id or table (e.g. clustering, registration.single)`);
  const started = performance.now();
  let last = started;
  const { report, results } = runValidation({
    rows,
    scenarios,
    phase,
    quick: options.quick ?? false,
    seeds,
    recommend: options.recommend,
    runOptions: { probe: createProcessProbe() },
    onRun: (scenario, params, seed) => {
      const now = performance.now();
      io.stderr(`[${((now - started) / 1000).toFixed(1)} s, +${((now - last) / 1000).toFixed(1)} s] ${scenario} seed ${seed} ${Object.entries(params).map(([k, v]) => `${k}=${String(v)}`).join(' ')}\n`);
      last = now;
    },
  });
  const table = [['status', 'target', 'measured', 'requirement', 'note']];
  for (const { row, outcome } of report.rows) {
    if (outcome.status === 'skipped') table.push(['skipped', row.id, '', '', outcome.reason]);
    else table.push([outcome.status, row.id, formatValue(outcome.value, row.unit), `${outcome.requirement.op} ${formatValue(outcome.requirement.limit, row.unit)}`, `${row.critical ? 'critical' : ''}${outcome.reason ? ` ${outcome.reason}` : ''}`.trim()]);
  }
  io.stdout(`${textTable(table)}\n\n`);
  io.stdout(`validation (phase ${phase}${report.quick ? ', quick' : ''}): ${report.status.toUpperCase()} — ${report.passed} passed, ${report.warnings} warnings, ${report.criticalFailures} critical failures, ${report.skipped} skipped (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  if (options.json !== undefined) writeFileAtomic(options.json, `${JSON.stringify(report, null, 2)}\n`);
  if (options.results !== undefined) writeFileAtomic(options.results, `${JSON.stringify(results, null, 2)}\n`);
  if (options.md !== undefined) writeFileAtomic(options.md, renderSummaryMarkdown({ results, validation: report }));
  if (options.html !== undefined) writeFileAtomic(options.html, await renderHtmlReport({ results, validation: report }));
  return report.status === 'failed' ? 1 : 0;
}
