import { spawnSync, execSync } from 'node:child_process';
/**
 * The second hostile hunt (issue 11; freshHunt.md, "Second hunt"): runs every case of cases.mjs
 * against the built CLI in a real process, in a fresh copy of a fixture folder, and checks the
 * contract (exit code, one stderr line on exit 2, no stack, no file left on error, inputs
 * unchanged). Usage, after `npm run build`: node test/cli/hostile/secondHunt/driver.mjs [name filter]
 */
import console from 'node:console'; import process from 'node:process';
import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path'; import crypto from 'node:crypto';
const CLI = path.resolve(process.env.AGENTSIM_CLI ?? 'dist/cli/index.js');
process.env.AGENTSIM_CLI = CLI;
const FX = process.env.HUNT_FIXTURES ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hunt2-fx-'));
process.env.HUNT_FIXTURES = FX;
if (!fs.existsSync(path.join(FX, 't.jsonl'))) {
  const fd = `node "${CLI}" run failure-detection --set nodes=3 --set crash=1 --set duration_ms=2000 --quiet`;
  const sw = `node "${CLI}" sweep failure-detection --set crash=1 --set duration_ms=2000 --quiet --seeds 1..2 --workers 0`;
  const lb = 'load-balancing --set nodes=2 --set requests=20 --set crash=0 --set drain_ms=100 --quiet';
  execSync([`${fd} --trace t.jsonl --json r.json`, `${fd} --seed 2 --json r2.json`, `${sw} --set nodes=3 --out sw`, `${sw} --set nodes=3 --shard 1/2 --out s1`,
    `${sw} --set nodes=3 --shard 2/2 --out s2`, `${sw} --set nodes=4 --shard 2/2 --out s2b`, `node "${CLI}" sweep ${lb} --seeds 1..2 --workers 0 --out swlb`,
    `node "${CLI}" run ${lb} --json rlb.json`].join(' && '), { cwd: FX, stdio: 'ignore' });
}
const cases = (await import('./cases.mjs')).default;

const only = process.argv[2];
function walk(d, base = d, out = {}) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) { out[path.relative(base, p) + '/'] = 'dir'; walk(p, base, out); }
    else if (e.isSymbolicLink()) out[path.relative(base, p)] = 'link:' + fs.readlinkSync(p);
    else out[path.relative(base, p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
  }
  return out;
}
const rows = [];
let i = 0;
for (const c of cases) {
  i++;
  if (only && !c.n.includes(only)) continue;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hunt2-case-'));
  execSync(`cp -r ${FX}/. ${dir}/`);
  for (const [k, v] of Object.entries(c.f ?? {})) { fs.mkdirSync(path.dirname(path.join(dir, k)), { recursive: true }); fs.writeFileSync(path.join(dir, k), v); }
  if (c.setup) execSync(c.setup, { cwd: dir, shell: '/bin/bash' });
  const before = walk(dir);
  const env = { ...process.env, ...(c.env ?? {}) };
  for (const k of c.unset ?? []) delete env[k];
  const r = c.sh
    ? spawnSync('/bin/bash', ['-c', c.sh.replaceAll('AGENTSIM', `node ${CLI}`)], { cwd: dir, env, input: c.stdin ?? '', encoding: 'utf8', timeout: 120000 })
    : spawnSync('node', [CLI, ...c.a], { cwd: dir, env, input: c.stdin ?? '', encoding: 'utf8', timeout: 120000 });
  const after = walk(dir);
  const problems = [];
  const code = r.status;
  if (!c.x.includes(code)) problems.push(`exit ${code} (want ${c.x.join('/')})`);
  if (code === 3) problems.push('exit 3');
  const errLines = r.stderr.split('\n').filter((l) => l !== '');
  if (code === 2 && errLines.length !== 1) problems.push(`${errLines.length} stderr lines`);
  if (/\n\s+at .*:\d+:\d+/.test(r.stderr)) problems.push('stack');
  for (const [k, h] of Object.entries(before)) if (after[k] !== h && !(c.rw && c.rw.test(k))) problems.push(`input changed: ${k}`);
  const added = Object.keys(after).filter((k) => !(k in before));
  if (code !== 0 && code !== 1 && added.length) problems.push(`left: ${added.join(',')}`);
  if (c.want && code === 0) { const w = c.want(dir, r, added); if (w) problems.push(w); }
  const obs = `exit ${code}; ${(errLines[0] ?? '').slice(0, 140)}${errLines.length > 1 ? ` (+${errLines.length - 1} lines)` : ''}${added.length ? `; new: ${added.join(',').slice(0, 80)}` : ''}`;
  rows.push({ i, n: c.n, exp: c.x.join('/'), obs, ok: problems.length === 0, problems });
  console.log(`${problems.length ? 'BROKE' : 'ok   '} ${i} ${c.n} :: ${obs}${problems.length ? '  !! ' + problems.join('; ') : ''}`);
  if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
}
fs.writeFileSync(path.join(FX, 'rows.json'), JSON.stringify(rows, null, 1));
console.log(`${rows.length} cases, ${rows.filter((r) => !r.ok).length} broke`);
