/**
 * `agentsim claims [--only PREFIX] [--quick] [--workers N] [--seeds LIST] [--phase P] [--md F] [--html F] [--json F]`:
 * the claim map of every target row that declares the parameters deciding it — where the claim
 * holds and where it fails, as a boundary table, a heat map and one generated sentence. Exit 1
 * when a run failed (its cells show why), else 0: a claim failing is a finding, not an error.
 */
import { allTargets, claimBoundary, PHASES, renderClaimsMarkdown, renderHtmlReport, textTable, type ClaimMap, type Phase } from '../../analysis/index.js';
import { baseLine, nearestLine } from '../../analysis/index.js';
import { UsageError } from '../../engine/index.js';
import { processIo, type Io } from '../Io.js';
import { runClaimMaps } from '../sweep/runClaimMaps.js';
import { parseSeeds } from '../sweep/SweepSpec.js';
import { OutputPlan } from '../io/index.js';
import { parseWorkers } from './sweep.js';

/** Options of `claims`. */
export interface ClaimsCommandOptions {
  only?: string;
  quick?: boolean;
  workers?: string;
  seeds?: string;
  phase?: string;
  md?: string;
  html?: string;
  json?: string;
}

/** Runs the command. */
export async function claimsCommand(options: ClaimsCommandOptions, io: Io): Promise<number> {
  return OutputPlan.run(io, (plan) => claims(options, plan, io === processIo));
}

async function claims(options: ClaimsCommandOptions, plan: OutputPlan, isProcess: boolean): Promise<number> {
  const io = plan.display;
  const outputs = { json: plan.output('--json', options.json), md: plan.output('--md', options.md), html: plan.output('--html', options.html) };
  const phase = (options.phase ?? '3') as Phase;
  if (!PHASES.includes(phase)) throw new UsageError(`--phase ${options.phase}: expected one of ${PHASES.join(', ')}`);
  const quick = options.quick ?? false;
  const seeds = parseSeeds(options.seeds ?? (quick ? '1..2' : '1..3'));
  const workers = parseWorkers(options.workers);
  const declared = allTargets.filter((r) => r.claim !== undefined);
  if (options.only !== undefined && options.only.trim() === '') throw new UsageError('--only: empty; give a target id prefix or a table name (e.g. clustering)');
  const rows = options.only === undefined ? declared : declared.filter((r) => r.id.startsWith(options.only!) || r.table === options.only);
  if (rows.length === 0) throw new UsageError(`--only ${options.only}: no target row with a claim map matches (rows with one: ${declared.map((r) => r.id).join(', ')})`);
  const started = performance.now();
  const outcome = await runClaimMaps(rows, { phase, quick, seeds, workers, tty: isProcess && process.stderr.isTTY === true }, io);
  for (const s of outcome.skipped) io.stderr(`claims: ${s.id} skipped: ${s.reason}\n`);
  io.stdout(claimsText(outcome.maps));
  io.stdout(`claims (phase ${phase}${quick ? ', quick' : ''}): ${outcome.maps.length} maps, ${outcome.maps.filter((m) => m.holds > 0).length} with a region where the claim holds (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  const doc = { schema: 'agentsim.claims/1', phase, quick, seeds, maps: outcome.maps, skipped: outcome.skipped };
  plan.write(outputs.json, `${JSON.stringify(doc, null, 2)}\n`);
  if (outputs.md !== undefined) plan.write(outputs.md, renderClaimsMarkdown(outcome.maps, { title: `Claim maps (phase ${phase}${quick ? ', quick grid' : ''})` }));
  if (outputs.html !== undefined) plan.write(outputs.html, await renderHtmlReport({ title: `agentsim claim maps (phase ${phase}${quick ? ', quick grid' : ''})`, results: [], claims: outcome.maps }));
  if (outcome.failedRuns > 0) {
    io.stderr(`${outcome.failedRuns} run(s) failed; their cells are marked "!" with the error\n`);
    return 1;
  }
  return 0;
}

/** The maps as text: per claim its sentence, the validated and nearest holding configurations, and the boundary table. */
export function claimsText(maps: readonly ClaimMap[]): string {
  const out: string[] = [];
  for (const m of maps) out.push(`== ${m.id}`, m.sentence, `  ${baseLine(m)}`, `  ${nearestLine(m)}`, textTable(claimBoundary(m)), '');
  return `${out.join('\n')}\n`;
}
