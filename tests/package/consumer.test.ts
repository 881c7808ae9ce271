// The packed tarball installed as a user installs it, into fresh ESM, CommonJS and TypeScript (node16 and bundler)
// projects, running the README's examples there and checking what they return against what the README says.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { README_EXAMPLES, claimedValue, type Example } from "./readmeExamples.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tsc = join(root, "node_modules/typescript/bin/tsc");
const work = mkdtempSync(join(tmpdir(), "rapport-consumer-"));

/** Runs a command in `cwd` and returns its output; a failure carries what the command printed. */
function run(cwd: string, command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${stdout ?? ""}${stderr ?? ""}`);
  }
}

/** Packs the package into a fresh directory (never the package's own: attw deletes tarballs there) and installs it. */
function installTarball(): void {
  const packs = join(work, "packs");
  mkdirSync(packs);
  run(root, "npm", ["pack", "--pack-destination", packs, "--silent"]);
  const tarball = readdirSync(packs).find((name) => name.endsWith(".tgz"));
  if (tarball === undefined) throw new Error("npm pack made no tarball");
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  run(work, "npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", join(packs, tarball)]);
}

type Flavour = "esm" | "cjs" | "ts-node16" | "ts-bundler";

const TS_OPTIONS = { strict: true, target: "ES2022", lib: ["ES2022", "DOM"], types: [], outDir: "out", skipLibCheck: false };
const MODULES: Record<"ts-node16" | "ts-bundler", object> = {
  "ts-node16": { module: "node16", moduleResolution: "node16" },
  "ts-bundler": { module: "esnext", moduleResolution: "bundler" },
};

const entry = (example: Example): string => example.name.replaceAll(" ", "-");

/** Writes every example into a project of one flavour and, for TypeScript, type-checks and builds them at once. */
function writeProject(flavour: Flavour): void {
  const dir = join(work, flavour);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ private: true, type: flavour === "cjs" ? "commonjs" : "module" }));
  for (const example of README_EXAMPLES) {
    const body = `\n${example.code}\nconsole.log(JSON.stringify(__claims));\n`;
    const required = body.replace(/^import (\{[^}]*\}) from ("[^"]+");$/gm, "const $1 = require($2);");
    if (flavour === "esm" || flavour === "cjs") {
      writeFileSync(join(dir, `${entry(example)}.js`), `const __claims = [];${flavour === "esm" ? body : required}`);
    } else writeFileSync(join(dir, `${entry(example)}.ts`), `const __claims: unknown[] = [];${body}`);
  }
  if (flavour === "esm" || flavour === "cjs") return;
  const files = README_EXAMPLES.map((example) => `${entry(example)}.ts`);
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...TS_OPTIONS, ...MODULES[flavour] }, files }));
  run(dir, process.execPath, [tsc, "-p", "."]);
}

/** Runs one example in a project written by writeProject, and returns the values it recorded. */
function runExample(flavour: Flavour, example: Example): unknown[] {
  const dir = join(work, flavour);
  const file = flavour === "esm" || flavour === "cjs" ? `${entry(example)}.js` : join("out", `${entry(example)}.js`);
  return JSON.parse(run(dir, process.execPath, [file])) as unknown[];
}

describe("the packed package in a fresh project", () => {
  beforeAll(installTarball, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const flavour of ["esm", "cjs", "ts-node16", "ts-bundler"] as const) {
    const built = flavour.startsWith("ts-") ? ", type-checked (strict) and built" : "";
    it(`${flavour}: the examples are written${built} against the installed package`, () => {
      writeProject(flavour);
    });
    for (const example of README_EXAMPLES) {
      it(`${flavour}: runs the README's ${example.name} example and returns what it says`, () => {
        const values = runExample(flavour, example);
        expect(values).toHaveLength(example.claims.length);
        example.claims.forEach(({ expression, claim }, index) => {
          const { value, partial } = claimedValue(claim);
          const actual = values[index];
          const because = `${expression} //=> ${claim}`;
          if (!partial) expect(actual, because).toEqual(value);
          else if (Array.isArray(value)) expect((actual as unknown[]).slice(0, value.length), because).toMatchObject(value);
          else expect(actual, because).toMatchObject(value as object);
        });
      });
    }
  }
});
