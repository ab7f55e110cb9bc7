/**
 * A bare host for the floor benchmarks: runs agentsim's own XState machines as plain xstate
 * actors on the heap clock of bareHeartbeats.js, with the least environment they need — a
 * message (`agentsim.send`) is one heap callback after a sampled latency that calls
 * `actor.send`, a host timer (`agentsim.timer`) is one heap callback (sending its `send` message,
 * or handing its `event` to the actor), a signal is counted, a
 * crash stops the actor. No kernel, no trace or fingerprint, no network model (loss,
 * partitions), no host bookkeeping (incarnations, pause, skew), no trackers: what is left is
 * XState's own work and the model's. `transitions` counts the events handed to actors.
 */
import { createActor } from 'xstate';
import { BareHeapClock } from './bareHeartbeats.js';

const SEND = 'agentsim.send';
const SIGNAL = 'agentsim.signal';
const TIMER = 'agentsim.timer';
const CANCEL = 'agentsim.cancel';

/** A heap clock, a map of actors and the four host effects, nothing more. */
export class BareHost {
  clock = new BareHeapClock();
  actors = new Map();
  down = new Set();
  messages = 0;
  transitions = 0;
  signals = 0;

  /**
   * `rng`: agentsim's `Rng` (for `env.rng` forks); `latency(from, to)`: one message's delay in ms;
   * `onSignal(src, name, data)`: called for each signal (what a scenario's tracker would see).
   */
  constructor(rng, latency, onSignal) {
    this.rng = rng;
    this.latency = latency;
    this.onSignal = onSignal;
  }

  get now() {
    return this.clock.now;
  }

  /** Starts `machine` as actor `id`; `input(env)` builds its input, as a scenario's spawn does. */
  spawn(machine, id, input) {
    const clock = this.clock;
    const timers = new Map();
    const fire = (t) => {
      if (this.down.has(id)) return;
      if (t.every === undefined) timers.delete(t.id);
      // A timer with `send` sends a message from the actor without a transition (selfTimer's send).
      if (t.send !== undefined) this.send(t.send.to, t.send.event, id);
      else {
        this.transitions++;
        this.actors.get(id).send(t.event);
      }
      if (t.every !== undefined && timers.get(t.id) === t) t.item = clock.setTimeout(() => fire(t), t.every);
    };
    const emit = (e) => {
      if (e.type === SEND) this.send(e.to, e.event, id);
      else if (e.type === SIGNAL) {
        this.signals++;
        this.onSignal?.(id, e.name, e.data);
      }
      else if (e.type === TIMER) {
        const old = timers.get(e.id);
        if (old !== undefined) clock.clearTimeout(old.item);
        const t = { id: e.id, event: e.event, send: e.send, every: e.every, item: undefined };
        timers.set(e.id, t);
        t.item = clock.setTimeout(() => fire(t), e.delay);
      } else if (e.type === CANCEL) {
        const old = timers.get(e.id);
        if (old !== undefined) {
          clock.clearTimeout(old.item);
          timers.delete(e.id);
        }
      }
    };
    const env = { id, node: id, now: () => clock.now, rng: this.rng.fork(`actor:${id}`), emit };
    const actor = createActor(machine, { id, systemId: id, input: input?.(env), clock });
    actor.on('*', emit);
    this.actors.set(id, actor);
    actor.start();
    return actor;
  }

  /** A message from `from` to `to` after one latency. */
  send(to, event, from) {
    this.messages++;
    this.clock.setTimeout(() => this.deliver(to, event), this.latency(from, to));
  }

  /** Hands `event` to actor `to` now (dropped when it is down). */
  deliver(to, event) {
    if (this.down.has(to)) return;
    this.transitions++;
    this.actors.get(to).send(event);
  }

  /** Stops actor `id` at virtual time `at`. */
  crashAt(at, id) {
    this.clock.setTimeout(() => {
      this.down.add(id);
      this.actors.get(id).stop();
    }, at - this.clock.now);
  }

  runUntil(t) {
    this.clock.runUntil(t);
  }
}
