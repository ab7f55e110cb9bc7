/**
 * `agentsim validate [--phase baseline|1|2|3] [--quick]`: the validation pipeline against the
 * seed's target tables, with the claim map of each failed row that declares one (where the
 * claim would hold; `--no-claims` skips them). Exit 1 when the overall status is failed (a
 * critical row failed).
 */
import { allTargets, formatValue, PHASES, renderHtmlReport, renderSummaryMarkdown, runValidation, textTable, type Phase } from '../../analysis/index.js';
import { UsageError } from '../../engine/index.js';
import { scenarios } from '../../scenarios/index.js';
import type { Io } from '../Io.js';
import { createProcessProbe } from '../processProbe.js';
import { runClaimMaps } from '../sweep/runClaimMaps.js';
import { parseSeeds } from '../sweep/SweepSpec.js';
import { interruptible, OutputPlan } from '../io/index.js';
import { claimsText } from './claims.js';
import { parseWorkers } from './sweep.js';

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
  /** false with `--no-claims`. */
  claims?: boolean;
  workers?: string;
}

/** Runs the command. */
export async function validateCommand(options: ValidateCommandOptions, io: Io): Promise<number> {
  return OutputPlan.run(io, (plan) => validate(options, plan));
}

async function validate(options: ValidateCommandOptions, plan: OutputPlan): Promise<number> {
  const io = plan.display;
  const outputs = { json: plan.output('--json', options.json), results: plan.output('--results', options.results), md: plan.output('--md', options.md), html: plan.output('--html', options.html) };
  const phase = (options.phase ?? '3') as Phase;
  if (!PHASES.includes(phase)) throw new UsageError(`--phase ${options.phase}: expected one of ${PHASES.join(', ')}`);
  const seeds = parseSeeds(options.seeds ?? (options.quick ? '1..2' : '1..5'));
  const workers = parseWorkers(options.workers);
  if (options.only !== undefined && options.only.trim() === '') throw new UsageError('--only: empty; give a target id prefix or a table name (e.g. clustering, registration.single)');
  const rows = options.only === undefined ? allTargets : allTargets.filter((r) => r.id.startsWith(options.only!) || r.table === options.only);
  if (rows.length === 0) throw new UsageError(`--only ${options.only}: matches no target id or table (e.g. clustering, registration.single)`);
  const started = performance.now();
  let last = started;
  const { report, results } = interruptible(() => runValidation({
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
  }));
  const table = [['status', 'target', 'measured', 'requirement', 'note']];
  for (const { row, outcome } of report.rows) {
    if (outcome.status === 'skipped') table.push(['skipped', row.id, '', '', outcome.reason]);
    else table.push([outcome.status, row.id, formatValue(outcome.value, row.unit), `${outcome.requirement.op} ${formatValue(outcome.requirement.limit, row.unit)}`, `${row.critical ? 'critical' : ''}${outcome.reason ? ` ${outcome.reason}` : ''}`.trim()]);
  }
  io.stdout(`${textTable(table)}\n\n`);
  // Each failed row that declares its deciding parameters gets its claim map (a map is grid-sized
  // sweep: the quick grid with --quick), so the summary can show where the claim would hold.
  const failed = report.rows.filter((r) => r.outcome.status === 'failed' && r.row.claim !== undefined).map((r) => r.row);
  const claims = options.claims === false || failed.length === 0 ? [] : (await runClaimMaps(failed, { phase, quick: report.quick, seeds: seeds.slice(0, 2), workers }, io)).maps;
  if (claims.length > 0) io.stdout(`claim maps of the failed rows (\`agentsim claims --only ID\` for one map; --html for heat maps):\n\n${claimsText(claims)}`);
  io.stdout(`validation (phase ${phase}${report.quick ? ', quick' : ''}): ${report.status.toUpperCase()} — ${report.passed} passed, ${report.warnings} warnings, ${report.criticalFailures} critical failures, ${report.skipped} skipped (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  plan.write(outputs.json, `${JSON.stringify(claims.length ? { ...report, claims } : report, null, 2)}\n`);
  plan.write(outputs.results, `${JSON.stringify(results, null, 2)}\n`);
  if (outputs.md !== undefined) plan.write(outputs.md, renderSummaryMarkdown({ results, validation: report, claims }));
  if (outputs.html !== undefined) plan.write(outputs.html, await renderHtmlReport({ results, validation: report, claims }));
  return report.status === 'failed' ? 1 : 0;
}
