/** `agentsim list`: the scenarios, one line each, or every detail with `--json`. */
import { describeRange, scenarios, type ParamSpecs } from '../../scenarios/index.js';
import type { Io } from '../Io.js';

/** Prints the scenario list. */
export function listCommand(options: { json?: boolean }, io: Io): number {
  const all = [...scenarios.values()];
  if (options.json) {
    const details = all.map((s) => ({
      name: s.name,
      summary: s.summary,
      params: Object.fromEntries(
        Object.entries(s.params as ParamSpecs).map(([key, spec]) => [key, { ...spec, ...('pattern' in spec && spec.pattern ? { pattern: String(spec.pattern) } : {}), range: describeRange(spec) }]),
      ),
      presets: s.presets ?? {},
    }));
    io.stdout(`${JSON.stringify(details, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...all.map((s) => s.name.length));
  io.stdout(`${all.map((s) => `${s.name.padEnd(width)}  ${s.summary}`).join('\n')}\n`);
  return 0;
}

/** The parameters of every scenario, for `run --help`. */
export function paramsHelp(): string {
  const lines = ['', 'Scenario parameters (--set key=value):'];
  for (const s of scenarios.values()) {
    lines.push('', `  ${s.name}${s.presets ? `  (presets: ${Object.keys(s.presets).join(', ')})` : ''}`);
    for (const [key, spec] of Object.entries(s.params as ParamSpecs)) {
      lines.push(`    ${key.padEnd(22)} ${spec.description}; default ${String(spec.default)}; ${describeRange(spec)}`);
    }
  }
  return lines.join('\n');
}
