import { describe, expect, it } from "vitest";
import { requireChromium } from "./harness.js";

describe("the browser tests' harness", () => {
  it("fails with the install command when there is no Chromium, rather than skipping", () => {
    expect(() => requireChromium("/nonexistent/chromium")).toThrow(/Chromium not found at \/nonexistent\/chromium.*apt-get update && apt-get install -y chromium/);
  });
});
