/**
 * `agentsim replay <trace.jsonl>`: prints the recorded run as a timeline (filtered by actor and
 * time window), or with `--verify` re-simulates it from its header and confirms it matches.
 */
import { canonicalJson, diffTraces, parseFaultPlan, UsageError, type TraceEvent } from '../../engine/index.js';
import { runScenario } from '../../scenarios/index.js';
import { parseTime, readInputFile } from '../inputs.js';
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
  if (from > to) throw new UsageError(`--from ${options.from} is after --to ${options.to}: the window would be empty`);
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
  const scenario = await loadScenario(header.scenario);
  const faults = header.faults === undefined ? undefined : parseFaultPlan(header.faults, `${path}: header.faults`);
  const chunks: string[] = [];
  const result = runScenario(scenario, header.params, header.seed, { faults, bugs: header.bugs, sink: (c) => chunks.push(c), readInput: readInputFile });
  const lines = chunks.join('').split('\n');
  lines.pop();
  const diff = await diffTraces(trace.lines(), lines);
  if (diff.identical) {
    io.stdout(`verified: re-simulation matches (${diff.events} events, traceHash ${result.traceHash})\n`);
    return 0;
  }
  io.stdout(`MISMATCH: ${diff.summary}\n`);
  return 1;
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
