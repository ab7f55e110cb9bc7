/**
 * The reference for benchmark 4: N bare XState heartbeat actors — the old agent machine shape,
 * `after: { heartbeat: { target: 'alive', reenter: true } }` after a random phase — on a plain
 * binary-heap clock written here (lazy cancellation), with no monitor, no network and no trace.
 * Each tick runs one counting action. This is what "XState alone" costs for the periodic part of
 * `failure-detection`; the engine's run is compared with it in the same bench run.
 */
import { createActor, setup } from 'xstate';
import { prng } from './lib.js';

/** A minimal xstate clock on a binary min-heap ordered by (time, seq). */
export class BareHeapClock {
  heap = [];
  now = 0;
  seq = 0;

  setTimeout(fn, ms) {
    const item = { time: this.now + ms, seq: this.seq++, fn };
    const heap = this.heap;
    let i = heap.length;
    heap.push(item);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = heap[p];
      if (parent.time < item.time || (parent.time === item.time && parent.seq < item.seq)) break;
      heap[i] = parent;
      i = p;
    }
    heap[i] = item;
    return item;
  }

  clearTimeout(item) {
    item.fn = null;
  }

  /** Runs every entry due at or before `until`. */
  runUntil(until) {
    const heap = this.heap;
    while (heap.length > 0 && heap[0].time <= until) {
      const top = heap[0];
      const last = heap.pop();
      const n = heap.length;
      if (n > 0) {
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          if (l >= n) break;
          const r = l + 1;
          const c = r < n && (heap[r].time < heap[l].time || (heap[r].time === heap[l].time && heap[r].seq < heap[l].seq)) ? r : l;
          const child = heap[c];
          if (last.time < child.time || (last.time === child.time && last.seq < child.seq)) break;
          heap[i] = child;
          i = c;
        }
        heap[i] = last;
      }
      this.now = top.time;
      const fn = top.fn;
      if (fn !== null) {
        top.fn = null;
        fn();
      }
    }
    this.now = until;
  }
}

/** Runs `nodes` bare heartbeat actors for `durationMs` virtual ms; returns the tick count. */
export function runBareHeartbeats({ nodes, durationMs, heartbeatMs = 1000, seed = 42 }) {
  let ticks = 0;
  const machine = setup({
    delays: { phase: ({ context }) => context.phaseMs, heartbeat: ({ context }) => context.heartbeatMs },
    actions: { beat: () => void ticks++ },
  }).createMachine({
    context: ({ input }) => input,
    initial: 'starting',
    states: {
      starting: { after: { phase: 'alive' } },
      alive: { entry: 'beat', after: { heartbeat: { target: 'alive', reenter: true } } },
    },
  });
  const clock = new BareHeapClock();
  const rand = prng(seed);
  const actors = [];
  for (let i = 1; i <= nodes; i++) {
    const id = `agent-${i}`;
    actors.push(createActor(machine, { id, systemId: id, clock, input: { heartbeatMs, phaseMs: rand() * heartbeatMs } }).start());
  }
  clock.runUntil(durationMs);
  return { ticks, actors: actors.length };
}
