/**
 * `agentsim recommend <scenario> --metric NAME`: a one-at-a-time sweep around the given
 * parameters ranking the parameters by how much they improve the metric.
 */
import { formatNumber, metricDirection, recommend, RunCache, textTable, type MetricStat } from '../../analysis/index.js';
import { parseDecimal, UsageError } from '../../engine/index.js';
import type { Io } from '../Io.js';
import { parseSets, readConfig } from '../inputs.js';
import { handlePendingSignals, interruptible } from '../io/index.js';
import { loadScenario } from '../loadScenario.js';
import { parseSeeds } from '../sweep/SweepSpec.js';

/** Options of `recommend`. */
export interface RecommendCommandOptions {
  metric?: string;
  stat?: string;
  better?: string;
  seeds?: string;
  set?: string[];
  config?: string;
  factor?: string;
}

const STATS: readonly MetricStat[] = ['mean', 'p50', 'p90', 'p99', 'max', 'min', 'value', 'count'];

/** Runs the command. */
export async function recommendCommand(target: string, options: RecommendCommandOptions, io: Io): Promise<number> {
  const scenario = await loadScenario(target);
  if (options.metric === undefined) throw new UsageError('--metric NAME: required (a metric the scenario reports)');
  const stat = (options.stat ?? 'mean') as MetricStat;
  if (!STATS.includes(stat)) throw new UsageError(`--stat ${options.stat}: expected one of ${STATS.join(', ')}`);
  if (options.better !== undefined && options.better !== 'lower' && options.better !== 'higher') throw new UsageError(`--better ${options.better}: expected lower or higher`);
  const factor = options.factor === undefined ? 2 : parseDecimal(options.factor);
  // Past 100 every variant is clamped to its parameter's range ends, where runs can be huge.
  if (!(factor > 1 && factor <= 100)) throw new UsageError(`--factor ${options.factor}: expected a number in (1, 100]`);
  const params = { ...readConfig(options.config), ...parseSets(options.set) };
  const progress = (p: Record<string, unknown>, seed: number): void => io.stderr(`run seed ${seed} ${Object.entries(p).map(([k, v]) => `${k}=${String(v)}`).join(' ')}\n`);
  // The first run checks the parameters: its progress line follows it, so bad input is one line.
  let checked = false;
  const cache = new RunCache((_, p, seed) => {
    if (checked) progress(p, seed);
  });
  const seeds = parseSeeds(options.seeds ?? '1..2');
  const first = interruptible(() => cache.run(scenario, params, seeds[0]!));
  if (first.metrics[options.metric] === undefined) throw new UsageError(`--metric ${options.metric}: ${scenario.name} reports ${Object.keys(first.metrics).join(', ')}`);
  const direction = options.better ?? metricDirection(options.metric);
  if (direction !== 'lower' && direction !== 'higher') throw new UsageError(`--better: required for ${options.metric} (lower or higher: its direction is not known from its name)`);
  checked = true;
  progress(params, seeds[0]!);
  // A signal that came during the first run is handled now, before the long synchronous search
  // takes its handlers off (it would otherwise wait in node's queue until the search ends).
  await handlePendingSignals();
  const metric = options.metric;
  const rec = interruptible(() => recommend({ scenario, params, metric, stat, better: direction, seeds, factor, run: (s, p, seed) => cache.run(s, p, seed) }));
  const rows = [['parameter', 'from', 'to', `${options.metric}.${stat}`, 'change', 'effect']];
  for (const e of rec.ranked) rows.push([e.param, String(e.from), String(e.to), formatNumber(e.value), e.change === null ? '—' : `${e.change > 0 ? '+' : ''}${formatNumber(e.change * 100)}%`, effectOf(e)]);
  io.stdout(`${scenario.name}: ${options.metric}.${stat} = ${formatNumber(rec.current)} now (${direction} is better; ${rec.runs} runs over seeds ${seeds.join(',')})\n${textTable(rows)}\n`);
  return 0;
}

/** The effect column: nothing to judge without a value on both sides, and no change is not worse. */
function effectOf(e: { change: number | null; improves: boolean }): string {
  if (e.change === null) return '—';
  if (e.change === 0) return 'no change';
  return e.improves ? 'improves' : 'worsens';
}
