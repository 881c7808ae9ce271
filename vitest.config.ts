import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts", "examples/**/*.test.ts"],
          exclude: ["tests/package/**", "tests/browser/**", "examples/form/dist/**", "node_modules/**"],
          testTimeout: 30_000,
        },
      },
      {
        // The recruiter form in Debian's Chromium (playwright-core): one file at a time, one browser each.
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
