import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A seeded source of random whole numbers: the same seed gives the same numbers, in the same order. */
export interface Random {
  /** A whole number from 0 to `n - 1`. */
  int(n: number): number;
}

/**
 * Creates a seeded random source (xoroshiro128+ from pure-rand).
 *
 * @param seed - any whole number (fractions are truncated)
 * @returns the random source
 * @example
 * ```ts
 * import { createRandom } from "rapport/research";
 *
 * createRandom(7).int(10) === createRandom(7).int(10); //=> true
 * ```
 */
export function createRandom(seed: number): Random {
  const rng = xoroshiro128plus(Math.trunc(seed) | 0);
  return { int: (n: number): number => (n <= 1 ? 0 : uniformInt(rng, 0, n - 1)) };
}
