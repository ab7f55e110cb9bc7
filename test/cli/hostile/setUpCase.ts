/**
 * The hostile-case harness: a fresh temp folder with the case's files, a snapshot of every
 * entry (with the sha256 of each file) before the run, and the CLI run in-process.
 */
import { createHash } from 'node:crypto';
import { linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../captureIo.js';
import { folder, type HostileCase } from './HostileCase.js';

/** Every entry under `root` (relative path -> sha256 for files, the target for links, "dir" for folders). */
export function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (rel: string): void => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      const path = join(rel, name);
      const stats = lstatSync(join(root, path));
      if (stats.isSymbolicLink()) out.set(path, `-> ${readlinkSync(join(root, path))}`);
      else if (stats.isDirectory()) {
        out.set(path, 'dir');
        walk(path);
      } else out.set(path, createHash('sha256').update(readFileSync(join(root, path))).digest('hex'));
    }
  };
  walk('');
  return out;
}

/** Creates the case's folder and files; returns the folder. */
export function setUpCase(c: HostileCase): string {
  const dir = mkdtempSync(join(tmpdir(), 'agentsim-hostile-'));
  const links: [string, string][] = [];
  for (const [rel, content] of Object.entries(c.files ?? {})) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    if (content === folder) mkdirSync(path, { recursive: true });
    else if (content.startsWith('\0symlink:')) symlinkSync(content.slice('\0symlink:'.length), path);
    else if (content.startsWith('\0hardlink:')) links.push([join(dir, content.slice('\0hardlink:'.length)), path]);
    else writeFileSync(path, content);
  }
  for (const [target, path] of links) linkSync(target, path);
  return dir;
}

/** Runs the case in `dir`. */
export async function runCase(c: HostileCase, dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(c.args.map((a) => a.replaceAll('{dir}', dir)), c.stdin);
}
