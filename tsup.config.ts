import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The browser-safe core and the Node-only entry, as ESM and CJS with declarations.
    // The English model sits in an entry of its own (internal/nlp), so that a bundler drops it, with wink-nlp, from an
    // import that never scores (getCompetency, kits, lint): the package is side-effect free, and this file is the only
    // one that imports the model.
    entry: {
      index: "src/index.ts",
      "research/index": "src/research/index.ts",
      "node/index": "src/node/index.ts",
      "node/worker": "src/node/worker.ts",
      "internal/nlp": "src/scoring/text/nlp.ts",
    },
    format: ["esm", "cjs"],
    // Shared chunks in both formats, so that `rapport` and `rapport/node` load one copy of the core: an error thrown
    // in `rapport/node` is `instanceof RapportError` from `rapport`, in CommonJS as in ESM.
    splitting: true,
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2022",
    treeshake: true,
    // ESM-only and tiny: bundled so the CommonJS build does not require() an ES module.
    noExternal: ["@sindresorhus/fnv1a"],
    // import.meta.url in the CommonJS build, to find the worker script.
    shims: true,
  },
  {
    // The CLI: one ESM file with a shebang.
    entry: { "cli/index": "src/cli/index.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
    sourcemap: true,
  },
]);
