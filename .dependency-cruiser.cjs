// The layer rules of src/ (see docs/decisions.md, "Layers"), checked in `npm test` by tests/layers.test.ts.
// Bottom: src/stats, errors, version, schemaVersion (importable by all). Then competencies -> questions -> scoring ->
// profile -> analysis, the browser-safe core; src/node and src/cli on top. Nothing lower imports anything higher,
// no module imports itself round a cycle, and no Node built-in is reachable from the core entry, src/index.ts.

const bottom = "^src/(stats/|errors\\.ts$|version\\.ts$|schemaVersion\\.ts$)";
const layers = ["competencies", "questions", "scoring", "profile", "analysis"];
const top = "^src/(node|cli)/";
const core = "^src/((index|jsonSchemas)\\.ts$|research/)";
// Node's built-in modules, as dependency-cruiser names them (`node:fs` is resolved to `fs`).
const builtins = `^(node:.*|${require("node:module").builtinModules.map((name) => name.replace(/[/.]/g, "\\$&")).join("|")})$`;

/** Everything a layer must not import: the layers above it, the core entry, src/node and src/cli. */
const above = (index) => [...layers.slice(index + 1).map((name) => `^src/${name}/`), core, top];

/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "bottom-imports-nothing-above",
      comment: "src/stats, errors, version and schemaVersion are the bottom layer: they import only each other.",
      severity: "error",
      from: { path: bottom },
      to: { path: "^src/", pathNot: bottom },
    },
    ...layers.map((name, index) => ({
      name: `${name}-imports-nothing-above`,
      comment: `src/${name} may import only the bottom layer and ${layers.slice(0, index).join(", ") || "nothing else"}.`,
      severity: "error",
      from: { path: `^src/${name}/` },
      to: { path: above(index) },
    })),
    {
      name: "core-entry-imports-no-node-or-cli",
      comment: "src/index.ts, src/jsonSchemas.ts and src/research are the browser-safe core: they never import src/node or src/cli.",
      severity: "error",
      from: { path: core },
      to: { path: top },
    },
    {
      name: "node-imports-no-cli",
      comment: "src/cli is on top of src/node; src/node never imports the CLI.",
      severity: "error",
      from: { path: "^src/node/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "no-import-cycles",
      comment: "No module of src reaches itself through its imports: each stage hands its result on, never back.",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-node-builtins-in-the-core",
      comment: "Only src/node and src/cli may import Node built-ins (node:fs, path, worker_threads, ...).",
      severity: "error",
      from: { path: "^src/", pathNot: [top, "\\.test\\.ts$"] },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "no-node-builtins-reachable-from-the-core-entry",
      comment: "Nothing the core entries (rapport, rapport/research) reach, however indirectly, imports a Node built-in.",
      severity: "error",
      from: { path: "^src/(index\\.ts$|research/index\\.ts$)" },
      to: { path: builtins, reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.ts$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js"],
    },
  },
};
