/**
 * `sim.no-delivery-to-crashed`: no message is ever delivered to an actor whose node is down. The
 * monitor keeps its own record of crashed nodes from the `fault` events (independent of the
 * actor host it checks) and looks at every `deliver`. runScenario adds it to every scenario.
 */
import { filter } from 'rxjs';
import type { Fault, Simulation } from '../../../engine/index.js';
import type { InvariantResult } from '../defineScenario.js';
import { Violations } from './Violations.js';

/** Name of the invariant. */
export const NO_DELIVERY_TO_CRASHED = 'sim.no-delivery-to-crashed';

/** Starts watching `sim` (call before the run); `result()` gives the verdict. */
export function watchNoDeliveryToCrashed(sim: Simulation): { result(): InvariantResult } {
  const down = new Set<string>();
  const violations = new Violations();
  sim.signalsOf('deliver', 'fault').pipe(filter((s) => s.kind === 'deliver' || (s.kind === 'fault' && (s.type === 'crash' || s.type === 'restart')))).subscribe((s) => {
    if (s.kind === 'fault') {
      const targets = (s.payload as Fault & { targets: readonly string[] }).targets;
      for (const node of targets) {
        if (s.type === 'crash') down.add(node);
        else down.delete(node);
      }
      return;
    }
    if (down.size === 0) return;
    const node = sim.nodeOf(s.dst);
    if (node !== undefined && down.has(node)) violations.add(() => `${s.type} from ${s.src} delivered to ${s.dst} at t=${s.time} while its node ${node} was down`);
  });
  return { result: () => violations.result(NO_DELIVERY_TO_CRASHED) };
}
