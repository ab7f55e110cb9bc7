/**
 * The contract where only a real process shows it: stdout closed early (EPIPE), stdout on a full
 * device (ENOSPC), SIGINT and SIGTERM during a run, stdin as a trace, and outputs that are a FIFO,
 * a character device or /dev/stdout. The CLI is built once into its own folder (dist/.hostile), so
 * no other test's build can be half-written while these run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { constants, createReadStream, existsSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, statSync, watch } from 'node:fs';
import { constants as os, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = join(process.cwd(), 'dist/.hostile/cli/index.js');
const root = mkdtempSync(join(tmpdir(), 'agentsim-spawned-'));
const bigTrace = join(root, 'big.jsonl');
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--outDir', 'dist/.hostile', '--declaration', 'false', '--sourceMap', 'false'], { stdio: 'ignore' });
  expect(existsSync(bin)).toBe(true);
  void tsc;
  const made = spawnSync(process.execPath, [bin, 'run', 'failure-detection', '--set', 'nodes=50', '--set', 'duration_ms=30000', '--trace', bigTrace, '--quiet']);
  expect(made.status).toBe(0);
}, 300_000);

/** Spawns the CLI; resolves with its exit code (128 + n when a signal ended it) and stderr. */
function start(args: string[], cwd = root): { child: ReturnType<typeof spawn>; done: Promise<{ code: number; stderr: string; stdout: string }> } {
  const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let stdout = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number; stderr: string; stdout: string }>((resolve) => {
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('close', (code, signal) => resolve({ code: code ?? 128 + os.signals[signal!], stderr, stdout }));
  });
  return { child, done };
}

/** Resolves when a file whose name contains `.tmp-` appears in `dir`. */
function tempAppears(dir: string): Promise<void> {
  return new Promise((resolve) => {
    const watcher = watch(dir, (_, name) => {
      if (name?.includes('.tmp-')) {
        watcher.close();
        resolve();
      }
    });
  });
}

const temps = (dir: string): string[] => readdirSync(dir).filter((n) => n.includes('.tmp-'));

describe('agentsim executable (I/O contract)', () => {
  it('should end quietly with exit 0 when stdout is closed early, as `replay big.jsonl | head -1`', async () => {
    const { child, done } = start(['replay', bigTrace]);
    child.stdout!.once('data', () => child.stdout!.destroy());
    const { code, stderr } = await done;
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('should say in one line that stdout cannot be written on a full device, not print a stack', () => {
    const fd = openSync('/dev/full', 'w');
    const { status, stderr } = spawnSync(process.execPath, [bin, 'list'], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    closeSync(fd);
    expect(stderr).toBe('agentsim: stdout: cannot write (ENOSPC)\n');
    expect(status).toBe(2);
  });

  it('should write a character device in place and never replace it, failing in one line on ENOSPC', () => {
    const dir = mkdtempSync(join(root, 'dev-'));
    const { status, stderr } = spawnSync(process.execPath, [bin, 'run', 'failure-detection', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=1000', '--json', join(dir, 'ok.json'), '--report', '/dev/full', '--quiet'], { encoding: 'utf8' });
    expect(stderr).toBe('agentsim: --report /dev/full: cannot write (ENOSPC)\n');
    expect(status).toBe(2);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
    const nul = spawnSync(process.execPath, [bin, 'run', 'failure-detection', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=1000', '--json', '/dev/null', '--quiet']);
    expect(nul.status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('should write /dev/stdout in place', () => {
    const { status, stdout } = spawnSync(process.execPath, [bin, 'run', 'failure-detection', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=1000', '--json', '/dev/stdout', '--quiet'], { encoding: 'utf8' });
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ schema: 'agentsim.result/1', scenario: 'failure-detection' });
  });

  it('should write a FIFO in place and leave it a FIFO', async () => {
    const dir = mkdtempSync(join(root, 'fifo-'));
    const fifo = join(dir, 'results.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const { done } = start(['run', 'failure-detection', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=1000', '--json', fifo, '--quiet'], dir);
    // Should the command fail before opening the FIFO, open it for writing so the reader ends.
    void done.then(() => {
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // the reader is gone already
      }
    });
    let text = '';
    await new Promise<void>((resolve) => createReadStream(fifo, 'utf8').on('data', (d) => (text += String(d))).on('end', resolve));
    expect((await done).code).toBe(0);
    expect(JSON.parse(text)).toMatchObject({ schema: 'agentsim.result/1' });
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['results.fifo']);
  });

  it('should read a trace from stdin with `-`, as `cat t.jsonl | agentsim replay -`', () => {
    const { status, stdout, stderr } = spawnSync(process.execPath, [bin, 'replay', '-', '--actor', 'monitor'], { input: readFileSync(bigTrace), encoding: 'utf8', maxBuffer: 1 << 28 });
    expect(stderr).toMatch(/^\d+ events shown\n$/);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# failure-detection seed 42/);
    const verify = spawnSync(process.execPath, [bin, 'replay', '-', '--verify'], { input: readFileSync(bigTrace), encoding: 'utf8' });
    expect(verify.stdout).toMatch(/^verified: re-simulation matches/);
  });

  it('should stop a run at once on SIGINT, remove its temporary files and exit 130', async () => {
    const dir = mkdtempSync(join(root, 'int-'));
    const appeared = tempAppears(dir);
    const { child, done } = start(['run', 'failure-detection', '--set', 'nodes=2000', '--set', 'duration_ms=3600000', '--trace', join(dir, 't.jsonl'), '--json', join(dir, 'r.json'), '--quiet'], dir);
    await appeared;
    child.kill('SIGINT');
    const { code, stderr } = await done;
    expect(stderr).toBe('');
    expect(code).toBe(130);
    expect(readdirSync(dir)).toEqual([]);
  });

  // The runs below would take many minutes: exiting at all shows the signal was acted on during
  // the run, not when it returned (the test timeout is the only clock).
  for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`should stop a long run on ${signal} while it streams a trace, remove its temporary files and exit ${code}`, async () => {
      const dir = mkdtempSync(join(root, 'term-'));
      const appeared = tempAppears(dir);
      const { child, done } = start(['run', 'failure-detection', '--set', 'nodes=2000', '--set', 'duration_ms=3600000', '--trace', join(dir, 't.jsonl'), '--json', join(dir, 'r.json'), '--quiet'], dir);
      await appeared;
      child.kill(signal);
      const result = await done;
      expect(result.stderr).toBe('');
      expect(result.code).toBe(code);
      expect(temps(dir)).toEqual([]);
      expect(readdirSync(dir)).toEqual([]);
    });
  }

  it('should say in one line, exit 2, that the current folder is gone when an output path is relative', () => {
    const dir = mkdtempSync(join(root, 'gone-'));
    const script = `mkdir g && cd g && rmdir ../g && exec "${process.execPath}" "${bin}" run failure-detection --set nodes=3 --set crash=1 --set duration_ms=2000 --quiet --json o.json`;
    const result = spawnSync('/bin/sh', ['-c', script], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('agentsim: the current folder no longer exists; cd to a folder that does\n');
    expect(result.status).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('should stop a long computation with no temporary file on SIGTERM (recommend over many seeds)', async () => {
    const dir = mkdtempSync(join(root, 'term-'));
    const { child, done } = start(['recommend', 'failure-detection', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=2000', '--metric', 'detection_ms', '--seeds', '1..100000'], dir);
    // The second progress line comes from inside the search (the first is printed before it).
    await new Promise<void>((resolve) => {
      let text = '';
      const listen = (d: Buffer): void => {
        text += d.toString();
        if (text.split('\n').length > 2) {
          child.stderr!.off('data', listen);
          resolve();
        }
      };
      child.stderr!.on('data', listen);
    });
    child.kill('SIGTERM');
    expect((await done).code).toBe(143);
    expect(readdirSync(dir)).toEqual([]);
  });
});
