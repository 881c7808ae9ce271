// The layer rules (.dependency-cruiser.cjs), checked by dependency-cruiser on the real source and on a planted breach.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const bin = join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string; readonly severity: string };
}

/** Runs dependency-cruiser with the project's rules on `src` in `cwd`, and returns its violations. */
function cruise(cwd: string, config: string): readonly Violation[] {
  const run = spawnSync(process.execPath, [bin, "src", "--config", config, "--output-type", "json"], { cwd, encoding: "utf8" });
  if (run.stdout === "") throw new Error(`dependency-cruiser failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

const describeBreach = (v: Violation): string => `${v.rule.name}: ${v.from} -> ${v.to}`;

describe("the layer rules", () => {
  it("hold in src: competencies -> questions -> scoring -> profile -> analysis, no Node built-in in the core", () => {
    const errors = cruise(root, join(root, ".dependency-cruiser.cjs")).filter((v) => v.rule.severity === "error");
    expect(errors.map(describeBreach)).toEqual([]);
  });

  const planted = mkdtempSync(join(tmpdir(), "rapport-layers-"));
  afterAll(() => rmSync(planted, { recursive: true, force: true }));

  it("catch a lower layer importing a higher one, an import cycle and a Node built-in reached from the core entry", () => {
    for (const dir of ["stats", "competencies", "profile"]) mkdirSync(join(planted, "src", dir), { recursive: true });
    copyFileSync(join(root, ".dependency-cruiser.cjs"), join(planted, ".dependency-cruiser.cjs"));
    writeFileSync(join(planted, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "ESNext", moduleResolution: "Bundler" } }));
    writeFileSync(join(planted, "src/index.ts"), `export * from "./stats/mean.js";\n`);
    writeFileSync(join(planted, "src/stats/mean.ts"), `import type { P } from "../profile/p.js";\nexport const mean = (p: P): number => p.n;\n`);
    writeFileSync(join(planted, "src/profile/p.ts"), `import { readFileSync } from "node:fs";\nimport { q } from "./q.js";\nexport interface P { n: number }\nexport const read = readFileSync;\nexport const p = q;\n`);
    writeFileSync(join(planted, "src/profile/q.ts"), `import { p } from "./p.js";\nexport const q = 1;\nexport const again = () => p;\n`);
    const breaches = cruise(planted, join(planted, ".dependency-cruiser.cjs")).map(describeBreach);
    expect(breaches).toEqual(
      expect.arrayContaining([
        "bottom-imports-nothing-above: src/stats/mean.ts -> src/profile/p.ts",
        "no-node-builtins-in-the-core: src/profile/p.ts -> fs",
        "no-node-builtins-reachable-from-the-core-entry: src/index.ts -> fs",
        "no-import-cycles: src/profile/p.ts -> src/profile/q.ts",
      ]),
    );
  });
});
