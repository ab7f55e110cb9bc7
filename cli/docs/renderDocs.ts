/**
 * Fills the generated blocks of a Markdown page. A block is
 * `<!-- generated:KIND [ARG] -->` … `<!-- /generated -->`; everything between the markers is
 * replaced, everything outside is left as written. Kinds: `scenarios` (one line per scenario,
 * linking to its page), `params NAME`, `presets NAME`, `metrics NAME` (with the invariants),
 * `commands` (the CLI's command table) and `options COMMAND`.
 */
import { posix } from 'node:path';
import type { Command, Option } from 'commander';
import { UsageError } from '../../engine/index.js';
import type { AnyScenario, ParamSpec, ParamSpecs } from '../../scenarios/index.js';
import type { MeasuredScenario } from './measureMetrics.js';

/** What the blocks are generated from. */
export interface DocSources {
  readonly scenarios: ReadonlyMap<string, AnyScenario>;
  /** Docs page (from the repository root) of each scenario. */
  readonly pages: Readonly<Record<string, string>>;
  /** Measured metrics of a scenario (computed on demand, once). */
  measured(name: string): MeasuredScenario;
  /** The CLI program (`createProgram()`). */
  readonly program: Command;
}

const BLOCK = /<!-- generated:([a-z]+)(?: ([\w-]+))? -->\n[\s\S]*?<!-- \/generated -->/g;

/** The page `text` (at `file`, from the repository root) with every generated block refreshed. */
export function renderDocs(text: string, file: string, sources: DocSources): string {
  return text.replace(BLOCK, (_whole, kind: string, arg: string | undefined) => {
    const body = renderBlock(kind, arg, file, sources);
    return `<!-- generated:${kind}${arg ? ` ${arg}` : ''} -->\n${body}\n<!-- /generated -->`;
  });
}

/** The kinds and arguments of the generated blocks in `text`, e.g. `params failure-detection`. */
export function generatedBlocks(text: string): string[] {
  return [...text.matchAll(BLOCK)].map((m) => (m[2] ? `${m[1]} ${m[2]}` : m[1]!));
}

function renderBlock(kind: string, arg: string | undefined, file: string, sources: DocSources): string {
  switch (kind) {
    case 'scenarios':
      return [...sources.scenarios.values()]
        .map((s) => `- [\`${s.name}\`](${posix.relative(posix.dirname(file), sources.pages[s.name] ?? missingPage(s.name))}#${s.name}): ${s.summary}`)
        .join('\n');
    case 'params':
      return paramsTable(scenario(sources, arg));
    case 'presets':
      return presetsTable(scenario(sources, arg));
    case 'metrics':
      return metricsTable(sources.measured(scenario(sources, arg).name), posix.relative(posix.dirname(file), 'cli/docs/scenarioPages.ts'));
    case 'commands':
      return table(
        ['command', 'what it does'],
        visibleCommands(sources.program).map((c) => [`[\`agentsim ${c.name()}${usageOf(c)}\`](${posix.relative(posix.dirname(file), 'docs/cli.md')}#${c.name()})`, escape(c.description())]),
      );
    case 'options':
      return optionsTable(command(sources.program, arg));
    default:
      throw new UsageError(`${file}: unknown generated block "${kind}"`);
  }
}

function scenario(sources: DocSources, name: string | undefined): AnyScenario {
  const s = name === undefined ? undefined : sources.scenarios.get(name);
  if (s === undefined) throw new UsageError(`generated block names unknown scenario "${name}"`);
  return s;
}

function missingPage(name: string): never {
  throw new UsageError(`scenario "${name}" has no docs page: add it to cli/docs/scenarioPages.ts`);
}

function paramsTable(s: AnyScenario): string {
  const rows = Object.entries(s.params as ParamSpecs).map(([key, spec]) => [`\`${key}\``, spec.type, code(spec.default), rangeOf(spec), escape(spec.description)]);
  return table(['parameter', 'type', 'default', 'range', 'description'], rows);
}

function presetsTable(s: AnyScenario): string {
  const presets = Object.entries((s.presets ?? {}) as Record<string, Record<string, unknown>>);
  if (presets.length === 0) return '_No presets._';
  const keys = [...new Set(presets.flatMap(([, p]) => Object.keys(p)))];
  return table(
    ['preset', ...keys.map((k) => `\`${k}\``)],
    presets.map(([name, p]) => [`\`${name}\``, ...keys.map((k) => (p[k] === undefined ? '' : code(p[k])))]),
  );
}

function metricsTable(m: MeasuredScenario, link: string): string {
  const when = (variants: readonly string[]): string => (variants.length === m.variants.length ? 'always' : variants.map((v) => `\`${v}\``).join(', '));
  const metrics = table(
    ['metric', 'kind', 'unit', 'reported', 'meaning'],
    m.metrics.map((r) => [`\`${r.name}\``, r.kinds.join(', '), r.units.join(', '), when(r.variants), escape(r.meaning)]),
  );
  const invariants = m.invariants.map((i) => `\`${i.name}\`${i.variants.length === m.variants.length ? '' : ` (${when(i.variants)})`}`).join(', ');
  const runs = m.variants.map((v) => `\`${v}\``).join(', ');
  return `${metrics}\n\nInvariants reported: ${invariants}.\n\n_Names, kinds and units as measured by runs with small parameters (seed 1): ${runs}; the variants are in [cli/docs/scenarioPages.ts](${link}), the meanings in [cli/docs/metricMeanings.ts](${link.replace('scenarioPages', 'metricMeanings')})._`;
}

function rangeOf(spec: ParamSpec): string {
  switch (spec.type) {
    case 'int':
    case 'number':
      return `${grouped(spec.min)} – ${grouped(spec.max)}`;
    case 'enum':
      return spec.values.map((v) => `\`${v}\``).join(', ');
    case 'boolean':
      return '`true`, `false`';
    case 'distribution':
      return 'distribution';
    case 'string':
      return spec.pattern ? `matches \`${String(spec.pattern)}\`` : 'any string';
  }
}

function visibleCommands(program: Command): Command[] {
  return program.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
}

function usageOf(c: Command): string {
  const args = (c as unknown as { registeredArguments: readonly { name(): string; required: boolean; variadic: boolean }[] }).registeredArguments;
  return args.map((a) => ` ${a.required ? '<' : '['}${a.name()}${a.variadic ? '...' : ''}${a.required ? '>' : ']'}`).join('');
}

function command(program: Command, name: string | undefined): Command {
  const c = program.commands.find((x) => x.name() === name);
  if (c === undefined) throw new UsageError(`generated block names unknown command "${name}"`);
  return c;
}

function optionsTable(c: Command): string {
  const args = (c as unknown as { registeredArguments: readonly { name(): string; description: string; required: boolean; variadic: boolean }[] }).registeredArguments;
  const rows = [
    ...args.map((a) => [`\`${a.required ? '<' : '['}${a.name()}${a.variadic ? '...' : ''}${a.required ? '>' : ']'}\``, '', escape(a.description)]),
    ...c.options.filter((o: Option) => !o.hidden).map((o: Option) => [`\`${o.flags}\``, o.defaultValue === undefined ? '' : code(o.defaultValue), escape(o.description)]),
  ];
  return table(['argument / option', 'default', 'description'], rows);
}

/** 100000 → 100,000, for reading (defaults stay raw: they are what `--set` takes). */
function grouped(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 20 });
}

function code(value: unknown): string {
  return `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
