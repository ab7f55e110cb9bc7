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
});
