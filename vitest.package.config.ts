import { defineConfig } from "vitest/config";

// Tests of the built package (run after `npm run build`).
export default defineConfig({
  test: {
    include: ["tests/package/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
