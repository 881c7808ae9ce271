// Tests of the package as users get it: run after `npm run build` (see `npm run check:package`).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url);
const dist = (path: string): string => new URL(`dist/${path}`, root).pathname;

// Bytes of the core entry's own file; the budgets of bundles per entry are in size.test.ts.
const CORE_OWN_BUDGET_BYTES = 400_000;

describe("the built package", () => {
  it("has been built", () => {
    for (const file of ["index.js", "index.cjs", "index.d.ts", "index.d.cts", "research/index.js", "research/index.cjs", "node/index.js", "node/worker.js", "cli/index.js"]) {
      expect(existsSync(dist(file)), `dist/${file} missing: run npm run build`).toBe(true);
    }
  });

  it("keeps node: imports out of the core entry, with every dependency bundled for the browser", async () => {
    const own = readFileSync(dist("index.js"), "utf8");
    expect(own).not.toMatch(/from\s*["']node:|require\(["']node:|from\s*["'](fs|path|os|child_process|worker_threads)["']/);
    const result = await build({
      entryPoints: [dist("index.js")],
      bundle: true,
      platform: "browser",
      format: "esm",
      minify: true,
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    expect(Buffer.byteLength(own)).toBeLessThan(CORE_OWN_BUDGET_BYTES);
  });

  it("loads from ESM and CommonJS alike", async () => {
    const esm = (await import(dist("index.js"))) as typeof import("../../src/index.js");
    const require = createRequire(import.meta.url);
    const cjs = require(dist("index.cjs")) as typeof import("../../src/index.js");
    expect(esm.getCompetency("attentiveness").id).toBe("active-listening");
    expect(cjs.getCompetency("attentiveness").id).toBe("active-listening");
  });

  it("shares one copy of the core between rapport and rapport/node, in CommonJS and ESM", async () => {
    const bad = join(mkdtempSync(join(tmpdir(), "rapport-cjs-")), "framework.json");
    writeFileSync(bad, "{ not json");
    const require = createRequire(import.meta.url);
    const formats = [
      [require(dist("index.cjs")), require(dist("node/index.cjs"))],
      [await import(dist("index.js")), await import(dist("node/index.js"))],
    ] as [typeof import("../../src/index.js"), typeof import("../../src/node/index.js")][];
    for (const [core, node] of formats) {
      const error: unknown = await node.loadFramework(bad).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(core.RapportError);
    }
  });

  it("serves rapport/research from the same copy of the core, in CommonJS and ESM", async () => {
    const require = createRequire(import.meta.url);
    const formats = [
      [require(dist("index.cjs")), require(dist("research/index.cjs"))],
      [await import(dist("index.js")), await import(dist("research/index.js"))],
    ] as [typeof import("../../src/index.js"), typeof import("../../src/research/index.js")][];
    for (const [core, research] of formats) {
      expect(research.compareScores).toBe(core.compareScores);
      expect(() => research.auditFairness([], { groups: [] })).toThrow(core.RapportError);
      expect("fitOrdinal" in core).toBe(false);
      expect(research.analyzeAnswer("I refunded her the same day and she thanked me.").features.mode).toBe("past-example");
    }
  });

  it("scores on a worker pool from the built files, ESM and CommonJS", async () => {
    const fixture = new URL("tests/fixtures/bulk/answers.jsonl", root).pathname;
    const sink = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });
    const esm = (await import(dist("node/index.js"))) as typeof import("../../src/node/index.js");
    const require = createRequire(import.meta.url);
    const cjs = require(dist("node/index.cjs")) as typeof import("../../src/node/index.js");
    const one = await esm.scoreFile(fixture, { out: sink() });
    expect(await esm.scoreFile(fixture, { out: sink(), workers: 2 })).toEqual(one);
    expect(await cjs.scoreFile(fixture, { out: sink(), workers: 2 })).toEqual(one);
    const out = execFileSync(process.execPath, [dist("cli/index.js"), "score", fixture, "--workers", "2"], { encoding: "utf8" });
    expect(out.trim().split("\n")).toHaveLength(one.rows);
  });

  it("runs the CLI from the bin", () => {
    const out = execFileSync(process.execPath, [dist("cli/index.js"), "rubric", "EI"], { encoding: "utf8" });
    expect(out).toMatch(/^# Emotional intelligence/i);
  });
});
