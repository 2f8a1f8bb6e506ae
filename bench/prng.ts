import { seededRandom } from "../src/util/seeded-random.ts";

/** The benchmark corpus generator's PRNG: seeded, so the corpus is the same bytes on every machine. */
export const prng = seededRandom;

export function shuffle<T>(items: T[], rand: () => number): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
