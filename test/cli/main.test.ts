import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { captureIo } from './captureIo.js';

const small = ['--set', 'nodes=20', '--set', 'duration_ms=20000', '--set', 'crash=2'];
let dir: string;

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo();
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'agentsim-cli-'));
});

describe('main', () => {
  it('should list scenarios in one line each and in detail with --json', async () => {
    const text = await cli('list');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^failure-detection\s+\S/m);
    const json = await cli('list', '--json');
    const scenarios = JSON.parse(json.out) as { name: string; params: Record<string, { default: unknown; range: string; description: string }> }[];
    const fd = scenarios.find((s) => s.name === 'failure-detection')!;
    expect(fd.params['nodes']).toMatchObject({ default: 100, range: 'an integer in [1, 100000]' });
  });

  it('should run a scenario, print a summary and write results, report and a trace whose end line records the traceHash', async () => {
    const files = { json: join(dir, 'r.json'), report: join(dir, 'r.md'), trace: join(dir, 't.jsonl') };
    const { code, out } = await cli('run', 'failure-detection', '--seed', '7', ...small, '--json', files.json, '--report', files.report, '--trace', files.trace);
    expect(code).toBe(0);
    expect(out).toContain('detection_ms');
    const result = JSON.parse(readFileSync(files.json, 'utf8')) as { traceHash: string; params: Record<string, unknown>; schema: string; wallMs: number };
    expect(result.schema).toBe('agentsim.result/1');
    expect(result.params).toMatchObject({ nodes: 20, heartbeat_ms: 1000, latency: 'exp:5' });
    expect(result.wallMs).toBeGreaterThanOrEqual(0);
    expect(readFileSync(files.trace, 'utf8').trimEnd().split('\n').at(-1)).toContain(`"traceHash":"${result.traceHash}"`);
    expect(readFileSync(files.report, 'utf8')).toMatch(/^# failure-detection \(seed 7\)/);
  });

  it('should replay a trace as a filtered timeline and verify it by re-simulating', async () => {
    const trace = join(dir, 'replay.jsonl');
    await cli('run', 'failure-detection', '--seed', '3', ...small, '--trace', trace, '--quiet');
    const timeline = await cli('replay', trace, '--actor', 'agent-2', '--from', '1000', '--to', '5000');
    expect(timeline.code).toBe(0);
    const rows = timeline.out.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row).toContain('agent-2');
      const t = Number(row.trim().split(/\s+/)[0]);
      expect(t).toBeGreaterThanOrEqual(1000);
      expect(t).toBeLessThanOrEqual(5000);
    }
    const verified = await cli('replay', trace, '--verify');
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.out).toMatch(/^verified: re-simulation matches/);
  });

  it('should name the first mismatching event when a trace was tampered with', async () => {
    const trace = join(dir, 'tampered.jsonl');
    // Large enough that the change lies past the first fingerprint checkpoint (1,024 events).
    await cli('run', 'failure-detection', '--seed', '3', '--set', 'nodes=60', '--set', 'duration_ms=20000', '--trace', trace, '--quiet');
    const lines = readFileSync(trace, 'utf8').split('\n');
    const index = lines.findIndex((line, i) => i > 1500 && line.includes('"kind":"send"'));
    lines[index] = lines[index]!.replace('"type":"heartbeat"', '"type":"hearbeat"');
    writeFileSync(trace, lines.join('\n'));
    const { code, out } = await cli('replay', trace, '--verify');
    expect(code).toBe(1);
    expect(out).toContain(`MISMATCH: event #${index - 1}: `);
    expect(out).toContain('hearbeat  vs  ');
  });

  it('should refuse to verify a trace/1 file but still play it back, and catch an edited end line', async () => {
    const trace = join(dir, 'old.jsonl');
    await cli('run', 'failure-detection', '--seed', '3', ...small, '--trace', trace, '--quiet');
    const lines = readFileSync(trace, 'utf8').split('\n');
    const footer = lines.at(-2)!;
    lines[lines.length - 2] = footer.replace(/"traceHash":"[0-9a-f]{16}"/, '"traceHash":"0000000000000000"');
    writeFileSync(trace, lines.join('\n'));
    const edited = await cli('replay', trace, '--verify');
    expect(edited).toMatchObject({ code: 1 });
    expect(edited.out).toMatch(/^MISMATCH: end line: .*"traceHash":"0000000000000000".* in the trace, .* re-simulated/);
    lines[0] = lines[0]!.replace('agentsim.trace/2', 'agentsim.trace/1');
    writeFileSync(trace, lines.join('\n'));
    expect((await cli('replay', trace)).code).toBe(0);
    const old = await cli('replay', trace, '--verify');
    expect(old.code).toBe(2);
    expect(old.err).toMatch(/written by an older agentsim \(agentsim.trace\/1\)/);
  });

  it('should say identical for a deterministic scenario and name the divergence of a nondeterministic one', async () => {
    const same = await cli('check', 'failure-detection', ...small);
    expect(same.code).toBe(0);
    expect(same.out).toMatch(/^identical: \d+ events, traceHash [0-9a-f]{16}/);
    const diverged = await cli('check', join(import.meta.dirname, 'fixtures', 'nondeterministic.ts'));
    expect(diverged.code).toBe(1);
    expect(diverged.out).toContain('DIVERGED at event #3: t=30 signal env -> env tick');
  });

  it.each([
    [['run', 'no-such-scenario'], /unknown scenario "no-such-scenario" \(known: .*failure-detection/],
    [['run', 'failure-detection', '--set', 'bogus=1'], /unknown parameter "bogus"/],
    [['run', 'failure-detection', '--set', 'nodes=0'], /nodes: "0" — must be an integer in \[1, 100000\]/],
    [['run', 'failure-detection', '--set', 'latency=exp:-3'], /latency: "exp:-3" — mean must be > 0/],
    [['run', 'failure-detection', '--set', 'nodes'], /--set nodes: expected key=value/],
    [['run', 'failure-detection', '--seed', 'x'], /--seed x: expected a non-negative integer/],
    [['replay', '/no/such/trace.jsonl'], /no such trace file/],
  ])('should reject %j with one line and exit 2', async (args, message) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('should reject a bad fault plan, an unknown fault target and a truncated trace without leaving output files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'agentsim-bad-'));
    const outputs = ['--json', join(out, 'r.json'), '--trace', join(out, 't.jsonl'), '--report', join(out, 'r.md')];
    writeFileSync(join(out, 'bad.json'), '[{"at": -1, "kind": "crash", "targets": ["agent-1"]}]');
    writeFileSync(join(out, 'unknown.json'), '[{"at": 100, "kind": "crash", "targets": ["n17"]}]');
    writeFileSync(join(out, 'syntax.json'), '[{"at": 100,');
    const bad = await cli('run', 'failure-detection', '--faults', join(out, 'bad.json'), ...outputs);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.err).toMatch(/faults\[0\]\.at/);
    const unknown = await cli('run', 'failure-detection', '--faults', join(out, 'unknown.json'), ...outputs);
    expect(unknown.err).toMatch(/unknown node "n17"/);
    const syntax = await cli('run', 'failure-detection', '--faults', join(out, 'syntax.json'), ...outputs);
    expect(syntax.err).toMatch(/not valid JSON/);
    expect(readdirSync(out).sort()).toEqual(['bad.json', 'syntax.json', 'unknown.json']);

    const trace = join(out, 'full.jsonl');
    await cli('run', 'failure-detection', ...small, '--trace', trace, '--quiet');
    const text = readFileSync(trace, 'utf8');
    writeFileSync(join(out, 'cut.jsonl'), text.slice(0, Math.floor(text.length / 2)));
    writeFileSync(join(out, 'nofooter.jsonl'), text.split('\n').slice(0, 50).join('\n') + '\n');
    for (const name of ['cut.jsonl', 'nofooter.jsonl']) {
      for (const extra of [[], ['--verify']]) {
        const { code, err } = await cli('replay', join(out, name), ...extra);
        expect(code).toBe(2);
        expect(err).toMatch(/truncated/);
      }
    }
    expect(existsSync(join(out, 'r.json'))).toBe(false);
  });

  it('should exit 1 when an applicable invariant is violated', async () => {
    const plan = join(dir, 'pause.json');
    // With the monitor crashed, no agent crash is ever declared: completeness is violated.
    writeFileSync(plan, JSON.stringify([{ at: 1000, kind: 'crash', targets: ['monitor'] }]));
    const { code, err } = await cli('run', 'failure-detection', ...small, '--faults', plan);
    expect(code).toBe(1);
    expect(err).toMatch(/invariant violated: fd\.completeness/);
  });
});
