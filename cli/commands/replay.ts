/**
 * `agentsim replay <trace.jsonl>`: prints the recorded run as a timeline (filtered by actor and
 * time window), or with `--verify` re-simulates it from its header and confirms it matches.
 */
import { canonicalJson, diffTraces, divergenceWindow, fingerprintTrace, isTraceFooter, parseFaultPlan, TRACE_SCHEMA, UsageError, type TraceEvent } from '../../engine/index.js';
import { fingerprintRun, renderWindow } from '../fingerprintRun.js';
import { parseTime } from '../inputs.js';
import type { Io } from '../Io.js';
import { loadScenario } from '../loadScenario.js';
import { openTrace } from '../readTrace.js';
import { openAtomic } from '../writeFileAtomic.js';
import { toChromeTrace } from '../../analysis/index.js';

/** Options of `replay`. */
export interface ReplayCommandOptions {
  verify?: boolean;
  actor?: string;
  from?: string;
  to?: string;
  export?: string;
}

/** Runs the command; with `--verify`, exit 1 when the re-simulation differs. */
export async function replayCommand(path: string, options: ReplayCommandOptions, io: Io): Promise<number> {
  const from = parseTime('--from', options.from) ?? 0;
  const to = parseTime('--to', options.to) ?? Infinity;
  const trace = await openTrace(path);
  if (options.verify) return verify(path, trace, io);
  if (options.export !== undefined) return exportTrace(trace, options.export, io);
  const { header } = trace;
  io.stdout(`# ${header.scenario} seed ${header.seed} (agentsim ${header.agentsim})\n`);
  let shown = 0;
  let batch: string[] = [];
  for await (const e of trace.events()) {
    if (e.time < from) continue;
    if (e.time > to) break;
    if (options.actor !== undefined && e.src !== options.actor && e.dst !== options.actor) continue;
    batch.push(formatTimelineEvent(e));
    shown++;
    if (batch.length >= 1000) {
      io.stdout(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length) io.stdout(`${batch.join('\n')}\n`);
  io.stderr(`${shown} events shown\n`);
  return 0;
}

/** One timeline row: time, kind, route, type, payload. */
export function formatTimelineEvent(e: TraceEvent): string {
  const route = e.src === e.dst ? e.src : `${e.src} -> ${e.dst}`;
  const payload = e.payload === undefined ? '' : ` ${canonicalJson(e.payload)}`;
  return `${e.time.toFixed(3).padStart(12)}  ${e.kind.padEnd(7)} ${route}  ${e.type}${payload}`;
}

async function verify(path: string, trace: Awaited<ReturnType<typeof openTrace>>, io: Io): Promise<number> {
  const { header } = trace;
  if ((header.schema as string) !== TRACE_SCHEMA) {
    throw new UsageError(`${path}: written by an older agentsim (${String(header.schema)}); record it again to verify it with this version`);
  }
  const scenario = await loadScenario(header.scenario);
  const faults = header.faults === undefined ? undefined : parseFaultPlan(header.faults, `${path}: header.faults`);
  const options = { faults, bugs: header.bugs };
  // Cheap first: the re-simulation fingerprints without rendering; the file's events re-hash.
  const run = fingerprintRun(scenario, header.params, header.seed, options);
  const file = await fingerprintTrace(trace.lines());
  if (file.traceHash === run.traceHash) {
    if (file.recorded !== run.traceHash) {
      io.stdout(`MISMATCH: the events match the re-simulation but the end line records traceHash ${file.recorded ?? '(none)'}, not ${run.traceHash}\n`);
      return 1;
    }
    io.stdout(`verified: re-simulation matches (${run.events} events, traceHash ${run.traceHash})\n`);
    return 0;
  }
  // Only now render, and only the span after the last checkpoint the two share.
  const window = divergenceWindow(file.checkpoints, run.checkpoints);
  const diff = await diffTraces(linesInWindow(trace.lines(), window), renderWindow(scenario, header.params, header.seed, options, window), window.from);
  io.stdout(diff.identical ? `MISMATCH: traceHash ${file.traceHash} (file) vs ${run.traceHash} (re-simulation)\n` : `MISMATCH: ${diff.summary}\n`);
  return 1;
}

/** The header, then the lines of events with seq in `window` (line n holds seq n - 1), then the footer if reached. */
async function* linesInWindow(lines: AsyncIterable<string>, window: { from: number; to: number }): AsyncGenerator<string> {
  let n = 0;
  for await (const line of lines) {
    if (n === 0 || (n - 1 >= window.from && n - 1 < window.to) || (n - 1 >= window.from && isTraceFooter(line))) yield line;
    if (n - 1 >= window.to) break;
    n++;
  }
}

/** `--export FILE`: the run as Chrome / Perfetto trace-event JSON, streamed to an atomic file. */
async function exportTrace(trace: Awaited<ReturnType<typeof openTrace>>, file: string, io: Io): Promise<number> {
  const out = openAtomic(file);
  let n = 0;
  try {
    out.write('{"displayTimeUnit":"ms","otherData":' + JSON.stringify({ scenario: trace.header.scenario, seed: trace.header.seed, agentsim: trace.header.agentsim }) + ',"traceEvents":[\n');
    let batch: string[] = [];
    for await (const event of toChromeTrace(trace.header, trace.events())) {
      batch.push(JSON.stringify(event));
      n++;
      if (batch.length >= 1000) {
        out.write(`${n > batch.length ? ',\n' : ''}${batch.join(',\n')}`);
        batch = [];
      }
    }
    if (batch.length) out.write(`${n > batch.length ? ',\n' : ''}${batch.join(',\n')}`);
    out.write('\n]}\n');
    out.commit();
  } catch (err) {
    out.abort();
    throw err;
  }
  io.stderr(`${n} trace events written to ${file}\n`);
  return 0;
}
