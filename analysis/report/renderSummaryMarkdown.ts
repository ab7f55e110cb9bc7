/**
 * The Markdown summary (`performance_summary.md`): validation status and table, computed
 * recommendations, regressions and trends, and per-scenario metrics across seeds. Sized for a
 * pull-request comment: long sections are cut, and the whole stays under GitHub's 65,536 chars.
 */
import { claimBoundary } from '../claims/claimBoundary.js';
import { baseLine, nearestLine, scopeLine } from '../claims/claimSections.js';
import { markdownTable } from '../formatTable.js';
import { comparisonRows, recommendationLines, resultRows, skippedRows, trendRows, validationHeadline, validationRows } from './reportSections.js';
import type { ReportInput } from './ReportInput.js';

const LIMIT = 60_000;

/** Renders the summary. */
export function renderSummaryMarkdown(input: ReportInput): string {
  const out: string[] = [`## ${input.title ?? 'agentsim performance summary'}`, ''];
  const v = input.validation;
  if (v) {
    out.push(validationHeadline(v), '', markdownTable(validationRows(v)), '');
    const recs = recommendationLines(v);
    if (recs.length) out.push('### Recommendations (one-at-a-time parameter sweeps)', '', ...recs.map((l) => `- ${l}`), '');
    const skipped = skippedRows(v);
    if (skipped.length > 1) out.push(`<details><summary>${skipped.length - 1} rows skipped</summary>`, '', markdownTable(skipped), '', '</details>', '');
  }
  if (input.claims?.length) {
    out.push('### Where the failed claims would hold (claim maps)', '');
    for (const m of input.claims) {
      out.push(`- \`${m.id}\`: ${m.sentence}`, `  - ${baseLine(m)}`, `  - **${nearestLine(m)}**`, `  - ${scopeLine(m)}; full map: \`agentsim claims --only ${m.id} --html claims.html\``);
    }
    out.push('');
    for (const m of input.claims) {
      out.push(`<details><summary>boundary: ${m.id}</summary>`, '', markdownTable(claimBoundary(m).map((r) => r.map((c) => c.replace(/\|/g, '\\|')))), '', '</details>', '');
    }
  }
  if (input.comparison) {
    const c = input.comparison;
    out.push(`### Regression check: ${c.critical} critical, ${c.warning} warning, ${c.info} info`, '');
    const rows = comparisonRows(input);
    out.push(rows.length > 1 ? markdownTable(rows.slice(0, 51)) : '_no change beyond the thresholds_', '');
    if (c.onlyInBaseline.length || c.onlyInCurrent.length) out.push(`Not compared: ${c.onlyInBaseline.length} group(s) only in the baseline, ${c.onlyInCurrent.length} only in the current results.`, '');
  }
  if (input.trends) {
    const rows = trendRows(input);
    out.push('### Trends', '', rows.length > 1 ? markdownTable(rows.slice(0, 31)) : '_no significant trend_', '');
  }
  if (input.results.length) {
    out.push('### Results', '');
    for (const { title, rows } of resultRows(input).slice(0, 20)) out.push(`<details><summary>${title}</summary>`, '', markdownTable(rows), '', '</details>', '');
  }
  let text = out.join('\n');
  if (text.length > LIMIT) text = `${text.slice(0, LIMIT)}\n\n_…cut to fit a comment; see the HTML report._\n`;
  return text;
}
