/** Claim maps as Markdown: a summary table, then per claim its sentence, facts and boundary table. */
import { markdownTable } from '../formatTable.js';
import { claimBoundary } from './claimBoundary.js';
import type { ClaimMap } from './ClaimMap.js';
import { baseLine, claimSummaryRows, nearestLine, scopeLine } from './claimSections.js';

/** Renders maps; `heading` is the Markdown level of the per-claim headings (default 3). */
export function renderClaimsMarkdown(maps: readonly ClaimMap[], options: { title?: string; heading?: number } = {}): string {
  const h = '#'.repeat(options.heading ?? 3);
  const out = [`${'#'.repeat((options.heading ?? 3) - 1)} ${options.title ?? 'Claim maps'}`, '', markdownTable(claimSummaryRows(maps)), ''];
  for (const m of maps) {
    out.push(`${h} ${m.operation} (\`${m.id}\`)`, '', m.sentence, '', `- ${scopeLine(m)}`, `- ${baseLine(m)}`, `- ${nearestLine(m)}`);
    if (m.why) out.push(`- why these parameters: ${m.why}`);
    out.push('', markdownTable(claimBoundary(m).map((r) => r.map((c) => c.replace(/\|/g, '\\|')))), '');
  }
  return `${out.join('\n')}\n`;
}
