import { describe, expect, it } from "vitest";
import { RapportError } from "../src/errors.js";
import * as core from "../src/index.js";
import * as node from "../src/node/index.js";
import * as research from "../src/research/index.js";

// "No safeX ever throws": every safe function of every entry, given junk in every argument, returns a SafeResult.
const junk: unknown[] = [undefined, null, 0, -1, Number.NaN, "", "x", true, [], [null], {}, { competency: 42 }, { answer: {} }, new Date(Number.NaN), () => 1];

const safeFunctions = [...new Map(
  [core, research, node].flatMap((entry) => Object.entries(entry)).filter(([name, value]) => /^safe[A-Z]/.test(name) && typeof value === "function"),
)];

describe("safe functions", () => {
  it("exist in the entries", () => {
    expect(safeFunctions.length).toBeGreaterThan(10);
  });

  it.each(safeFunctions)("%s returns issues, never throws, on junk", async (_, fn) => {
    for (const a of junk) {
      for (const b of [undefined, ...junk.slice(1, 6)]) {
        let result: unknown;
        expect(() => (result = (fn as (...args: unknown[]) => unknown)(a, b)), `${String(a)}, ${String(b)}`).not.toThrow();
        const settled = await Promise.resolve(result);
        expect(settled).toHaveProperty("success");
        if ((settled as { success: boolean }).success === false) expect((settled as { issues: unknown[] }).issues.length).toBeGreaterThan(0);
      }
    }
  });

  // ... and its throwing twin throws nothing but a RapportError.
  const twins = safeFunctions.flatMap(([name]) => {
    const plain = name[4]!.toLowerCase() + name.slice(5);
    const fn = [core, research, node].map((entry) => (entry as Record<string, unknown>)[plain]).find((f) => typeof f === "function");
    return fn === undefined ? [] : [[plain, fn] as const];
  });

  it.each(twins)("%s throws only RapportError on junk", async (_, fn) => {
    for (const a of junk) {
      for (const b of [undefined, ...junk.slice(1, 6)]) {
        try {
          await Promise.resolve((fn as (...args: unknown[]) => unknown)(a, b));
        } catch (error) {
          expect(error, `${String(a)}, ${String(b)}`).toBeInstanceOf(RapportError);
        }
      }
    }
  });
});
