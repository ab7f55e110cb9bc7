import { describe, expect, it } from 'vitest';
import { expectedConfirmations, MEMBERLIST_LAN, pushPullScaleMs, remainingSuspicionMs, retransmitLimit, suspicionTimeoutMs } from '../../../actors/index.js';

describe('suspicionTimeoutMs', () => {
  it('should follow memberlist: mult · max(1, log10 n) · interval', () => {
    expect(suspicionTimeoutMs(4, 1, 1000)).toBe(4000);
    expect(suspicionTimeoutMs(4, 10, 1000)).toBe(4000);
    expect(suspicionTimeoutMs(4, 100, 1000)).toBe(8000);
    expect(suspicionTimeoutMs(4, 10_000, 1000)).toBe(16_000);
    expect(suspicionTimeoutMs(MEMBERLIST_LAN.suspicionMult, 1000, MEMBERLIST_LAN.probeIntervalMs)).toBe(12_000);
  });
});

describe('remainingSuspicionMs', () => {
  it('should decay from max to min logarithmically in the confirmations', () => {
    const min = 8000;
    const max = 48_000;
    expect(remainingSuspicionMs(0, 2, 0, min, max)).toBe(max);
    expect(remainingSuspicionMs(1, 2, 0, min, max)).toBe(Math.floor(max - (Math.log(2) / Math.log(3)) * (max - min)));
    expect(remainingSuspicionMs(2, 2, 0, min, max)).toBe(min);
    expect(remainingSuspicionMs(2, 2, 10_000, min, max)).toBe(-2000);
  });
});

describe('expectedConfirmations and retransmitLimit', () => {
  it('should expect mult - 2 confirmations unless the group is too small', () => {
    expect(expectedConfirmations(4, 100)).toBe(2);
    expect(expectedConfirmations(4, 3)).toBe(0);
    expect(retransmitLimit(4, 100)).toBe(12);
    expect(retransmitLimit(4, 9)).toBe(4);
  });
});

describe('pushPullScaleMs', () => {
  it('should keep the interval up to 32 members and add one per doubling beyond, as memberlist does', () => {
    expect(pushPullScaleMs(30_000, 1)).toBe(30_000);
    expect(pushPullScaleMs(30_000, 32)).toBe(30_000);
    expect(pushPullScaleMs(30_000, 33)).toBe(60_000);
    expect(pushPullScaleMs(30_000, 64)).toBe(60_000);
    expect(pushPullScaleMs(30_000, 65)).toBe(90_000);
    expect(pushPullScaleMs(30_000, 10_000)).toBe(30_000 * 10);
  });
});
