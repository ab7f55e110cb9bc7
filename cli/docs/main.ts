/**
 * `npm run docs`: refreshes every generated block of README.md and docs/ from the scenario
 * definitions and the CLI program (run from dist/ after a build). Exit 1 when the docs lack a
 * block they must hold, 2 when a page names an unknown scenario, command or block.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../../engine/index.js';
import { createDocSources, docFiles, missingBlocks } from './docSources.js';
import { generatedBlocks, renderDocs } from './renderDocs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
try {
  const sources = createDocSources();
  const blocks = new Set<string>();
  for (const file of docFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    generatedBlocks(text).forEach((b) => blocks.add(b));
    const next = renderDocs(text, file, sources);
    if (next !== text) {
      writeFileSync(join(root, file), next);
      process.stdout.write(`updated ${file}\n`);
    }
  }
  const missing = missingBlocks(blocks, sources);
  if (missing.length > 0) {
    process.stderr.write(`docs: missing generated blocks: ${missing.join('; ')}\n`);
    process.exitCode = 1;
  }
} catch (err) {
  process.stderr.write(`docs: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = err instanceof UsageError ? 2 : 3;
}
