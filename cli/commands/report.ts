/**
 * `agentsim report RESULTS... [--md FILE] [--html FILE]`: the Markdown summary and the HTML
 * report with charts from results files (a validation report or a comparison may be among them).
 */
import { renderHtmlReport, renderSummaryMarkdown } from '../../analysis/index.js';
import { UsageError } from '../../engine/index.js';
import type { Io } from '../Io.js';
import { loadInputs } from '../loadResults.js';
import { OutputPlan } from '../io/index.js';

/** Options of `report`. */
export interface ReportCommandOptions {
  md?: string;
  html?: string;
  json?: string;
  title?: string;
}

/** Runs the command; prints the Markdown when no output file is named. */
export async function reportCommand(paths: readonly string[], options: ReportCommandOptions, io: Io): Promise<number> {
  return OutputPlan.run(io, (plan) => report(paths, options, plan));
}

async function report(paths: readonly string[], options: ReportCommandOptions, plan: OutputPlan): Promise<number> {
  const outputs = { md: plan.output('--md', options.md), json: plan.output('--json', options.json), html: plan.output('--html', options.html) };
  const inputs = loadInputs(paths, 'report', plan);
  if (inputs.results.length === 0 && !inputs.validation && !inputs.comparison) throw new UsageError(`report: no results, validation or comparison found in ${paths.join(', ')}`);
  const input = { ...inputs, ...(options.title ? { title: options.title } : {}) };
  const md = renderSummaryMarkdown(input);
  plan.write(outputs.md, md);
  plan.write(outputs.json, `${JSON.stringify(inputs, null, 2)}\n`);
  if (outputs.html !== undefined) plan.write(outputs.html, await renderHtmlReport(input));
  if (options.md === undefined && options.html === undefined && options.json === undefined) plan.display.stdout(md);
  return 0;
}
