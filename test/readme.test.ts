// README's examples are real: every `$ npx agentsim …` command shown there is run in-process and
// must print what README says it prints (wall-clock times aside).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli/captureIo.js';

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const out = mkdtempSync(join(tmpdir(), 'agentsim-readme-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Each `$ npx agentsim ARGS` line of a text block with the lines up to the next `$` or the block's end. */
const examples = [...readme.matchAll(/^```text\n([\s\S]*?)^```/gm)].flatMap((m) =>
  m[1]!.split(/^(?=\$ )/m).filter((chunk) => chunk.startsWith('$ npx agentsim ')).map((chunk) => {
    const [command, ...output] = chunk.replace(/\n$/, '').split('\n');
    return { command: command!.slice(2), args: command!.slice('$ npx agentsim '.length).split(' '), output: output.join('\n') };
  }),
);
const wall = (text: string): string => text.replace(/\d+(\.\d+)? s wall/g, 'N s wall');

describe('README', () => {
  it('should show examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((e) => [e.command, e] as const))('should print what it shows for %s', async (_command, example) => {
    // Output paths go to a temporary folder; the printed text does not name them.
    const { stdout, stderr } = await runCli(example.args.map((a) => a.replace(/^out\//, `${out}/`)));
    expect(wall(`${stdout}${stderr}`.replace(/\n$/, ''))).toBe(wall(example.output));
  });
});
