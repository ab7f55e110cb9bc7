/**
 * A traditional central health checker (load-balancer style): every `checkMs` it sends a
 * `health_check` to every node; a node that has not answered that round (or a later one) within
 * `timeoutMs` fails the round. After `unhealthyThreshold` consecutive failed rounds the node is
 * declared dead (`declared_dead`); the first failed round is published as `suspected`. A reply
 * from a declared node declares it alive again (`declared_alive`).
 *
 * Rounds may overlap (timeout > interval): each round's evaluation is a delayed event of its own.
 */
import { enqueueActions, setup } from 'xstate';
import { SEND, SIGNAL, type ActorEnv, type AgentsimEmitted } from '../../engine/index.js';
import type { HealthCheckEvent, HealthOkEvent } from './healthEndpoint.js';

/** Input of {@link healthCheckerMachine}. */
export interface HealthCheckerInput {
  env: ActorEnv;
  members: readonly string[];
  checkMs: number;
  timeoutMs: number;
  unhealthyThreshold: number;
  /** Test-only bug `detector-never-suspects`: never suspect or declare anyone. */
  neverSuspects?: boolean;
}

/** Per-node check bookkeeping, mutated in place. */
export class CheckTable {
  /** Latest round each node answered. */
  private readonly answered = new Map<string, number>();
  private readonly failures = new Map<string, number>();
  private readonly declared = new Set<string>();
  private lastEvaluated = 0;

  constructor(readonly members: readonly string[]) {
    for (const m of members) {
      this.answered.set(m, -1);
      this.failures.set(m, 0);
    }
  }

  /**
   * Records a reply; true when the node had been declared dead (it came back). A reply to a
   * round already evaluated arrived after its timeout: like a timed-out HTTP check, it is ignored.
   */
  reply(node: string, round: number): boolean {
    if (round <= this.lastEvaluated) return false;
    if ((this.answered.get(node) ?? -1) < round) this.answered.set(node, round);
    this.failures.set(node, 0);
    return this.declared.delete(node);
  }

  /**
   * Evaluates round `round`: returns the nodes failing it for the first time in a row
   * (`suspected`) and those reaching `threshold` consecutive failures (`dead`).
   */
  evaluate(round: number, threshold: number): { suspected: string[]; dead: string[] } {
    const suspected: string[] = [];
    const dead: string[] = [];
    this.lastEvaluated = Math.max(this.lastEvaluated, round);
    for (const m of this.members) {
      if (this.answered.get(m)! >= round || this.declared.has(m)) continue;
      const f = this.failures.get(m)! + 1;
      this.failures.set(m, f);
      if (f === 1) suspected.push(m);
      if (f >= threshold) {
        this.declared.add(m);
        dead.push(m);
      }
    }
    return { suspected, dead };
  }
}

type CheckerEvent = HealthOkEvent | { type: 'evaluate'; round: number };

/** Central poller with a per-round response timeout. */
export const healthCheckerMachine = setup({
  types: {
    context: {} as HealthCheckerInput & { table: CheckTable; round: number },
    input: {} as HealthCheckerInput,
    events: {} as CheckerEvent,
    emitted: {} as AgentsimEmitted,
  },
  delays: { check: ({ context }) => context.checkMs },
}).createMachine({
  id: 'health-checker',
  context: ({ input }) => ({ ...input, table: new CheckTable(input.members), round: 0 }),
  initial: 'polling',
  states: {
    polling: {
      entry: enqueueActions(({ context, self, enqueue }) => {
        const round = ++context.round;
        const event: HealthCheckEvent = { type: 'health_check', from: self.id, round };
        for (const to of context.members) enqueue.emit({ type: SEND, to, event });
        enqueue.raise({ type: 'evaluate', round }, { delay: context.timeoutMs, id: `evaluate-${round}` });
      }),
      after: { check: { target: 'polling', reenter: true } },
      on: {
        health_ok: {
          actions: enqueueActions(({ context, event, enqueue }) => {
            if (context.table.reply(event.from, event.round)) enqueue.emit({ type: SIGNAL, name: 'declared_alive', data: { node: event.from } });
          }),
        },
        evaluate: {
          actions: enqueueActions(({ context, event, enqueue }) => {
            if (context.neverSuspects) return;
            const { suspected, dead } = context.table.evaluate(event.round, context.unhealthyThreshold);
            for (const node of suspected) enqueue.emit({ type: SIGNAL, name: 'suspected', data: { node } });
            for (const node of dead) enqueue.emit({ type: SIGNAL, name: 'declared_dead', data: { node } });
          }),
        },
      },
    },
  },
});
