import type { z } from "zod";
import { fromZodIssues, RapportError } from "../errors.js";

/**
 * Parses a value with a zod schema, throwing one {@link RapportError} whose issues name the field.
 *
 * @param schema - the schema
 * @param value - the value to check
 * @param path - where the value sits in the caller's input (its argument name, say)
 * @returns the parsed value
 * @throws {RapportError} `invalid-input`, one issue per problem found
 * @example
 * parseInput(z.number(), "x", ["resamples"])
 * //=> throws RapportError "resamples: Invalid input: expected number, received string"
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, path: readonly (string | number)[]): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const [first, ...rest] = fromZodIssues(parsed.error.issues, path);
  throw new RapportError(first ? [first, ...rest] : [{ code: "invalid-input", path, message: "Invalid input." }]);
}

/**
 * Throws unless two arrays have the same length: paired statistics need one value per item on both sides.
 *
 * @param a - first array
 * @param b - second array
 * @param names - what the two arrays are called, for the message
 * @throws {RapportError} `invalid-input` naming both lengths
 * @example
 * assertSameLength([1, 2], [1], ["a", "b"])
 * //=> throws RapportError "a and b differ in length: 2 against 1; give one value per item on both sides."
 */
export function assertSameLength(a: readonly unknown[], b: readonly unknown[], names: readonly [string, string]): void {
  if (a.length !== b.length) {
    throw new RapportError([
      { code: "invalid-input", path: [names[1]], message: `${names[0]} and ${names[1]} differ in length: ${a.length} against ${b.length}; give one value per item on both sides.` },
    ]);
  }
}
