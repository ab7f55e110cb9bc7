/**
 * `lb.never-routes-to-dead`: a balancer never sends a request to a backend it has itself declared
 * dead (and not since declared alive). The balancer's knowledge is read from the signals it
 * publishes (`lb.declared_dead` / `lb.declared_alive` with `{ node }`), its routing decisions from
 * its `send`s of the request type. A balancer whose node crashes or restarts forgets what it
 * declared (a fresh incarnation starts with no verdicts), so the watch forgets it too.
 */
import { filter } from 'rxjs';
import type { Simulation } from '../../../engine/index.js';
import type { InvariantResult } from '../defineScenario.js';
import { Violations } from './Violations.js';

/** Options of {@link watchNeverRoutesToDead}. */
export interface NeverRoutesToDeadOptions {
  /** The balancer actors. */
  readonly balancers: Iterable<string>;
  /** Event type of a routed request (default `request`). */
  readonly requestType?: string;
  /** Signal a balancer publishes when it learns a backend is dead (default `lb.declared_dead`). */
  readonly deadSignal?: string;
  /** Signal a balancer publishes when it learns a backend is back (default `lb.declared_alive`). */
  readonly aliveSignal?: string;
}

/** Starts watching `sim` (call before the run); `result()` gives the verdict. */
export function watchNeverRoutesToDead(sim: Simulation, options: NeverRoutesToDeadOptions): { result(): InvariantResult } {
  const { requestType = 'request', deadSignal = 'lb.declared_dead', aliveSignal = 'lb.declared_alive' } = options;
  const known = new Map([...options.balancers].map((b) => [b, new Set<string>()]));
  const violations = new Violations();
  sim.signalsOf('send', 'signal', 'fault').pipe(filter((s) => (known.has(s.src) && (s.kind === 'send' || s.kind === 'signal')) || (s.kind === 'fault' && (s.type === 'crash' || s.type === 'restart')))).subscribe((s) => {
    if (s.kind === 'fault') {
      const nodes = new Set((s.payload as { targets: readonly string[] }).targets);
      for (const [balancer, dead] of known) if (nodes.has(sim.nodeOf(balancer) ?? balancer)) dead.clear();
      return;
    }
    const dead = known.get(s.src)!;
    if (s.kind === 'send') {
      if (s.type === requestType && dead.has(s.dst)) violations.add(() => `${s.src} routed ${s.type} to ${s.dst} at t=${s.time} after declaring it dead`);
    } else if (s.type === deadSignal) dead.add((s.payload as { node: string }).node);
    else if (s.type === aliveSignal) dead.delete((s.payload as { node: string }).node);
  });
  return { result: () => violations.result('lb.never-routes-to-dead') };
}
