/**
 * Published analytic results the simulations are checked against (test-only truth).
 */

/** M/M/1 mean time in system, 1/(μ − λ) (rates per ms). */
export function mm1ResponseMs(lambda: number, mu: number): number {
  return 1 / (mu - lambda);
}

/**
 * Mean time in system of the supermarket model (Mitzenmacher 2001; Vvedenskaya et al. 1996):
 * n → ∞ servers of rate 1, Poisson arrivals at rate λn, each joining the shortest of d queues
 * chosen at random: T = Σ_{i≥1} λ^((d^i − d)/(d − 1)).
 */
export function supermarketResponse(lambda: number, d: number): number {
  let t = 0;
  for (let i = 1; i < 64; i++) {
    const term = lambda ** ((d ** i - d) / (d - 1));
    t += term;
    if (term < 1e-12) break;
  }
  return t;
}

/**
 * Exact expected number of rounds of synchronous push rumour spreading on a complete graph of
 * `n` nodes starting with `k0` informed: each round every informed node calls one uniformly
 * random other node. Computed from the Markov chain on the number informed (the number of newly
 * informed nodes in a round is an occupancy count). Pittel (1987): log2 n + ln n + O(1).
 */
export function expectedPushRounds(n: number, k0: number): number {
  // next[k] = distribution of the number informed after one round from k.
  const next: Float64Array[] = [];
  for (let k = 0; k <= n; k++) {
    const u = n - k;
    let dist = new Float64Array(u + 1);
    dist[0] = 1;
    if (k > 0) {
      for (let c = 0; c < k; c++) {
        const out = new Float64Array(u + 1);
        for (let j = 0; j <= u; j++) {
          const p = dist[j]!;
          if (p === 0) continue;
          const hitNew = (u - j) / (n - 1);
          out[j] = out[j]! + p * (1 - hitNew);
          if (j < u) out[j + 1] = out[j + 1]! + p * hitNew;
        }
        dist = out;
      }
    }
    const row = new Float64Array(n + 1);
    for (let j = 0; j <= u; j++) row[k + j] = dist[j]!;
    next.push(row);
  }
  let state = new Float64Array(n + 1);
  state[k0] = 1;
  let expected = 0;
  for (let round = 0; round < 10_000; round++) {
    const notDone = 1 - state[n]!;
    if (notDone < 1e-12) break;
    expected += notDone;
    const out = new Float64Array(n + 1);
    for (let k = 0; k <= n; k++) {
      const p = state[k]!;
      if (p === 0) continue;
      const row = next[k]!;
      for (let j = k; j <= n; j++) out[j] = out[j]! + p * row[j]!;
    }
    state = out;
  }
  return expected;
}
