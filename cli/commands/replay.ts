/**
 * `agentsim replay <trace.jsonl|->`: prints the recorded run as a timeline (filtered by actor and
 * time window), exports it for Perfetto, or with `--verify` re-simulates it from its header and
 * confirms it matches — header, every event and the end line.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { canonicalJson, describeEvent, diffTraces, divergenceWindow, fingerprintTrace, isTraceFooter, parseFaultPlan, parseTraceLine, TRACE_SCHEMA, traceFooter, UsageError, type TraceEvent, type TraceHeader } from '../../engine/index.js';
import type { AnyScenario } from '../../scenarios/index.js';
import { fingerprintRun, renderWindow } from '../fingerprintRun.js';
import { toChromeTrace } from '../../analysis/index.js';
import { parseTime, readInputFile } from '../inputs.js';
import { brief, interruptible, OutputPlan, type Output } from '../io/index.js';
import type { Io } from '../Io.js';
import { loadScenario, moduleOf } from '../loadScenario.js';
import { openTrace, type TraceFile } from '../readTrace.js';

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
  const filters = (['actor', 'from', 'to'] as const).filter((k) => options[k] !== undefined).map((k) => `--${k}`);
  if (options.verify && (options.export !== undefined || filters.length > 0)) {
    throw new UsageError(`--verify checks the whole trace and writes nothing; run it without ${[...(options.export !== undefined ? ['--export'] : []), ...filters].join(', ')}`);
  }
  if (options.export !== undefined && filters.length > 0) throw new UsageError(`--export writes the whole run; ${filters.join(', ')} only filter the timeline`);
  return OutputPlan.run(io, async (plan) => {
    const exported = plan.output('--export', options.export);
    plan.input('trace', path);
    if (options.actor !== undefined && options.actor.trim() === '') throw new UsageError('--actor: empty; give an actor id (e.g. monitor)');
    const trace = await openTrace(path, io);
    if (options.verify) return verify(trace, plan.display);
    if (exported !== undefined) return exportTrace(trace, exported, plan);
    const out = plan.display;
    const { header } = trace;
    out.stdout(`# ${header.scenario} seed ${header.seed} (agentsim ${header.agentsim})\n`);
    let shown = 0;
    let batch: string[] = [];
    // Actors of the whole trace, to tell a misspelt --actor from one idle in the window.
    const actors = options.actor === undefined ? undefined : new Set<string>();
    let whole = true;
    for await (const e of trace.events()) {
      actors?.add(e.src).add(e.dst);
      if (e.time < from) continue;
      if (e.time > to) {
        whole = false;
        break;
      }
      if (options.actor !== undefined && e.src !== options.actor && e.dst !== options.actor) continue;
      batch.push(formatTimelineEvent(e));
      shown++;
      if (batch.length >= 1000) {
        out.stdout(`${batch.join('\n')}\n`);
        batch = [];
      }
    }
    if (batch.length) out.stdout(`${batch.join('\n')}\n`);
    if (actors !== undefined && whole && !actors.has(options.actor!)) {
      throw new UsageError(`--actor ${brief(options.actor!)}: no event of the trace is from or to it (actors: ${brief([...actors].sort().join(', '))})`);
    }
    out.stderr(`${shown} events shown\n`);
    return 0;
  });
}

/** One timeline row: time, kind, route, type, payload. */
export function formatTimelineEvent(e: TraceEvent): string {
  const route = e.src === e.dst ? e.src : `${e.src} -> ${e.dst}`;
  const payload = e.payload === undefined ? '' : ` ${canonicalJson(e.payload)}`;
  return `${e.time.toFixed(3).padStart(12)}  ${e.kind.padEnd(7)} ${route}  ${e.type}${payload}`;
}

async function verify(trace: TraceFile, io: Io): Promise<number> {
  const { header, name } = trace;
  if ((header.schema as string) !== TRACE_SCHEMA) {
    throw new UsageError(`${name}: written by an older agentsim (${String(header.schema)}); record it again to verify it with this version`);
  }
  const scenario = await scenarioOf(header, name);
  const faults = header.faults === undefined ? undefined : parseFaultPlan(header.faults, `${name}: header.faults`);
  const options = { faults, bugs: header.bugs, readInput: readInputFile, ...moduleOf(scenario) };
  // The trace can be read only once (it may be stdin): its lines are kept for a mismatch's diff.
  const lines: string[] = [];
  for await (const line of trace.lines()) lines.push(line);
  // Cheap first: the re-simulation only fingerprints, and the file's events are re-hashed.
  const run = interruptible(() => fingerprintRun(scenario, header.params, header.seed, options));
  const file = await fingerprintTrace(lines);
  if (file.traceHash === run.traceHash) {
    if (file.badRolling !== undefined) {
      const e = parseTraceLine(lines[file.badRolling + 1]!);
      io.stdout(`MISMATCH: event #${file.badRolling} (${describeEvent(e)}): its rolling hash differs (the "h" field was edited)\n`);
      return 1;
    }
    const recorded = trace.footer();
    const expected = traceFooter(file.events, file.rolling, run.traceHash);
    if (recorded !== expected) {
      const [a, b] = [recorded, expected].map((l) => canonicalJson((JSON.parse(l ?? 'null') as { end?: unknown } | null)?.end ?? null));
      io.stdout(`MISMATCH: ${a === b ? 'the end line is not in canonical form' : `end line: ${brief(a!, 60)} in the trace, ${brief(b!, 60)} re-simulated`}\n`);
      return 1;
    }
    io.stdout(`verified: re-simulation matches (${run.events} events, traceHash ${run.traceHash})\n`);
    return 0;
  }
  // Only now render, and only the span after the last checkpoint the two share.
  const window = divergenceWindow(file.checkpoints, run.checkpoints);
  const rendered = interruptible(() => renderWindow(scenario, header.params, header.seed, options, window));
  const diff = await diffTraces(linesInWindow(lines, window), rendered, window.from);
  if (diff.identical) {
    io.stdout(`MISMATCH: traceHash ${file.traceHash} (file) vs ${run.traceHash} (re-simulation)\n`);
    return 1;
  }
  const mismatch = diff.line === 0 ? headerMismatch(rendered[0]!, header) : eventMismatch(diff.line - 1, diff.a, diff.b, diff.summary);
  io.stdout(`MISMATCH: ${mismatch}\n`);
  return 1;
}

/** The header, then the lines of events with seq in `window` (line n holds seq n - 1), then the footer if reached. */
function* linesInWindow(lines: readonly string[], window: { from: number; to: number }): Generator<string> {
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (n === 0 || (n - 1 >= window.from && n - 1 < window.to) || (n - 1 >= window.from && isTraceFooter(line))) yield line;
    if (n - 1 >= window.to) return;
  }
}

/**
 * The scenario a trace was recorded from: the module file its header names (whose content must
 * still have the recorded hash), or the built-in of that name.
 */
async function scenarioOf(header: TraceHeader, name: string): Promise<AnyScenario> {
  const module = header.module;
  if (module === undefined) return loadScenario(header.scenario);
  let content: Buffer;
  try {
    content = readFileSync(module.path);
  } catch (err) {
    throw new UsageError(`${name}: recorded from module ${brief(module.path)}, which cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); cannot re-simulate`);
  }
  if (createHash('sha256').update(content).digest('hex') !== module.sha256) {
    throw new UsageError(`${name}: module ${brief(module.path)} changed since the trace was recorded (sha256 differs); cannot re-simulate`);
  }
  const scenario = await loadScenario(module.path);
  if (scenario.name !== header.scenario) throw new UsageError(`${name}: module ${brief(module.path)} defines "${brief(scenario.name)}", the trace "${brief(header.scenario)}"`);
  return scenario;
}

/** Names the first header field that differs between the recorded header and the re-simulated one. */
function headerMismatch(expectedLine: string, recorded: TraceHeader): string {
  const expected = JSON.parse(expectedLine) as Record<string, unknown>;
  const got = recorded as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(got)])].sort();
  for (const key of keys) {
    const [a, b] = [got[key], expected[key]];
    if (canonicalJson(a ?? null) === canonicalJson(b ?? null)) continue;
    const field = firstDifference(key, a, b);
    return `header field ${field.path}: ${show(field.a)} in the trace, ${show(field.b)} re-simulated`;
  }
  return 'the header line is not in canonical form (same fields, different text)';
}

function firstDifference(path: string, a: unknown, b: unknown): { path: string; a: unknown; b: unknown } {
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObj(a) && isObj(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      if (canonicalJson(a[key] ?? null) !== canonicalJson(b[key] ?? null) || (key in a) !== (key in b)) return firstDifference(`${path}.${key}`, a[key], b[key]);
    }
  }
  return { path, a, b };
}

function show(value: unknown): string {
  return value === undefined ? '(absent)' : brief(JSON.stringify(value), 40);
}

/** The first differing event, described so the two sides never read the same. */
function eventMismatch(seq: number, a: TraceEvent | undefined, b: TraceEvent | undefined, summary: string): string {
  if (a === undefined || b === undefined || describeEvent(a) !== describeEvent(b)) return summary;
  for (const key of ['payload', 'ref'] as const) {
    if (canonicalJson(a[key] ?? null) !== canonicalJson(b[key] ?? null)) {
      return `event #${seq} (${describeEvent(a)}): ${key} ${show(a[key])} in the trace, ${show(b[key])} re-simulated`;
    }
  }
  return `event #${seq} (${describeEvent(a)}): its rolling hash differs (the "h" field was edited)`;
}

/** `--export FILE`: the run as Chrome / Perfetto trace-event JSON, streamed to the output. */
async function exportTrace(trace: TraceFile, output: Output, plan: OutputPlan): Promise<number> {
  const write = plan.stream(output);
  let n = 0;
  write('{"displayTimeUnit":"ms","otherData":' + JSON.stringify({ scenario: trace.header.scenario, seed: trace.header.seed, agentsim: trace.header.agentsim }) + ',"traceEvents":[\n');
  let batch: string[] = [];
  for await (const event of toChromeTrace(trace.header, trace.events())) {
    batch.push(JSON.stringify(event));
    n++;
    if (batch.length >= 1000) {
      write(`${n > batch.length ? ',\n' : ''}${batch.join(',\n')}`);
      batch = [];
    }
  }
  if (batch.length) write(`${n > batch.length ? ',\n' : ''}${batch.join(',\n')}`);
  write('\n]}\n');
  plan.commit();
  plan.display.stderr(`${n} trace events written to ${output.path === '-' ? 'stdout' : output.path}\n`);
  return 0;
}
