import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Mark, segmentText } from "./highlight.js";

describe("segmentText", () => {
  it("highlights the evidence spans and leaves the rest plain", () => {
    const text = "I listened to her. Then I refunded the order.";
    const segments = segmentText(text, [
      { span: [2, 10], kind: "evidence", note: "listens" },
      { span: [26, 34], kind: "evidence", note: "fixes" },
    ]);
    expect(segments.map((s) => [s.text, s.kind])).toEqual([
      ["I ", "plain"],
      ["listened", "evidence"],
      [" to her. Then I ", "plain"],
      ["refunded", "evidence"],
      [" the order.", "plain"],
    ]);
  });

  it("lets a red flag win where it overlaps evidence, keeping both notes", () => {
    const segments = segmentText("abcdefghij", [
      { span: [0, 6], kind: "evidence", note: "e" },
      { span: [4, 8], kind: "red-flag", note: "r" },
    ]);
    expect(segments.map((s) => [s.text, s.kind, s.notes])).toEqual([
      ["abcd", "evidence", ["e"]],
      ["ef", "red-flag", ["e", "r"]],
      ["gh", "red-flag", ["r"]],
      ["ij", "plain", []],
    ]);
  });

  it("clips spans outside the text (an answer edited since it was scored) and drops empty ones", () => {
    expect(segmentText("short", [{ span: [3, 40], kind: "evidence", note: "x" }, { span: [2, 2], kind: "evidence", note: "y" }]).map((s) => s.text)).toEqual(["sho", "rt"]);
    expect(segmentText("", [{ span: [0, 5], kind: "evidence", note: "x" }])).toEqual([]);
  });

  it("always gives back the whole text, in order", () => {
    const mark = fc.record({
      span: fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 })),
      kind: fc.constantFrom<Mark["kind"]>("evidence", "red-flag"),
      note: fc.string({ maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.array(mark, { maxLength: 6 }), (text, marks) => {
        expect(segmentText(text, marks).map((s) => s.text).join("")).toBe(text);
      }),
    );
  });
});
