/**
 * mulberry32: a tiny seeded PRNG, so anything random (the benchmark corpus, a layout start, a
 * community split) is the same on every run and every machine. Used by Node code and the viewer.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
