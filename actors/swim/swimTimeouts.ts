/**
 * hashicorp/memberlist's timing formulas (util.go, suspicion.go, state.go), used by the SWIM
 * member so its suspicion behaves like memberlist's LAN configuration.
 */

/** memberlist `DefaultLANConfig` timings. */
export const MEMBERLIST_LAN = {
  probeIntervalMs: 1000,
  probeTimeoutMs: 500,
  indirectChecks: 3,
  suspicionMult: 4,
  suspicionMaxTimeoutMult: 6,
  retransmitMult: 4,
  pushPullIntervalMs: 30_000,
} as const;

/** `suspicionTimeout`: suspicionMult · max(1, log10(max(1, n))) · probeInterval (the minimum timeout). */
export function suspicionTimeoutMs(suspicionMult: number, n: number, probeIntervalMs: number): number {
  const nodeScale = Math.max(1, Math.log10(Math.max(1, n)));
  return suspicionMult * Math.floor(nodeScale * 1000) * probeIntervalMs / 1000;
}

/**
 * `remainingSuspicionTime`: the total timeout after `confirmations` of the `expected` wanted,
 * max − (max − min) · log(c + 1) / log(k + 1), floored to whole ms and never below min, minus the
 * time already `elapsed`. May be negative (fire now).
 */
export function remainingSuspicionMs(confirmations: number, expected: number, elapsedMs: number, minMs: number, maxMs: number): number {
  const frac = Math.log(confirmations + 1) / Math.log(expected + 1);
  const raw = maxMs - frac * (maxMs - minMs);
  return Math.max(minMs, Math.floor(raw)) - elapsedMs;
}

/**
 * The confirmations a suspicion timer expects before reaching its minimum: suspicionMult − 2,
 * or 0 when the cluster has too few other members to give them (n − 2 < k).
 */
export function expectedConfirmations(suspicionMult: number, n: number): number {
  const k = suspicionMult - 2;
  return n - 2 < k ? 0 : k;
}

/** `retransmitLimit`: how many times an update is piggybacked, retransmitMult · ceil(log10(n + 1)). */
export function retransmitLimit(retransmitMult: number, n: number): number {
  return retransmitMult * Math.ceil(Math.log10(n + 1));
}

/**
 * `pushPullScale`: the push/pull interval for `n` live members — unchanged up to 32, then one
 * more interval per doubling, so the state exchanged per second grows as n·log n, not n².
 */
export function pushPullScaleMs(intervalMs: number, n: number): number {
  if (n <= 32) return intervalMs;
  return (Math.ceil(Math.log2(n) - Math.log2(32)) + 1) * intervalMs;
}
