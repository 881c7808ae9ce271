import fnv1a from "@sindresorhus/fnv1a";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** A seeded source of choices: the same seed gives the same choices, in the same order. */
export interface Chooser {
  /** An integer from 0 to `n - 1`. */
  index(n: number): number;
  /** The items in a seeded order (a new array). */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * A 32-bit FNV-1a hash of a string, as 8 hex digits: stable across runs and platforms.
 *
 * @param text - any text
 * @returns 8 lower-case hex digits
 * @example
 * hashText("hello")
 * //=> "4f9f2cab"
 */
export function hashText(text: string): string {
  return fnv1a(text, { size: 32 }).toString(16).padStart(8, "0");
}

/**
 * Creates a seeded chooser (xoroshiro128+ from pure-rand). Strings are hashed to a numeric seed.
 *
 * @param seed - a number or a string
 * @returns the chooser
 * @example
 * createChooser(7).index(10) === createChooser(7).index(10)
 * //=> true
 */
export function createChooser(seed: number | string): Chooser {
  const numeric = typeof seed === "number" ? Math.trunc(seed) | 0 : Number(fnv1a(seed, { size: 32 })) | 0;
  const rng = xoroshiro128plus(numeric);
  const index = (n: number): number => (n <= 1 ? 0 : uniformInt(rng, 0, n - 1));
  return {
    index,
    shuffle<T>(items: readonly T[]): T[] {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = index(i + 1);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}
