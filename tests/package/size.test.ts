// A size budget per entry of the built package (run after `npm run build`, see `npm run check:package`).
import { describe, expect, it } from "vitest";
import { measureEntry, SIZE_BUDGETS } from "./sizes.js";

describe("size budgets of the built package, bundled for users with every dependency", () => {
  it.each(SIZE_BUDGETS)("$name stays within its budget", async (budget) => {
    const size = await measureEntry(budget);
    const inside = [...size.packages.keys()];
    for (const name of budget.mustNotInclude) {
      expect(inside, `${name} reached the bundle of ${budget.name}: load it only where it is needed`).not.toContain(name);
    }
    expect(size.minified, `${budget.name}: minified bytes`).toBeLessThanOrEqual(budget.minified);
    expect(size.gzip, `${budget.name}: gzipped bytes`).toBeLessThanOrEqual(budget.gzip);
  });
});
