/**
 * Agent-platform scenarios at scale: registration and discovery with 10,000 agents (central and
 * replicated registry), cognitive variables with 2,000 variables over 1,000 agents, and the
 * enterprise ML workflow with every strategy side by side. Each case runs in its own child
 * process so its peak RSS is its own; CPU time is the child's user + system time during the run.
 *
 *   npm run build && node bench/agentPlatform.js
 */
import { setFlagsFromString } from 'node:v8';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// As the CLI runs (cli/index.ts): V8's allocation-site pretenuring off.
setFlagsFromString('--no-allocation-site-pretenuring');

const CASES = [
  { name: 'agent-registration op=discovery agents=10000 central', scenario: 'agentRegistration', params: { op: 'discovery', agents: 10000 } },
  { name: 'agent-registration op=discovery agents=10000 replicated', scenario: 'agentRegistration', params: { op: 'discovery', agents: 10000, registry: 'replicated' } },
  { name: 'agent-registration op=cluster-discovery agents=10000 replicated', scenario: 'agentRegistration', params: { op: 'cluster-discovery', agents: 10000, registry: 'replicated' } },
  { name: 'cognitive-variables preset=large (2000 variables / 1000 agents)', scenario: 'cognitiveVariables', params: { preset: 'large' } },
  { name: 'ml-workflow preset=enterprise compare=true', scenario: 'mlWorkflow', params: { preset: 'enterprise', compare: true } },
];

const KEY_METRICS = ['registration_ms', 'discovery_ms', 'stale_results_count', 'update_cluster_ms', 'coordination_ms', 'coordination_success_ratio', 'final_objective', 'speed_vs_bayesian_ratio'];

if (process.argv[2] === '--child') {
  const { scenario, params } = JSON.parse(process.argv[3]);
  const mod = await import('../dist/scenarios/index.js');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = mod.runScenario(mod[scenario], params, 42);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const metrics = {};
  for (const k of KEY_METRICS) {
    const m = r.metrics[k];
    if (m) metrics[k] = 'value' in m ? m.value : { mean: m.mean, p99: m.p99, count: m.count };
  }
  process.stdout.write(JSON.stringify({ wallMs, cpuMs, events: r.events, virtualTimeMs: r.virtualTimeMs, peakRssMb: process.resourceUsage().maxRSS / 1024, invariants: r.invariants.every((i) => i.holds || i.applicable === false), metrics }));
} else {
  const self = fileURLToPath(import.meta.url);
  console.log('| case | wall s | CPU s | events | events/s (wall) | events/s (CPU) | virtual s | peak RSS MB | invariants |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const details = [];
  for (const c of CASES) {
    const out = JSON.parse(execFileSync(process.execPath, [self, '--child', JSON.stringify(c)], { encoding: 'utf8', maxBuffer: 1 << 26 }));
    console.log(`| ${c.name} | ${(out.wallMs / 1000).toFixed(2)} | ${(out.cpuMs / 1000).toFixed(2)} | ${out.events} | ${Math.round(out.events / (out.wallMs / 1000))} | ${Math.round(out.events / (out.cpuMs / 1000))} | ${(out.virtualTimeMs / 1000).toFixed(2)} | ${out.peakRssMb.toFixed(0)} | ${out.invariants ? 'hold' : 'VIOLATED'} |`);
    details.push(`${c.name}: ${JSON.stringify(out.metrics)}`);
  }
  console.log('');
  for (const d of details) console.log(d);
}
