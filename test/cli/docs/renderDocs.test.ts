import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDocSources, docFiles, generatedBlocks, missingBlocks, renderDocs } from '../../../cli/docs/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sources = createDocSources();

describe('renderDocs', () => {
  it('should leave every generated block of README.md and docs/ as the scenarios and the CLI make it (else run `npm run docs`)', () => {
    const stale = docFiles(root).filter((file) => {
      const text = readFileSync(join(root, file), 'utf8');
      return renderDocs(text, file, sources) !== text;
    });
    expect(stale, `stale generated docs in ${stale.join(', ')}: run \`npm run docs\``).toEqual([]);
  });

  it('should find a parameter table and a metric table for every scenario and an options table for every command', () => {
    const blocks = new Set(docFiles(root).flatMap((file) => generatedBlocks(readFileSync(join(root, file), 'utf8'))));
    expect(missingBlocks(blocks, sources)).toEqual([]);
  });

  it('should replace what is between the markers and keep the text around them', () => {
    const text = 'intro\n<!-- generated:params node-discovery -->\n| stale |\n<!-- /generated -->\noutro\n';
    const out = renderDocs(text, 'docs/x.md', sources);
    expect(out.startsWith('intro\n<!-- generated:params node-discovery -->\n| parameter |')).toBe(true);
    expect(out).toContain('| `fanout` | int | `1` |');
    expect(out.endsWith('<!-- /generated -->\noutro\n')).toBe(true);
    expect(out).not.toContain('| stale |');
  });

  it('should report a metric only some variants record, with those variants', () => {
    const out = renderDocs('<!-- generated:metrics failure-detection -->\n<!-- /generated -->', 'docs/x.md', sources);
    expect(out).toMatch(/\| `suspicion_ms` \| distribution \| ms \| `detector=swim`, `detector=central` \|/);
    expect(out).toMatch(/\| `detection_ms` \| distribution \| ms \| always \|/);
  });

  it('should link the scenario list relative to the page it is on', () => {
    const readme = renderDocs('<!-- generated:scenarios -->\n<!-- /generated -->', 'README.md', sources);
    const page = renderDocs('<!-- generated:scenarios -->\n<!-- /generated -->', 'docs/cli.md', sources);
    expect(readme).toContain('- [`load-balancing`](docs/scenarios/balancing.md#load-balancing): ');
    expect(page).toContain('- [`load-balancing`](scenarios/balancing.md#load-balancing): ');
  });

  it('should refuse a block naming an unknown scenario', () => {
    expect(() => renderDocs('<!-- generated:params nope -->\n<!-- /generated -->', 'docs/x.md', sources)).toThrow(/unknown scenario "nope"/);
  });
});
