/**
 * Property: whatever malformed arguments, option values, fault plans, configs or corrupted traces
 * the CLI is given, it answers with exit 0, 1 or 2 — never 3 (a bug) — never prints a stack
 * trace, reports a refusal in one line, and leaves no file behind when it refuses.
 */
import { fc, test } from '@fast-check/vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect } from 'vitest';
import { runCli } from '../captureIo.js';
import { result, sweepDir, trace, traceLines } from './fixtures.js';
import { snapshot } from './setUpCase.js';

const root = mkdtempSync(join(tmpdir(), 'agentsim-hostile-prop-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** Runs `args` in a fresh folder holding `files` and checks the contract. */
async function keepsContract(files: Record<string, string>, args: (dir: string) => string[]): Promise<void> {
  const dir = join(root, String(n++));
  for (const [name, content] of Object.entries({ ...sweepDir('s'), ...files })) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  const before = snapshot(dir);
  const { code, stderr } = await runCli(args(dir));
  expect(stderr).not.toMatch(/\n\s+at /);
  expect([0, 1, 2]).toContain(code);
  if (code === 2) {
    expect(stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect([...snapshot(dir).keys()]).toEqual([...before.keys()]);
  }
}

const small = ['--set', 'nodes=3', '--set', 'crash=1', '--set', 'duration_ms=2000', '--quiet'];

/** A corruption of the fixture trace. */
const corruptedTrace = fc.oneof(
  fc.nat({ max: trace.length - 1 }).map((cut) => trace.slice(0, cut)),
  fc.tuple(fc.nat({ max: trace.length - 1 }), fc.integer({ min: 1, max: 255 })).map(([at, x]) => {
    const bytes = Buffer.from(trace);
    bytes[at] = bytes[at]! ^ x;
    return bytes.toString('latin1');
  }),
  fc.tuple(fc.nat({ max: traceLines.length - 1 }), fc.oneof(fc.constantFrom('{"foo":1}', 'null', '42', '[]', '""', '{}'), fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'))).map(([i, line]) =>
    traceLines.map((l, k) => (k === i ? line : l)).join('\n') + '\n',
  ),
  fc.constant(traceLines.slice(0, -1).join('\n') + '\n'),
  fc.tuple(fc.nat({ max: traceLines.length - 1 }), fc.nat({ max: traceLines.length - 1 })).map(([i, j]) => {
    const lines = [...traceLines];
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join('\n') + '\n';
  }),
  fc.nat({ max: traceLines.length - 1 }).map((i) => [...traceLines.slice(0, i + 1), ...traceLines.slice(i)].join('\n') + '\n'),
);

const replayMode = fc.constantFrom<string[][]>([], ['--verify'], ['--export', '{dir}/out.json'], ['--actor', 'monitor', '--from', '0']);

/** Paths a hostile user might pass where a file is expected. */
const pathValue = fc.constantFrom('', '-', '{dir}', '{dir}/', '{dir}/new/', '{dir}/f/x', '{dir}/missing.json', '{dir}/base.json', '{dir}/t.jsonl', '{dir}/s', '{dir}/s/sweep.json', '/dev/null', '{dir}/out.json');
const textValue = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('-1', 'NaN', 'Infinity', '1e309', '0x10', ' ', '1..', '5/3', '999999999999999999999'));

const commandArgs = fc.oneof(
  fc.tuple(pathValue, fc.constantFrom('--from', '--to', '--actor'), textValue, fc.option(pathValue)).map(([p, opt, v, out]) => ['replay', p, opt, v, ...(out === null ? [] : ['--export', out])]),
  fc.tuple(pathValue, pathValue, fc.constantFrom('--warning', '--critical', '--alpha'), textValue, fc.constantFrom('--json', '--md'), pathValue).map(([a, b, opt, v, o, out]) => ['compare', a, b, opt, v, o, out]),
  fc.tuple(pathValue, fc.constantFrom('--md', '--html', '--json'), pathValue, fc.option(textValue)).map(([p, o, out, title]) => ['report', p, o, out, ...(title === null ? [] : ['--title', title])]),
  fc.tuple(fc.array(pathValue, { minLength: 1, maxLength: 2 }), pathValue).map(([dirs, out]) => ['merge', ...dirs, '--out', out]),
  fc.tuple(fc.constantFrom('--json', '--report', '--trace', '--html'), pathValue, fc.constantFrom('--seed', '--monitor'), fc.constantFrom('-1', 'x', '1e400', '', '3')).map(([o, p, opt, v]) => ['run', 'failure-detection', ...small, o, p, opt, v]),
);

describe('main (hostile property)', () => {
  test.prop([corruptedTrace, replayMode], { numRuns: 40 })('should never exit 3 or print a stack on a corrupted trace', async (content, mode) => {
    await keepsContract({ 't.jsonl': content }, (dir) => ['replay', join(dir, 't.jsonl'), ...mode.map((a) => a.replace('{dir}', dir))]);
  });

  test.prop([commandArgs], { numRuns: 40 })('should never exit 3 or print a stack on malformed arguments and option values', async (args) => {
    await keepsContract({ 'base.json': result, 't.jsonl': trace, f: 'file' }, (dir) => args.map((a) => a.replace('{dir}', dir)));
  });

  const faultPlan = fc.oneof(
    fc.jsonValue(),
    fc.array(
      fc.record(
        { at: fc.oneof(fc.double(), fc.string(), fc.integer({ min: 0, max: 1500 })), kind: fc.constantFrom('crash', 'restart', 'pause', 'resume', 'partition', 'heal', 'loss', 'skew', 'x'), targets: fc.oneof(fc.constant(['agent-1']), fc.array(fc.string(), { maxLength: 2 }), fc.jsonValue()) },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
  );
  test.prop([faultPlan], { numRuns: 30 })('should never exit 3 or print a stack on a malformed fault plan', async (plan) => {
    await keepsContract({ 'f.json': JSON.stringify(plan) ?? 'null' }, (dir) => ['run', 'failure-detection', ...small, '--faults', join(dir, 'f.json'), '--json', join(dir, 'r.json')]);
  });

  const config = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('nodes', 'latency', 'heartbeat_ms', 'crash')), fc.oneof(fc.jsonValue().filter((v) => typeof v === 'object'), fc.string({ maxLength: 6 })), { maxKeys: 3 }),
  );
  test.prop([config], { numRuns: 30 })('should never exit 3 or print a stack on a malformed config', async (value) => {
    await keepsContract({ 'c.json': JSON.stringify(value) ?? 'null' }, (dir) => ['run', 'failure-detection', '--config', join(dir, 'c.json'), ...small, '--json', join(dir, 'r.json')]);
  });
});
