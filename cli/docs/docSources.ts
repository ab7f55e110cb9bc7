/**
 * The inputs of the docs generator, and the pages it fills: README.md and every Markdown file
 * under docs/. `missingBlocks` lists what the docs must contain so that nothing escapes the
 * generator (every scenario's parameters and metrics, every command's options).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scenarios } from '../../scenarios/index.js';
import { createProgram } from '../createProgram.js';
import { measureMetrics, type MeasuredScenario } from './measureMetrics.js';
import { metricMeanings } from './metricMeanings.js';
import type { DocSources } from './renderDocs.js';
import { scenarioPages } from './scenarioPages.js';

/** The sources of the built-in scenarios and the real CLI program; metrics are measured lazily. */
export function createDocSources(): DocSources {
  const cache = new Map<string, MeasuredScenario>();
  const pages = Object.fromEntries(Object.entries(scenarioPages).map(([name, p]) => [name, p.page]));
  return {
    scenarios,
    pages,
    program: createProgram(),
    measured(name) {
      let m = cache.get(name);
      if (m === undefined) {
        const page = scenarioPages[name];
        if (page === undefined) throw new Error(`scenario "${name}" has no entry in cli/docs/scenarioPages.ts`);
        cache.set(name, (m = measureMetrics(scenarios.get(name)!, page.variants, metricMeanings[name])));
      }
      return m;
    },
  };
}

/** The pages that may hold generated blocks, from the repository root: README.md, docs/**.md. */
export function docFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.md') ? [`${dir}/${e.name}`] : []));
  return ['README.md', ...walk('docs')];
}

/** Blocks the docs must hold somewhere but do not (e.g. `params failure-detection`). */
export function missingBlocks(blocks: ReadonlySet<string>, sources: DocSources): string[] {
  const wanted = [
    'scenarios',
    'commands',
    ...[...sources.scenarios.values()].flatMap((s) => [`params ${s.name}`, `metrics ${s.name}`, ...(s.presets ? [`presets ${s.name}`] : [])]),
    ...sources.program.commands.map((c) => `options ${c.name()}`),
  ];
  const missing = wanted.filter((b) => !blocks.has(b));
  for (const name of sources.scenarios.keys()) if (scenarioPages[name] === undefined) missing.push(`a page for ${name} in cli/docs/scenarioPages.ts`);
  return missing;
}
