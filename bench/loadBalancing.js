/**
 * `load-balancing` at scale: 100 servers, 1,000,000 requests (p2c, central balancer, Poisson
 * arrivals at load 0.7, one crash), the configuration BENCHMARKS.md reports. Prints wall time,
 * CPU time, events per second (per wall and per CPU second) and peak RSS.
 *
 *   npm run build && node bench/loadBalancing.js [requests] [nodes] [strategy] [topology]
 */
import { setFlagsFromString } from 'node:v8';
import { getScenario, runScenario } from '../dist/index.js';

// As the CLI runs (cli/index.ts): V8's allocation-site pretenuring off.
setFlagsFromString('--no-allocation-site-pretenuring');

const [requests = 1_000_000, nodes = 100] = process.argv.slice(2, 4).map(Number);
const strategy = process.argv[4] ?? 'p2c';
const topology = process.argv[5] ?? 'central';
const params = { requests, nodes, strategy, topology };

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = runScenario(getScenario('load-balancing'), params, 42);
const wallMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const response = result.metrics['response_ms'];
console.log(`load-balancing ${JSON.stringify(params)}`);
console.log(`  events          ${result.events.toLocaleString('en-US')}  (virtual ${(result.virtualTimeMs / 1000).toFixed(1)} s)`);
console.log(`  wall            ${(wallMs / 1000).toFixed(1)} s   (${Math.round(result.events / (wallMs / 1000)).toLocaleString('en-US')} events/s)`);
console.log(`  cpu             ${(cpuMs / 1000).toFixed(1)} s   (${Math.round(result.events / (cpuMs / 1000)).toLocaleString('en-US')} events/s of CPU)`);
console.log(`  requests/s      ${Math.round(requests / (cpuMs / 1000)).toLocaleString('en-US')} per CPU second`);
console.log(`  peak RSS        ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
console.log(`  response_ms     mean ${response.mean}  p99 ${response.p99}  invariants ${result.invariants.map((i) => `${i.name}=${i.holds}`).join(' ')}`);
