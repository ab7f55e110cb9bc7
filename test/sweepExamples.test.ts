// The Kubernetes and Slurm examples must work for someone who cloned the repository: they may
// only use what it provides (its Dockerfile's image, its own build, real commands and options).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../cli/createProgram.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const sweepDir = 'examples/sweep';
const examples = readdirSync(join(root, sweepDir)).map((f) => `${sweepDir}/${f}`);
const yamls = examples.filter((f) => f.endsWith('.yaml'));

/** `agentsim <cmd> …` or `node dist/cli/index.js <cmd> …` command lines, joined across folds and `\` continuations. */
function commandLines(text: string): { command: string; flags: string[] }[] {
  const flat = text.replace(/\\\n/g, ' ').replace(/>-\n/g, ' ').replace(/\n\s{6,}(?=--)/g, ' ');
  return [...flat.matchAll(/(?:^|[\s'"])(?:agentsim|node dist\/cli\/index\.js) (sweep|merge|run|list)\b([^\n']*)/g)].map((m) => ({
    command: m[1]!,
    flags: [...m[2]!.matchAll(/(?:^|\s)(--[a-z-]+)/g)].map((f) => f[1]!),
  }));
}

describe('examples/sweep', () => {
  it('should never fetch agentsim from a registry', () => {
    for (const file of [...examples, 'Dockerfile', 'docs/sweeps.md', 'README.md']) {
      expect(read(file), file).not.toMatch(/npx (--yes |-y )?agentsim@|npm (i|install) (-g )?agentsim/);
    }
  });

  it("should run the image docs/sweeps.md says to build from the repository's Dockerfile", () => {
    const tag = /docker build -t (\S+) \./.exec(read('docs/sweeps.md'))?.[1];
    expect(tag).toBeDefined();
    expect(read('Dockerfile')).toContain(`docker build -t ${tag} .`);
    const images = yamls.flatMap((f) => [...read(f).matchAll(/^\s*image:\s*(\S+)/gm)].map((m) => m[1]));
    expect(images.length).toBeGreaterThan(0);
    expect(new Set(images)).toEqual(new Set([tag]));
  });

  it("should build the Dockerfile from node:20-slim with npm ci and the package's own bin as entrypoint", () => {
    const docker = read('Dockerfile');
    expect(docker).toMatch(/^FROM node:20-slim$/m);
    expect(docker).toMatch(/RUN npm ci\b/);
    expect(docker).toMatch(/npm run build/);
    expect(docker).toMatch(/^ENTRYPOINT \["agentsim"\]$/m);
    const bin = (JSON.parse(read('package.json')) as { bin: { agentsim: string } }).bin.agentsim;
    expect(docker).toContain(`ln -s /opt/agentsim/${bin} /usr/local/bin/agentsim`);
    // What the build reads must reach the image context.
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const tsconfig = JSON.parse(read('tsconfig.json')) as { include: string[] };
    for (const needed of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.base.json', ...tsconfig.include]) {
      expect(ignored, needed).not.toContain(needed);
      expect(existsSync(join(root, needed)), needed).toBe(true);
    }
  });

  it('should mount only volumes the examples define', () => {
    const claims = yamls.flatMap((f) => [...read(f).matchAll(/claimName:\s*([\w-]+)/g)].map((m) => m[1]));
    const defined = yamls.flatMap((f) => [...read(f).matchAll(/kind: PersistentVolumeClaim\nmetadata:\n\s+name: ([\w-]+)/g)].map((m) => m[1]));
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(defined).toContain(claim);
  });

  it("should run the checkout's own build from the Slurm script, with valid shell syntax", () => {
    const script = read(`${sweepDir}/slurm-array.sh`);
    const bin = (JSON.parse(read('package.json')) as { bin: { agentsim: string } }).bin.agentsim;
    expect(bin).toBe('dist/cli/index.js');
    expect(script).toContain(`node ${bin} sweep`);
    expect(existsSync(join(root, 'cli/index.ts'))).toBe(true); // tsc compiles it to dist/cli/index.js
    expect(() => execFileSync('bash', ['-n', join(root, sweepDir, 'slurm-array.sh')])).not.toThrow();
  });

  it('should use only commands and options the CLI has', () => {
    const program = createProgram();
    const lines = [...examples, 'docs/sweeps.md'].flatMap((f) => commandLines(read(f)).map((l) => ({ ...l, file: f })));
    expect(lines.filter((l) => l.file.startsWith(sweepDir)).map((l) => l.command)).toEqual(expect.arrayContaining(['sweep', 'merge']));
    for (const { command, flags, file } of lines) {
      const cmd = program.commands.find((c) => c.name() === command);
      expect(cmd, `${file}: ${command}`).toBeDefined();
      const known = cmd!.options.map((o) => o.long);
      for (const flag of flags) expect(known, `${file}: ${command} ${flag}`).toContain(flag);
    }
  });
});
