/**
 * The static model of an XState machine that coverage is measured against: every state node and
 * every transition its definition declares (`on`, `after`, `always`, done and invoke handlers),
 * each transition keyed by source, event, target and its branch among the guarded alternatives.
 */
import type { AnyStateMachine } from 'xstate';

/** One declared transition. */
export interface TransitionModel {
  /** Stable key: `source --event[#branch]--> target`. */
  readonly key: string;
  /** Source state path (`follower`, `a.b`; the root is `(root)`). */
  readonly source: string;
  /** Event type; `always` for eventless, `after <delay>` for delayed transitions. */
  readonly event: string;
  /** Target state paths, comma-separated; `(self)` for a targetless (actions-only) transition. */
  readonly target: string;
  /** The guard's name (or `inline`), when guarded. */
  readonly guard?: string;
  /** Index among the alternatives for the same event on the same state (0 = first). */
  readonly branch: number;
}

/** A machine's declared states and transitions. */
export interface MachineModel {
  readonly id: string;
  /** State paths, document order, without the root. */
  readonly states: readonly string[];
  readonly transitions: readonly TransitionModel[];
  /** xstate's transition definition object → its model (identity: they are memoised). */
  readonly byDefinition: ReadonlyMap<object, TransitionModel>;
  /** State node id (`raft-node.follower`) → path. */
  readonly pathOf: ReadonlyMap<string, string>;
  /** Paths entered when the machine starts (its initial configuration). */
  readonly initial: readonly string[];
}

interface NodeLike {
  readonly id: string;
  readonly path: readonly string[];
  readonly states: Record<string, NodeLike>;
  readonly transitions: Map<string, TransitionLike[]>;
  readonly always?: TransitionLike[];
  readonly initial?: { target: NodeLike[] };
  readonly type: string;
}

interface TransitionLike {
  readonly target?: readonly NodeLike[];
  readonly guard?: unknown;
  readonly eventType: string;
  readonly delay?: number | string;
}

const models = new WeakMap<AnyStateMachine, MachineModel>();

/** The model of `machine` (computed once per machine object). */
export function machineModel(machine: AnyStateMachine): MachineModel {
  let model = models.get(machine);
  if (model === undefined) {
    model = buildModel(machine);
    models.set(machine, model);
  }
  return model;
}

function buildModel(machine: AnyStateMachine): MachineModel {
  const root = machine.root as unknown as NodeLike;
  const states: string[] = [];
  const transitions: TransitionModel[] = [];
  const byDefinition = new Map<object, TransitionModel>();
  const pathOf = new Map<string, string>();
  const name = (node: NodeLike): string => (node.path.length === 0 ? '(root)' : node.path.join('.'));
  const add = (node: NodeLike, event: string, list: readonly TransitionLike[]): void => {
    list.forEach((t, branch) => {
      const target = t.target?.length ? t.target.map(name).join(',') : '(self)';
      const guard = guardName(t.guard);
      const key = `${name(node)} --${event}${list.length > 1 ? `#${branch}` : ''}--> ${target}`;
      const m: TransitionModel = { key, source: name(node), event, target, branch, ...(guard ? { guard } : {}) };
      transitions.push(m);
      byDefinition.set(t, m);
    });
  };
  const walk = (node: NodeLike): void => {
    pathOf.set(node.id, name(node));
    if (node.path.length > 0) states.push(name(node));
    for (const [descriptor, list] of node.transitions) {
      const delay = list[0]?.delay;
      add(node, delay !== undefined ? `after ${delay}` : descriptor, list);
    }
    if (node.always?.length) add(node, 'always', node.always);
    for (const child of Object.values(node.states)) walk(child);
  };
  walk(root);
  const initial: string[] = [];
  const enter = (node: NodeLike): void => {
    if (node.path.length > 0) initial.push(name(node));
    if (node.type === 'parallel') Object.values(node.states).forEach(enter);
    else node.initial?.target.forEach(enter);
  };
  enter(root);
  return { id: machine.id, states, transitions, byDefinition, pathOf, initial };
}

function guardName(guard: unknown): string | undefined {
  if (guard === undefined || guard === null) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') return guard.type;
  if (typeof guard === 'function') return guard.name || 'inline';
  return 'inline';
}
