// What each entry of the built package costs a user's bundle: minified and gzipped bytes, bundled
// with every dependency by esbuild, and the packages that ended up inside.
// `npx tsx tests/package/sizes.ts` prints the table for docs/performance.md (after `npm run build`).
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

/** One way of importing the package, and what it may cost. */
export interface SizeBudget {
  /** What is imported, for the report. */
  readonly name: string;
  /** The entry's built file, under dist/. */
  readonly file: string;
  /** The names imported, or "*" for everything. */
  readonly imports: readonly string[] | "*";
  readonly platform: "browser" | "node";
  /** Ceilings, in bytes. */
  readonly minified: number;
  readonly gzip: number;
  /** Packages that must not reach this bundle. */
  readonly mustNotInclude: readonly string[];
}

/** What a bundle of one entry weighs, and what is in it. */
export interface EntrySize {
  readonly minified: number;
  readonly gzip: number;
  /** The npm packages bundled, by bytes in the output. */
  readonly packages: ReadonlyMap<string, number>;
}

const NLP = ["wink-nlp", "wink-eng-lite-web-model"];
// The CLI's, the worker pool's, the CSV streams' and the HTML reports' packages: in the one package, never in a
// browser bundle (docs/decisions.md, "The CLI's and worker pool's dependencies").
const NODE_ONLY = ["cac", "cli-progress", "piscina", "csv-parse", "csv-stringify", "chart.js", "chartjs-chart-matrix"];

// The rubric and question parts need no NLP model: an import of them alone must leave it out
// (the model is loaded only where scoring needs it). Whole-entry budgets catch a new heavy dependency.
export const SIZE_BUDGETS: readonly SizeBudget[] = [
  { name: "rapport: getCompetency", file: "index.js", imports: ["getCompetency"], platform: "browser", minified: 600_000, gzip: 170_000, mustNotInclude: [...NLP, ...NODE_ONLY] },
  {
    name: "rapport: rubrics and questions (getRole, listRoles, getCompetency, buildInterviewKit, generateQuestions, lintQuestion)",
    file: "index.js",
    imports: ["getRole", "listRoles", "getCompetency", "buildInterviewKit", "generateQuestions", "lintQuestion"],
    platform: "browser",
    minified: 1_000_000,
    // 270 kB until 2026-12-07 (evening), when every red-flag pattern was given an example: the catalog's examples and
    // non-examples, which the tests run and the rubric pages show, are data the rubrics ship with (docs/performance.md).
    gzip: 290_000,
    mustNotInclude: [...NLP, ...NODE_ONLY],
  },
  { name: "rapport: scoreAnswer", file: "index.js", imports: ["scoreAnswer"], platform: "browser", minified: 5_000_000, gzip: 1_400_000, mustNotInclude: NODE_ONLY },
  { name: "rapport: everything", file: "index.js", imports: "*", platform: "browser", minified: 5_500_000, gzip: 1_500_000, mustNotInclude: NODE_ONLY },
  { name: "rapport/node: everything", file: "node/index.js", imports: "*", platform: "node", minified: 5_500_000, gzip: 1_500_000, mustNotInclude: [] },
];

/**
 * Bundles one way of importing a built entry, minified, with every dependency.
 *
 * @param budget - the entry, the names imported and the platform
 * @returns the minified and gzipped bytes and the packages inside
 */
export async function measureEntry(budget: SizeBudget): Promise<EntrySize> {
  const from = JSON.stringify(`${root}dist/${budget.file}`);
  const contents = budget.imports === "*" ? `export * from ${from};` : `export { ${budget.imports.join(", ")} } from ${from};`;
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    platform: budget.platform,
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  const packages = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? "rapport";
      packages.set(name, (packages.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return { minified: bytes.byteLength, gzip: gzipSync(bytes).byteLength, packages };
}

const kB = (n: number): string => `${(n / 1000).toFixed(0)} kB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log("| import | minified | gzipped | budget (min / gz) | largest parts |\n| --- | ---: | ---: | ---: | --- |");
  for (const budget of SIZE_BUDGETS) {
    const size = await measureEntry(budget);
    const parts = [...size.packages].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, n]) => `${name} ${kB(n)}`).join(", ");
    console.log(`| ${budget.name} | ${kB(size.minified)} | ${kB(size.gzip)} | ${kB(budget.minified)} / ${kB(budget.gzip)} | ${parts} |`);
  }
}
