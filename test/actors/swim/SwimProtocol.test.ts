import { describe, expect, it } from 'vitest';
import { SwimMembership, SwimProtocol, SwimRoster, type SwimConfig, type SwimEffect } from '../../../actors/index.js';
import { Rng } from '../../../engine/index.js';

const ids = Array.from({ length: 100 }, (_, i) => `m${i}`);
const roster = new SwimRoster(ids);
const config: SwimConfig = {
  probeIntervalMs: 1000,
  probeTimeoutMs: 500,
  indirectChecks: 3,
  suspicion: true,
  suspicionMult: 4,
  suspicionMaxMult: 6,
  retransmitMult: 4,
  maxPiggyback: 8,
  target: 'round-robin',
};

function member(self: string, cfg: Partial<SwimConfig> = {}) {
  let now = 0;
  const p = new SwimProtocol(self, new SwimMembership(roster, self), { ...config, ...cfg }, new Rng(1, self), () => now);
  const drain = (): SwimEffect[] => p.effects.splice(0);
  return { p, drain, at: (t: number) => void (now = t) };
}

describe('SwimProtocol', () => {
  it('should ping a target, ask k helpers after the probe timeout, and suspect it at the end of the period', () => {
    const { p, drain, at } = member('m0');
    p.tick();
    const ping = drain().find((e) => e.kind === 'send')!;
    expect(ping.kind === 'send' && ping.event.type).toBe('ping');
    const target = ping.kind === 'send' ? ping.to : '';
    at(500);
    p.probeTimeout(1);
    const reqs = drain().filter((e) => e.kind === 'send');
    expect(reqs).toHaveLength(3);
    for (const r of reqs) expect(r.kind === 'send' && r.event.type === 'ping_req' && r.event.target).toBe(target);
    at(1000);
    p.tick();
    const effects = drain();
    expect(effects).toContainEqual({ kind: 'signal', name: 'suspected', data: { node: target } });
    // memberlist, n = 100: min 8 s, max 48 s, k = 2 expected confirmations: starts at max.
    expect(effects).toContainEqual(expect.objectContaining({ kind: 'timer', id: `suspect:${target}`, delayMs: 48_000 }));
    expect(p.view.get(target)!.status).toBe('suspect');
  });

  it('should not suspect a target that acked, directly or through a helper', () => {
    const { p, drain, at } = member('m0');
    p.tick();
    const ping = drain()[0]!;
    const target = ping.kind === 'send' ? ping.to : '';
    p.receive({ type: 'ack', from: target, seq: 1 });
    expect(drain()).toContainEqual({ kind: 'cancel', id: 'probe' });
    at(1000);
    p.tick();
    expect(drain().some((e) => e.kind === 'signal')).toBe(false);
  });

  it('should relay a ping-req and forward the target\'s ack to the requester', () => {
    const { p, drain } = member('m5');
    p.receive({ type: 'ping_req', from: 'm1', seq: 42, target: 'm7' });
    const relay = drain()[0]!;
    expect(relay).toMatchObject({ kind: 'send', to: 'm7', event: { type: 'ping', relay: true } });
    const seq = relay.kind === 'send' && relay.event.type === 'ping' ? relay.event.seq : -1;
    p.receive({ type: 'ack', from: 'm7', seq });
    expect(drain()[0]).toMatchObject({ kind: 'send', to: 'm1', event: { type: 'ack', seq: 42 } });
  });

  it('should shorten the suspicion timer with independent confirmations down to the minimum', () => {
    const { p, drain, at } = member('m0');
    p.apply({ node: 'm9', status: 'suspect', incarnation: 0, from: 'm1' });
    drain();
    at(2000);
    p.apply({ node: 'm9', status: 'suspect', incarnation: 0, from: 'm2' });
    const t1 = drain().find((e) => e.kind === 'timer')!;
    expect(t1.kind === 'timer' && t1.delayMs).toBe(Math.floor(48_000 - (Math.log(2) / Math.log(3)) * 40_000) - 2000);
    p.apply({ node: 'm9', status: 'suspect', incarnation: 0, from: 'm2' }); // duplicate: ignored
    expect(drain().some((e) => e.kind === 'timer')).toBe(false);
    at(3000);
    p.apply({ node: 'm9', status: 'suspect', incarnation: 0, from: 'm3' });
    const t2 = drain().find((e) => e.kind === 'timer')!;
    expect(t2.kind === 'timer' && t2.delayMs).toBe(8000 - 3000);
    if (t2.kind !== 'timer' || t2.event.type !== 'suspicion_timeout') throw new Error('expected a suspicion timer');
    p.suspicionTimeout('m9', t2.event.token);
    expect(drain()).toContainEqual({ kind: 'signal', name: 'declared_dead', data: { node: 'm9', origin: 'm0' } });
    expect(p.view.get('m9')!.status).toBe('dead');
  });

  it('should refute a suspicion of itself with a higher incarnation, which clears the suspicion elsewhere', () => {
    const a = member('m1');
    a.p.apply({ node: 'm1', status: 'suspect', incarnation: 0, from: 'm0' });
    expect(a.p.currentIncarnation).toBe(1);
    expect(a.drain()).toContainEqual({ kind: 'signal', name: 'refuted', data: { node: 'm1', incarnation: 1 } });
    a.p.receive({ type: 'ping', from: 'm0', seq: 7 });
    const ack = a.drain().find((e) => e.kind === 'send')!;
    const updates = ack.kind === 'send' ? ack.event.updates : undefined;
    expect(updates).toContainEqual({ node: 'm1', status: 'alive', incarnation: 1, from: 'm1' });

    const b = member('m0');
    b.p.apply({ node: 'm1', status: 'suspect', incarnation: 0, from: 'm0' });
    b.p.apply({ node: 'm1', status: 'alive', incarnation: 0, from: 'm1' }); // same incarnation: no effect
    expect(b.p.view.get('m1')!.status).toBe('suspect');
    b.drain();
    for (const u of updates!) b.p.apply(u);
    expect(b.p.view.get('m1')).toEqual({ status: 'alive', incarnation: 1 });
    expect(b.drain()).toContainEqual({ kind: 'cancel', id: 'suspect:m1' });
  });

  it('should declare dead at once without suspicion, and revive on a higher incarnation', () => {
    const { p, drain, at } = member('m0', { suspicion: false });
    p.tick();
    const target = (drain()[0] as { to: string }).to;
    at(1000);
    p.tick();
    expect(drain()).toContainEqual({ kind: 'signal', name: 'declared_dead', data: { node: target, origin: 'm0' } });
    p.apply({ node: target, status: 'alive', incarnation: 1, from: target });
    expect(drain()).toContainEqual({ kind: 'signal', name: 'declared_alive', data: { node: target } });
  });

  it('should never suspect with the detector-never-suspects bug', () => {
    const { p, drain, at } = member('m0', { neverSuspects: true });
    p.tick();
    drain();
    at(1000);
    p.tick();
    expect(drain().some((e) => e.kind === 'signal')).toBe(false);
  });

  it('should send no push/pull and arm no timer for it when push/pull is off', () => {
    const { p, drain } = member('m0');
    p.tick();
    expect(drain().filter((e) => e.kind === 'timer').map((e) => e.kind === 'timer' && e.id)).toEqual(['probe']);
  });

  it('should exchange whole views by push/pull, so a member paused through its own death learns it and refutes', () => {
    const x = member('m0', { pushPullMs: 5000 });
    const y = member('m1', { pushPullMs: 5000 });
    x.p.tick();
    const armed = x.drain().find((e) => e.kind === 'timer' && e.id === 'push_pull')!;
    expect(armed.kind === 'timer' && armed.delayMs).toBeGreaterThanOrEqual(0);
    expect(armed.kind === 'timer' && armed.delayMs).toBeLessThan(5000);
    // x declared y dead while y heard nothing (its retransmissions went elsewhere).
    x.p.apply({ node: 'm1', status: 'dead', incarnation: 0, from: 'm0' });
    x.drain();
    y.p.receive({ type: 'push_pull', from: 'm0', state: [{ node: 'm1', status: 'dead', incarnation: 0, from: 'm0' }], reply: true });
    expect(y.p.currentIncarnation).toBe(1);
    expect(y.drain()).toContainEqual({ kind: 'signal', name: 'refuted', data: { node: 'm1', incarnation: 1 } });
    // y's next push/pull carries its new incarnation; x answers with its view and revives y.
    y.p.pushPullTimeout();
    const push = y.drain().find((e) => e.kind === 'send' && e.event.type === 'push_pull')!;
    if (push.kind !== 'send' || push.event.type !== 'push_pull') throw new Error('expected a push/pull');
    expect(push.event.state).toContainEqual({ node: 'm1', status: 'alive', incarnation: 1, from: 'm1' });
    x.p.receive({ ...push.event });
    const effects = x.drain();
    expect(effects).toContainEqual({ kind: 'signal', name: 'declared_alive', data: { node: 'm1' } });
    expect(effects).toContainEqual(expect.objectContaining({ kind: 'send', to: 'm1', event: expect.objectContaining({ type: 'push_pull', reply: true }) }));
    expect(x.p.view.get('m1')).toEqual({ status: 'alive', incarnation: 1 });
  });

  it('should merge a dead entry from a push/pull as a suspicion of its own, as memberlist does', () => {
    const { p, drain } = member('m0', { pushPullMs: 5000 });
    p.receive({ type: 'push_pull', from: 'm2', state: [{ node: 'm9', status: 'dead', incarnation: 0, from: 'm2' }], reply: true });
    expect(p.view.get('m9')!.status).toBe('suspect');
    expect(drain()).toContainEqual(expect.objectContaining({ kind: 'timer', id: 'suspect:m9' }));
  });

  it('should still lose the refutation with the swim-refutation-lost bug, push/pull or not', () => {
    const { p, drain } = member('m0', { pushPullMs: 5000, deadIsFinal: true });
    p.apply({ node: 'm1', status: 'dead', incarnation: 0, from: 'm0' });
    p.receive({ type: 'push_pull', from: 'm1', state: [{ node: 'm1', status: 'alive', incarnation: 1, from: 'm1' }] });
    expect(p.view.get('m1')!.status).toBe('dead');
    expect(drain().some((e) => e.kind === 'signal' && e.name === 'declared_alive')).toBe(false);
  });
});
