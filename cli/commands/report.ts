/**
 * `agentsim report RESULTS... [--md FILE] [--html FILE]`: the Markdown summary and the HTML
 * report with charts from results files (a validation report or a comparison may be among them).
 */
import { renderHtmlReport, renderSummaryMarkdown } from '../../analysis/index.js';
import { UsageError } from '../../engine/index.js';
import type { Io } from '../Io.js';
import { loadInputs } from '../loadResults.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

/** Options of `report`. */
export interface ReportCommandOptions {
  md?: string;
  html?: string;
  json?: string;
  title?: string;
}

/** Runs the command; prints the Markdown when no output file is named. */
export async function reportCommand(paths: readonly string[], options: ReportCommandOptions, io: Io): Promise<number> {
  const inputs = loadInputs(paths, 'report');
  if (inputs.results.length === 0 && !inputs.validation && !inputs.comparison) throw new UsageError(`report: no results, validation or comparison found in ${paths.join(', ')}`);
  const input = { ...inputs, ...(options.title ? { title: options.title } : {}) };
  const md = renderSummaryMarkdown(input);
  if (options.md !== undefined) writeFileAtomic(options.md, md);
  if (options.json !== undefined) writeFileAtomic(options.json, `${JSON.stringify(inputs, null, 2)}\n`);
  if (options.html !== undefined) writeFileAtomic(options.html, await renderHtmlReport(input));
  if (options.md === undefined && options.html === undefined && options.json === undefined) io.stdout(md);
  return 0;
}
