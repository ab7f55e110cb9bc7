import { SimulatedClock, createActor, setup, assign } from 'xstate';
import { Kernel } from '../dist/engine/Kernel.js';
import { createKernelClock } from '../dist/engine/createKernelClock.js';
let mistimed = 0, ticks = 0;
const m = setup({
  delays: { P: ({ context }) => context.period },
  guards: { more: ({ context }) => context.ticks + 1 < context.periods },
  actions: { count: assign(({ context }) => { const k = context.ticks + 1; if (context.now() !== k * context.period) mistimed++; ticks++; return { ticks: k }; }) },
}).createMachine({ context: ({ input }) => ({ ...input, ticks: 0 }), initial: 'tick', states: { tick: { after: { P: [{ guard: 'more', target: 'tick', reenter: true, actions: 'count' }, { target: 'done', actions: 'count' }] } }, done: { type: 'final' } } });
const [which, nA, nP, step] = [process.argv[2], +process.argv[3], +process.argv[4], +(process.argv[5] ?? 1)];
const t0 = performance.now();
if (which === 'k') {
  const kernel = new Kernel(); const clock = createKernelClock(kernel);
  for (let i = 0; i < nA; i++) createActor(m, { clock, input: { period: 100 + (i * 37) % 100, periods: nP, now: () => kernel.now } }).start();
  const T = nP * 199; for (let t = step; t < T + step; t += step) kernel.runUntil(t);
} else {
  const clock = new SimulatedClock();
  for (let i = 0; i < nA; i++) createActor(m, { clock, input: { period: 100 + (i * 37) % 100, periods: nP, now: () => clock.now() } }).start();
  const T = nP * 199; while (clock.now() < T) clock.increment(step);
}
console.log(which, nA, nP, step, (performance.now() - t0).toFixed(0), 'ms', { ticks, mistimed });
