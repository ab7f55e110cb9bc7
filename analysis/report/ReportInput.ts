/** What a report is made of: results, and optionally a validation, a comparison, trends and claim maps. */
import type { RunResult } from '../../scenarios/index.js';
import type { ClaimMap } from '../claims/ClaimMap.js';
import type { Comparison, TrendFinding } from '../compare/index.js';
import type { ValidationReport } from '../validation/index.js';

/** The inputs of the Markdown and HTML reports. */
export interface ReportInput {
  readonly title?: string;
  readonly results: readonly RunResult[];
  readonly validation?: ValidationReport;
  readonly comparison?: Comparison;
  readonly trends?: readonly TrendFinding[];
  /** Claim maps (from `agentsim claims`, or those `validate` drew for its failed rows). */
  readonly claims?: readonly ClaimMap[];
}
