import { filter } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createSimulation, EMPTY_BASE, membershipNodeMachine, membershipRegistryMachine, type MembershipMode } from '../../../index.js';

function world(mode: MembershipMode) {
  const sim = createSimulation({ seed: 5, network: { latency: 'const:1' } });
  const members = ['m1', 'm2', 'm3'];
  const base = { list: members, set: new Set(members) };
  if (mode === 'central') sim.spawn(membershipRegistryMachine, { id: 'registry', input: { initial: members } });
  const common = { mode, fanout: 1, roundMs: 100, phaseMs: 0, retransmit: 0, ...(mode === 'central' ? { registry: 'registry', since: 3 } : {}) };
  for (const id of members) sim.spawn(membershipNodeMachine, { id, input: (env) => ({ env, base, ...common }) });
  sim.spawn(membershipNodeMachine, { id: 'j', input: (env) => ({ env, base: EMPTY_BASE, contact: mode === 'central' ? 'registry' : 'm1', joinAtMs: 10, ...common }) });
  const learned = new Map<string, string[]>();
  const sent: string[] = [];
  sim.signals$.pipe(filter((s) => s.kind === 'signal' || s.kind === 'send')).subscribe((s) => {
    if (s.kind === 'send') sent.push(`${s.time}:${s.src}>${s.dst}:${s.type}`);
    else if (s.type === 'member_learned') learned.set(s.src, [...(learned.get(s.src) ?? []), (s.payload as { member: string }).member]);
  });
  return { sim, learned, sent };
}

describe('membershipNodeMachine', () => {
  it('should join through a contact that answers with its full view, then push the news each round', () => {
    const { sim, learned, sent } = world('push');
    sim.run({ until: 50 });
    expect(learned.get('j')).toEqual(['j', 'm1', 'm2', 'm3']);
    expect(learned.get('m1')).toEqual(['j']);
    expect(sent).toEqual(['10:j>m1:join', '11:m1>j:welcome']);
    sim.run({ until: 1000 });
    for (const m of ['m2', 'm3']) expect(learned.get(m)).toEqual(['j']);
    // Only nodes with hot updates push: the first round's senders are m1 and j.
    expect(sent.filter((s) => s.startsWith('100:')).map((s) => s.split('>')[0])).toEqual(['100:m1', '100:j']);
  });

  it('should pull from random peers every round and answer pulls with its hot updates', () => {
    const { sim, learned, sent } = world('pull');
    sim.run({ until: 2000 });
    for (const m of ['m2', 'm3']) expect(learned.get(m)).toEqual(['j']);
    expect(sent.filter((s) => s.startsWith('100:')).every((s) => s.endsWith(':pull'))).toBe(true);
    expect(sent.some((s) => s.endsWith(':gossip'))).toBe(true);
  });

  it('should learn the membership from a central registry by registering and polling', () => {
    const { sim, learned, sent } = world('central');
    sim.run({ until: 150 });
    expect(learned.get('j')).toEqual(['j', 'm1', 'm2', 'm3']);
    for (const m of ['m1', 'm2', 'm3']) expect(learned.get(m)).toEqual(['j']);
    expect(sent.filter((s) => s.includes(':lookup')).length).toBe(4);
    expect(sim.actor('j')!.getSnapshot().value).toBe('member');
  });
});
