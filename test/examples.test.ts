import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pingPong } from '../examples/pingPong.js';

describe('pingPong', () => {
  it('should exchange pings through the network, lose those sent while the peer is down, and replay identically', () => {
    const a = pingPong(42);
    // 100 pings in 10 s; the peer is down for 1 s (≈10 pings) and 1% of messages are lost each way.
    expect(a.pongs).toBeGreaterThan(80);
    expect(a.pongs).toBeLessThan(92);
    expect(pingPong(42)).toEqual(a);
    expect(pingPong(43).traceHash).not.toBe(a.traceHash);
  });

  it('should be the example docs/library.md shows: the same machines and the same simulation', () => {
    const docs = readFileSync(new URL('../docs/library.md', import.meta.url), 'utf8');
    const example = readFileSync(new URL('../examples/pingPong.ts', import.meta.url), 'utf8');
    const pieces = (text: string): string[] => [
      ...[...text.matchAll(/^const (pinger|ponger) = [\s\S]*?^\}\);$/gm)].map((m) => m[0]),
      ...[...text.matchAll(/^\s*(sim\.spawn\(.*|sim\.faults\..*|const sim = createSimulation\(.*)$/gm)].map((m) => m[1]!.trim()),
    ];
    const block = [...docs.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!).find((b) => b.includes('const pinger'));
    expect(block).toBeDefined();
    // The page runs it with seed 42, the function's default.
    const shown = pieces(block!.replace('createSimulation({ seed: 42,', 'createSimulation({ seed,'));
    expect(shown.length).toBe(6);
    expect(shown).toEqual(pieces(example));
  });
});
