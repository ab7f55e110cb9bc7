/**
 * The coverage example of docs/coverage.md: a machine of your own (a client that takes a lease
 * from a server and renews it) plus a plain core class of your own that declares coverage points,
 * run over seeds with `collectCoverage`, then asked which transitions were ever taken. Run it with
 * `npx tsx examples/leaseCoverage.ts` or import `leaseCoverage` from a test.
 */
import { assign, setup } from 'xstate';
import { coverageTotals, createSimulation, mergeCoverage, netSend, type ActorEnv, type CoverageReport } from '../index.js';
import { collectCoverage, coveragePoints, type CoveragePoints, type CoverageSpec } from '../testing/index.js';

// A core of your own: the renewal policy, a plain class, declaring its states and transitions.
const RENEWAL: CoverageSpec = {
  name: 'renewal',
  role: true,
  states: ['fresh', 'late', 'lost'],
  transitions: [
    ['fresh', 'late', 'slow-grant'],
    ['late', 'fresh', 'fast-grant'],
    ['fresh', 'lost', 'expired'],
    ['late', 'lost', 'expired'],
    ['lost', 'fresh', 'regranted'],
  ],
};

class Renewal {
  state: 'fresh' | 'late' | 'lost' = 'fresh';
  constructor(private readonly points: CoveragePoints) {}
  private to(next: Renewal['state'], cause: string): void {
    this.points.hit(this.state, next, cause);
    this.state = next;
  }
  granted(waitedMs: number): void {
    if (this.state === 'lost') this.to('fresh', 'regranted');
    else if (waitedMs > 40 && this.state === 'fresh') this.to('late', 'slow-grant');
    else if (waitedMs <= 40 && this.state === 'late') this.to('fresh', 'fast-grant');
  }
  expired(): void {
    if (this.state !== 'lost') this.to('lost', 'expired');
  }
}

// The client: asks for a lease, holds it for 200 ms, renews; without an answer in 100 ms it retries.
const client = setup({
  types: { context: {} as { env: ActorEnv; asked: number; renewal: Renewal }, input: {} as { env: ActorEnv } },
  guards: { answeredLate: ({ context }) => context.env.now() - context.asked > 60 },
}).createMachine({
  id: 'lease-client',
  context: ({ input }) => ({ env: input.env, asked: 0, renewal: new Renewal(coveragePoints(input.env.coverage, RENEWAL)) }),
  initial: 'asking',
  states: {
    asking: {
      entry: [assign({ asked: ({ context }) => context.env.now() }), netSend('server', ({ self }) => ({ type: 'acquire', from: self.id }))],
      on: {
        grant: [
          { guard: 'answeredLate', target: 'holding', actions: ({ context }) => context.renewal.granted(context.env.now() - context.asked) },
          { target: 'holding', actions: ({ context }) => context.renewal.granted(context.env.now() - context.asked) },
        ],
      },
      after: { 100: { target: 'asking', reenter: true, actions: ({ context }) => context.renewal.expired() } },
    },
    holding: { after: { 200: 'asking' } },
  },
});

const server = setup({}).createMachine({
  id: 'lease-server',
  on: { acquire: { actions: netSend(({ event }) => (event as unknown as { from: string }).from, { type: 'grant' }) } },
});

/** One run of two clients and a server over a lossy, slow network; its coverage report. */
export function leaseRun(seed: number, latency = 'exp:20'): CoverageReport {
  const sim = createSimulation({ seed, network: { latency, loss: 0.05 } });
  const coverage = collectCoverage(sim); // before spawning: actors started earlier are not covered
  sim.spawn(server, { id: 'server' });
  for (const id of ['c1', 'c2']) sim.spawn(client, { id, input: (env) => ({ env }) });
  sim.run({ until: 5_000 });
  return coverage.report();
}

/** Runs seeds 1..n and merges their coverage: which transitions did any run take? */
export function leaseCoverage(seeds = 20, latency = 'exp:20'): { report: CoverageReport; never: string[]; totals: string[] } {
  const report = mergeCoverage(Array.from({ length: seeds }, (_, i) => leaseRun(i + 1, latency)));
  const never = report.machines.flatMap((m) => m.transitions.filter((t) => t.count === 0).map((t) => `${m.name}: ${t.key}${t.guard ? ` (guard: ${t.guard})` : ''}`));
  const totals = report.machines.map((m) => {
    const { states, transitions } = coverageTotals(m);
    return `${m.name}: states ${states[0]}/${states[1]}, transitions ${transitions[0]}/${transitions[1]}`;
  });
  return { report, never, totals };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { never, totals } = leaseCoverage();
  console.log([...totals, ...never.map((n) => `never taken: ${n}`)].join('\n'));
}
