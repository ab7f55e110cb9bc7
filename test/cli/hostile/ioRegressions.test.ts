/**
 * Regressions of the CLI's I/O contract, each named after the behaviour it keeps: symlinks kept,
 * file modes kept, all-or-nothing commits (and put-back on a failed rename), stdout closed
 * mid-command, stdin as a trace, verify naming what differs, module traces, sweep temporaries.
 */
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputPlan, StdoutClosed } from '../../../cli/io/index.js';
import { main } from '../../../cli/main.js';
import { runCli } from '../captureIo.js';
import { result, sweepDir, trace, traceLines } from './fixtures.js';

const root = mkdtempSync(join(tmpdir(), 'agentsim-io-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const small = ['--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=2000', '--quiet'];
const fresh = (name: string): string => mkdtempSync(join(root, `${name}-`));
const silent = { stdout: () => {}, stderr: () => {} };

describe('OutputPlan', () => {
  it('should write through a symlink and keep the symlink', async () => {
    const dir = fresh('link');
    writeFileSync(join(dir, 'target.json'), 'old');
    symlinkSync('target.json', join(dir, 'link.json'));
    expect((await runCli(['run', 'failure-detection', ...small, '--json', join(dir, 'link.json')])).code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'target.json'), 'utf8'))).toMatchObject({ schema: 'agentsim.result/1' });
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'target.json']);
  });

  it('should create the target of a dangling symlink and keep the link', async () => {
    const dir = fresh('dangling');
    symlinkSync('made.json', join(dir, 'link.json'));
    expect((await runCli(['run', 'failure-detection', ...small, '--json', join(dir, 'link.json')])).code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(dir, 'made.json'))).toBe(true);
  });

  it('should keep the file mode of an output it replaces', async () => {
    const dir = fresh('mode');
    writeFileSync(join(dir, 'r.json'), 'old');
    chmodSync(join(dir, 'r.json'), 0o600);
    expect((await runCli(['run', 'failure-detection', ...small, '--json', join(dir, 'r.json')])).code).toBe(0);
    expect(statSync(join(dir, 'r.json')).mode & 0o777).toBe(0o600);
  });

  it('should refuse an output that is a hard link of an input', async () => {
    const dir = fresh('hard');
    writeFileSync(join(dir, 'c.json'), '{}');
    linkSync(join(dir, 'c.json'), join(dir, 'same.json'));
    const { code, stderr } = await runCli(['run', 'failure-detection', ...small, '--config', join(dir, 'c.json'), '--json', join(dir, 'same.json')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--json .*same\.json: is also an input \(--config/);
    expect(readFileSync(join(dir, 'same.json'), 'utf8')).toBe('{}');
  });

  it('should commit all outputs or none: a failing device write leaves no new file', async () => {
    const dir = fresh('none');
    const { code, stderr } = await runCli(['run', 'failure-detection', ...small, '--json', join(dir, 'r.json'), '--trace', join(dir, 'sub', 't.jsonl'), '--report', '/dev/full']);
    expect(code).toBe(2);
    expect(stderr).toBe('agentsim: --report /dev/full: cannot write (ENOSPC)\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('should put back the files earlier renames replaced when a later rename fails', () => {
    const dir = fresh('rollback');
    writeFileSync(join(dir, 'a'), 'old a');
    const plan = new OutputPlan(silent);
    const a = plan.output('--a', join(dir, 'a'));
    const b = plan.output('--b', join(dir, 'b'));
    plan.write(a, 'new a');
    plan.write(b, 'new b');
    // b's temporary file vanishes before commit, so its rename fails after a's succeeded
    for (const name of readdirSync(dir)) if (name.startsWith('b.tmp-')) rmSync(join(dir, name));
    expect(() => plan.commit()).toThrow(/--b .*b: cannot write \(ENOENT\)/);
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('old a');
    expect(readdirSync(dir)).toEqual(['a']);
  });

  it('should remove the folders it created when a command fails', () => {
    const dir = fresh('dirs');
    const plan = new OutputPlan(silent);
    plan.write(plan.output('--x', join(dir, 'p', 'q', 'x.json')), '{}');
    plan.abort();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('should send the human-readable text to stderr when an output takes stdout', async () => {
    const { code, stdout, stderr } = await runCli(['run', 'failure-detection', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=2000', '--json', '-']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ schema: 'agentsim.result/1' });
    expect(stderr).toMatch(/^failure-detection — seed 42/);
  });
});

describe('main (stdout and stdin)', () => {
  it('should end quietly with exit 0 and no output file when stdout is closed mid-command', async () => {
    const dir = fresh('epipe');
    writeFileSync(join(dir, 't.jsonl'), trace);
    let stderrText = '';
    const io = {
      stdout: () => {
        throw new StdoutClosed();
      },
      stderr: (text: string) => void (stderrText += text),
    };
    expect(await main(['run', 'failure-detection', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=2000', '--trace', '-', '--json', join(dir, 'r.json')], io)).toBe(0);
    expect(stderrText).toBe('');
    expect(readdirSync(dir)).toEqual(['t.jsonl']);
  });

  it('should read a trace from stdin given as -', async () => {
    const { code, stdout } = await runCli(['replay', '-', '--actor', 'monitor'], trace);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# failure-detection seed 1 /);
    const verified = await runCli(['replay', '-', '--verify'], trace);
    expect(verified.stdout).toMatch(/^verified: /);
  });

  it('should report an empty stdin as an empty trace', async () => {
    const { code, stderr } = await runCli(['replay', '-'], '');
    expect(code).toBe(2);
    expect(stderr).toBe('agentsim: stdin: empty trace file\n');
  });
});

describe('replayCommand --verify', () => {
  const verify = async (text: string): Promise<string> => {
    const { code, stdout } = await runCli(['replay', '-', '--verify'], text);
    expect(code).toBe(1);
    return stdout;
  };

  it('should name the header field that differs', async () => {
    expect(await verify([traceLines[0]!.replace(/"agentsim":"[^"]+"/, '"agentsim":"0.0.1"'), ...traceLines.slice(1)].join('\n') + '\n')).toMatch(/^MISMATCH: header field agentsim: "0\.0\.1" in the trace, "[^"]+" re-simulated\n$/);
  });

  it('should compare the end line: an edited final hash is a mismatch', async () => {
    const footer = traceLines.at(-1)!.replace(/"h":"[0-9a-f]+"/, '"h":"00000000"');
    expect(await verify([...traceLines.slice(0, -1), footer].join('\n') + '\n')).toMatch(/^MISMATCH: end line: \{"events":\d+,"h":"00000000",.* in the trace, \{"events":\d+,"h":".* re-simulated\n$/);
  });

  it('should never print a mismatch whose two sides read the same', async () => {
    const i = traceLines.findIndex((l, k) => k > 0 && l.includes('"payload"'));
    const event = JSON.parse(traceLines[i]!) as Record<string, unknown>;
    const payloadEdited = JSON.stringify({ ...event, payload: { edited: true } });
    const out = await verify(traceLines.map((l, k) => (k === i ? payloadEdited : l)).join('\n') + '\n');
    expect(out).toMatch(/: payload \{"edited":true\} in the trace, .* re-simulated\n$/);
    const hashEdited = JSON.stringify({ ...event, h: '00000000' });
    expect(await verify(traceLines.map((l, k) => (k === i ? hashEdited : l)).join('\n') + '\n')).toMatch(/its rolling hash differs/);
  });
});

describe('runCommand with a scenario module', () => {
  const impostor = (samples: number): string =>
    `export default { name: 'failure-detection', summary: 'a module named like a built-in', params: { samples: { type: 'int', default: ${samples}, min: 1, max: 100, description: 'samples' } },\n` +
    `  build({ params, metrics }) { for (let i = 0; i < params.samples; i++) metrics.sample('x_ms', i); return {}; } };\n`;

  it('should record the module path and hash in the trace and verify by re-simulating that module, never the built-in', async () => {
    const dir = fresh('module');
    const mod = join(dir, 'impostor.mjs');
    writeFileSync(mod, impostor(4));
    expect((await runCli(['run', mod, '--trace', join(dir, 't.jsonl'), '--quiet'])).code).toBe(0);
    const header = JSON.parse(readFileSync(join(dir, 't.jsonl'), 'utf8').split('\n')[0]!) as { module?: { path: string; sha256: string } };
    expect(header.module).toEqual({ path: mod, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await runCli(['replay', join(dir, 't.jsonl'), '--verify'])).stdout).toMatch(/^verified: /);
    writeFileSync(mod, impostor(5));
    const changed = await runCli(['replay', join(dir, 't.jsonl'), '--verify']);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/module .*impostor\.mjs changed since the trace was recorded/);
    rmSync(mod);
    expect((await runCli(['replay', join(dir, 't.jsonl'), '--verify'])).stderr).toMatch(/impostor\.mjs, which cannot be read \(ENOENT\); cannot re-simulate/);
  });
});

describe('sweepCommand (temporaries)', () => {
  it('should clear temporary files in the sweep folder and in runs/ on resume', async () => {
    const dir = fresh('sweep');
    const files = sweepDir('s');
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    writeFileSync(join(dir, 's', 'summary.json.tmp-999-abcdef'), '{"cut');
    writeFileSync(join(dir, 's', 'runs', 'p0-s1.json.tmp-999-abcdef'), '{"cut');
    const { code } = await runCli(['sweep', 'failure-detection', '--seeds', '1', '--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=2000', '--workers', '0', '--out', join(dir, 's'), '--quiet']);
    expect(code).toBe(0);
    expect(readdirSync(join(dir, 's')).sort()).toEqual(['runs', 'summary.json', 'sweep.json']);
    expect(readdirSync(join(dir, 's', 'runs'))).toEqual(['p0-s1.json']);
    expect(readFileSync(join(dir, 's', 'runs', 'p0-s1.json'), 'utf8')).toBe(result);
  });
});
