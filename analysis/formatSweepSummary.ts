/** The readable summary `agentsim sweep` and `agentsim merge` print. */
import { formatNumber, textTable } from './formatTable.js';
import type { SweepSummary } from './summarizeSweep.js';

/** One block per grid point: each metric's mean across seeds with its 95% confidence interval. */
export function formatSweepSummary(summary: SweepSummary): string {
  const out: string[] = [`${summary.scenario} — ${summary.runs.length} runs, ${summary.points.length} grid point${summary.points.length === 1 ? '' : 's'} x ${summary.seeds.length} seeds${summary.shard ? ` (shard ${summary.shard})` : ''}`];
  for (const p of summary.points) {
    const params = Object.entries(p.params).map(([k, v]) => `${k}=${v}`).join(' ');
    out.push('', `point ${p.point}${params ? `: ${params}` : ''} (${p.runs} runs)`);
    const rows = [['metric', 'stat', 'mean', '95% CI low', '95% CI high', 'n']];
    for (const [name, stats] of Object.entries(p.metrics)) {
      for (const [stat, ci] of Object.entries(stats)) rows.push([name, stat, formatNumber(ci.mean), formatNumber(ci.low), formatNumber(ci.high), String(ci.n)]);
    }
    if (rows.length > 1) out.push(textTable(rows));
    for (const [name, inv] of Object.entries(p.invariants)) {
      if (inv.violated > 0) out.push(`${name}: VIOLATED in ${inv.violated} of ${inv.runs} runs`);
      else out.push(`${name}: holds in ${inv.runs - inv.violatedNotApplicable} of ${inv.runs} runs${inv.violatedNotApplicable ? ` (${inv.violatedNotApplicable} violations not promised under their faults)` : ''}`);
    }
  }
  if (summary.missing.length > 0) out.push('', `missing: ${summary.missing.length} replicate(s) without a result, e.g. point ${summary.missing[0]!.point} seed ${summary.missing[0]!.seed}`);
  return `${out.join('\n')}\n`;
}
