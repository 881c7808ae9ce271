import { describe, expect, it } from "vitest";
import { IdSet } from "./idSet.js";

describe("IdSet", () => {
  it("gives the first line of an id seen before, and nothing for a new one, across growth", () => {
    const ids = new IdSet();
    for (let i = 0; i < 50_000; i++) expect(ids.add(`row-${i}`, i + 2)).toBeUndefined();
    expect(ids.add("row-0", 60_000)).toBe(2);
    expect(ids.add("row-49999", 60_001)).toBe(50_001);
    expect(ids.add("row-50000", 60_002)).toBeUndefined();
    expect(ids.add("ROW-0", 60_003)).toBeUndefined();
  });
});
