// SWIM with 10,000 members for 60 s of virtual time: wall time, events/s and peak RSS.
// Run: npm run build && node bench/swim.js [members] [virtual_ms]
// Each configuration runs in a fresh child process so peak RSS (maxRSS) belongs to that run.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);

if (process.argv[2] === '--child') {
  const { runScenario, failureDetection } = await import('../dist/index.js');
  const [nodes, duration, suspicion] = process.argv.slice(3).map(Number);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const r = runScenario(failureDetection, { detector: 'swim', nodes, duration_ms: duration, crash: 10, suspicion: suspicion === 1 }, 42);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const m = r.metrics;
  console.log(JSON.stringify({
    nodes, duration, suspicion: suspicion === 1, wallMs, cpuMs, events: r.events, eventsPerSec: r.events / (wallMs / 1000),
    peakRssMB: process.resourceUsage().maxRSS / 1024, messages: m.messages_count.value, probes: m.probes_count.value,
    detections: m.detection_ms.count, detectionMeanMs: m.detection_ms.mean, falsePositives: m.false_positives.value,
  }));
} else {
  const nodes = Number(process.argv[2] ?? 10_000);
  const duration = Number(process.argv[3] ?? 60_000);
  console.log(`node ${process.version}, ${(await import('node:os')).cpus().length} cpus`);
  console.log('members | virtual s | suspicion | wall s | CPU s | events | events/CPU-s | peak RSS MB | messages | probes | detected | mean detection ms | false positives');
  console.log('---|---|---|---|---|---|---|---|---|---|---|---|---');
  for (const suspicion of [1, 0]) {
    const out = execFileSync(process.execPath, [self, '--child', String(nodes), String(duration), String(suspicion)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const r = JSON.parse(out.trim().split('\n').pop());
    console.log(`${r.nodes} | ${r.duration / 1000} | ${r.suspicion ? 'on' : 'off'} | ${(r.wallMs / 1000).toFixed(1)} | ${(r.cpuMs / 1000).toFixed(1)} | ${r.events} | ${Math.round(r.events / (r.cpuMs / 1000))} | ${Math.round(r.peakRssMB)} | ${r.messages} | ${r.probes} | ${r.detections} | ${r.detectionMeanMs?.toFixed(0)} | ${r.falsePositives}`);
  }
}
