/** What a report is made of: results, and optionally a validation, a comparison and trends. */
import type { RunResult } from '../../scenarios/index.js';
import type { Comparison, TrendFinding } from '../compare/index.js';
import type { ValidationReport } from '../validation/index.js';

/** The inputs of the Markdown and HTML reports. */
export interface ReportInput {
  readonly title?: string;
  readonly results: readonly RunResult[];
  readonly validation?: ValidationReport;
  readonly comparison?: Comparison;
  readonly trends?: readonly TrendFinding[];
}
