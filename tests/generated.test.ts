import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "./generated.js";

describe("generated, checked-in files", () => {
  it.each(generatedFiles().map(([path, content]) => [path, content] as const))("%s is up to date (run `npm run generate`)", (path, content) => {
    expect(readFileSync(new URL(`../${path}`, import.meta.url), "utf8")).toBe(content);
  });
});
