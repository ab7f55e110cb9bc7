/**
 * The `swim.no-live-declared-dead` invariant: at the end of a run without loss, no live member is
 * still declared dead by a live member once both have been free of faults for the grace period
 * (the detection bound plus the push/pull passes that carry a death and its refutation). A
 * wrongly suspected SWIM member refutes by gossiping `alive` with a higher incarnation, which
 * overrides `suspect` and `dead`; a protocol that loses that refutation leaves the member dead for
 * good. The promise needs push/pull: gossip alone can miss a member paused through its own death.
 */
import { filter } from 'rxjs';
import type { Simulation } from '../../engine/index.js';
import { invariantResult } from '../core/invariants/index.js';
import type { InvariantResult } from '../core/defineScenario.js';

/** Watches every member's view of the others (from `declared_dead` / `declared_alive`). */
export class SwimLivenessTracker {
  /** observer → members it holds dead. */
  private readonly dead = new Map<string, Set<string>>();
  private readonly lastFault = new Map<string, number>();
  private readonly paused = new Set<string>();

  constructor(private readonly sim: Simulation, members: readonly string[]) {
    const isMember = new Set(members);
    sim.signals$.pipe(filter((s) => s.kind === 'fault' || (s.kind === 'signal' && isMember.has(s.src)))).subscribe((s) => {
      if (s.kind === 'fault') {
        for (const node of s.dst === '' ? [] : s.dst.split(',')) {
          this.lastFault.set(node, s.time);
          if (s.type === 'pause') this.paused.add(node);
          else if (s.type === 'resume' || s.type === 'crash') this.paused.delete(node);
          // A crashed member restarts with a fresh view (everyone alive).
          if (s.type === 'crash') this.dead.delete(node);
        }
        return;
      }
      const node = (s.payload as { node?: string } | undefined)?.node;
      if (node === undefined) return;
      let view = this.dead.get(s.src);
      if (s.type === 'declared_dead') {
        if (view === undefined) this.dead.set(s.src, (view = new Set()));
        view.add(node);
      } else if (s.type === 'declared_alive') view?.delete(node);
    });
  }

  /** The verdict at the end of the run; `graceMs` after its last fault a pair must agree. */
  invariant(graceMs: number, applicable: boolean): InvariantResult {
    const end = this.sim.now;
    const quiet = (id: string): boolean => this.sim.isUp(id) && !this.paused.has(id) && (this.lastFault.get(id) ?? -Infinity) <= end - graceMs;
    let violations = 0;
    let example: string | undefined;
    for (const [observer, view] of this.dead) {
      if (!quiet(observer)) continue;
      for (const member of view) {
        if (!quiet(member)) continue;
        violations++;
        example ??= `${member} is up but ${observer} still holds it dead at t=${end}`;
      }
    }
    return invariantResult('swim.no-live-declared-dead', violations, example, applicable);
  }
}
