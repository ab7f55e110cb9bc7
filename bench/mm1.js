/**
 * Benchmark 5: M/M/1 (Poisson arrivals at load 0.7, exp:10 ms service, one FIFO server) two ways,
 * interleaved in one process so the ratio sees the same load:
 *   - bare:     a raw XState server machine (`idle` ⇄ `busy`, service as an `after` timer) on the
 *               plain heap clock of bareHeartbeats.js, arrivals as heap callbacks; no balancer, no
 *               network, no trace, no detector — what "XState alone" costs per request;
 *   - scenario: `load-balancing` as M/M/1 (`nodes=1 crash=0 latency=const:0 strategy=round-robin`),
 *               end to end through runScenario (balancer, server, detector, trace fingerprint, metrics).
 * Figures are requests per CPU second (process.cpuUsage: user + system, GC threads included), with
 * V8's allocation-site pretenuring off as in the CLI.
 *
 *   npm run build && node bench/mm1.js [requests] [rounds]
 */
import { setFlagsFromString } from 'node:v8';
import { createActor, setup } from 'xstate';
import { BareHeapClock } from './bareHeartbeats.js';
import { gc, median, note, prng } from './lib.js';

/** Runs `requests` customers through a bare XState FIFO server; returns completions and mean response (ms). */
export function runBareMm1({ requests, seed = 42, load = 0.7, serviceMs = 10 }) {
  const rand = prng(seed);
  const exp = (mean) => -mean * Math.log(1 - rand());
  let done = 0;
  let responseSum = 0;
  const clock = new BareHeapClock();
  const server = setup({
    delays: { service: ({ context }) => context.queue[0].serviceMs },
    actions: {
      accept: ({ context, event }) => void context.queue.push({ t0: event.t0, serviceMs: exp(serviceMs) }),
      finish: ({ context }) => {
        const r = context.queue.shift();
        done++;
        responseSum += clock.now - r.t0;
      },
    },
    guards: { moreWaiting: ({ context }) => context.queue.length > 1 },
  }).createMachine({
    context: () => ({ queue: [] }),
    initial: 'idle',
    states: {
      idle: { on: { request: { target: 'busy', actions: 'accept' } } },
      busy: {
        on: { request: { actions: 'accept' } },
        after: {
          service: [
            { guard: 'moreWaiting', target: 'busy', reenter: true, actions: 'finish' },
            { target: 'idle', actions: 'finish' },
          ],
        },
      },
    },
  });
  const actor = createActor(server, { id: 'server-1', systemId: 'server-1', clock }).start();
  const gap = serviceMs / load;
  let sent = 0;
  const arrive = () => {
    actor.send({ type: 'request', t0: clock.now });
    if (++sent < requests) clock.setTimeout(arrive, exp(gap));
  };
  clock.setTimeout(arrive, exp(gap));
  clock.runUntil(Infinity);
  return { completed: done, meanResponseMs: responseSum / done };
}

function cpuMs(fn) {
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { cpuMs: (c.user + c.system) / 1000, wallMs: performance.now() - t0, value };
}

/** Runs the M/M/1 benchmark: `rounds` interleaved pairs (bare, scenario) of `requests` each. */
export async function benchMm1({ quick, requests = quick ? 20_000 : 200_000, rounds = quick ? 2 : 3 }) {
  // As the CLI runs (cli/index.ts); both cases run with it.
  setFlagsFromString('--no-allocation-site-pretenuring');
  const { getScenario, runScenario } = await import('../dist/index.js');
  const scenario = getScenario('load-balancing');
  const params = { nodes: 1, crash: 0, latency: 'const:0', strategy: 'round-robin', requests };
  // One small warm-up of each so neither pays for compilation in the measured rounds.
  runBareMm1({ requests: 2000 });
  runScenario(scenario, { ...params, requests: 2000 }, 42);
  const bare = [];
  const run = [];
  let events = 0;
  let meanResponse = { bare: 0, scenario: 0 };
  for (let r = 0; r < rounds; r++) {
    note(`mm1: round ${r + 1}/${rounds}, ${requests} requests, bare xstate server…`);
    const b = cpuMs(() => runBareMm1({ requests }));
    note(`mm1: round ${r + 1}/${rounds}, load-balancing as M/M/1…`);
    const s = cpuMs(() => runScenario(scenario, params, 42));
    bare.push(b);
    run.push(s);
    events = s.value.events;
    meanResponse = { bare: b.value.meanResponseMs, scenario: s.value.metrics['response_ms'].mean };
  }
  const perSec = (xs) => xs.map((x) => requests / (x.cpuMs / 1000));
  return {
    requests,
    rounds,
    events,
    eventsPerRequest: events / requests,
    meanResponseMs: meanResponse,
    bare: { requestsPerCpuSec: median(perSec(bare)), cpuMs: bare.map((b) => b.cpuMs) },
    scenario: { requestsPerCpuSec: median(perSec(run)), cpuMs: run.map((s) => s.cpuMs) },
    // Paired by round, then the median pair.
    ratio: median(run.map((s, i) => bare[i].cpuMs / s.cpuMs)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [requests, rounds] = process.argv.slice(2).map(Number);
  const f = await benchMm1({ quick: false, ...(requests ? { requests } : {}), ...(rounds ? { rounds } : {}) });
  console.log(JSON.stringify(f, null, 2));
}
