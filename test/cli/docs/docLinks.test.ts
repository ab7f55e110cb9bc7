import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { docFiles } from '../../../cli/docs/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (file: string): string => readFileSync(join(root, file), 'utf8');
/** The text outside fenced code blocks. */
const prose = (text: string): string => text.replace(/^```[\s\S]*?^```/gm, '');
/** GitHub's anchor for a heading. */
const slug = (heading: string): string => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
const anchorsOf = (file: string): Set<string> => new Set([...prose(read(file)).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));

describe('docFiles', () => {
  it('should link only to files, folders and headings that exist', () => {
    const broken: string[] = [];
    for (const file of docFiles(root)) {
      for (const [, target] of prose(read(file)).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const [path, anchor] = target!.split('#') as [string, string | undefined];
        const resolved = path === '' ? file : normalize(join(dirname(file), path));
        if (!existsSync(join(root, resolved))) broken.push(`${file}: ${target} (no such file)`);
        else if (anchor !== undefined && statSync(join(root, resolved)).isFile() && resolved.endsWith('.md') && !anchorsOf(resolved).has(anchor)) {
          broken.push(`${file}: ${target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('should take a reader from README to "how to add a failure detector" in two clicks', () => {
    expect(read('README.md')).toContain('](docs/architecture.md#how-to-add-a-failure-detector)');
    expect(anchorsOf('docs/architecture.md')).toContain('how-to-add-a-failure-detector');
  });
});
