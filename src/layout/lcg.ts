// The constants of d3-force's own LCG (Numerical Recipes), so seed 1 replays d3's default stream.
const A = 1664525;
const C = 1013904223;
const M = 4294967296; // 2^32

/**
 * A seeded linear congruential generator returning values in [0, 1).
 * A*s + C stays below 2^53 for s < 2^32, so every step is exact in doubles and the stream is
 * identical on every engine.
 */
export function lcg(seed: number): () => number {
  let s = Number.isFinite(seed) ? ((Math.floor(seed) % M) + M) % M : 1;
  return () => (s = (A * s + C) % M) / M;
}
