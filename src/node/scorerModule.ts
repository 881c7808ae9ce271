import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { RapportError } from "../errors.js";
import type { Scorer } from "../scoring/scorer.js";

/**
 * The URL of a scorer module named on the command line or in options: a path (relative to the working
 * directory) or a `file:` URL.
 *
 * @param spec - e.g. `./my-scorer.mjs`
 * @returns the module's URL, as text that worker threads can import
 * @example
 * ```ts
 * import { scorerModuleUrl } from "rapport/node";
 *
 * scorerModuleUrl("/opt/scorers/llm.mjs"); //=> "file:///opt/scorers/llm.mjs"
 * ```
 */
export function scorerModuleUrl(spec: string | URL): string {
  if (spec instanceof URL) return spec.href;
  if (spec.startsWith("file:")) return new URL(spec).href;
  return pathToFileURL(isAbsolute(spec) ? spec : resolve(spec)).href;
}

const isScorer = (value: unknown): value is Scorer =>
  typeof value === "object" && value !== null && typeof (value as Scorer).score === "function" && typeof (value as Scorer).name === "string";

/**
 * Imports a scorer module: its default export is a {@link Scorer}, or a function (sync or async) returning one.
 *
 * @param url - the module's URL (see {@link scorerModuleUrl})
 * @returns the scorer
 * @throws {RapportError} `invalid-input` when the module cannot be imported or its default export is not a scorer
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { loadScorer, scorerModuleUrl } from "rapport/node";
 *
 * const file = join(mkdtempSync(join(tmpdir(), "rapport-")), "my-scorer.mjs");
 * writeFileSync(file, 'export default { name: "my-scorer@1", score: async () => { throw new Error("not today"); } };\n');
 * const scorer = await loadScorer(scorerModuleUrl(file));
 * scorer.name; //=> "my-scorer@1"
 * ```
 */
export async function loadScorer(url: string): Promise<Scorer> {
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    throw new RapportError([{ code: "invalid-input", path: ["scorer"], message: `The scorer module ${url} cannot be imported: ${(error as Error).message}` }]);
  }
  const exported = module.default;
  const scorer = typeof exported === "function" ? await (exported as () => unknown)() : exported;
  if (isScorer(scorer)) return scorer;
  throw new RapportError([
    { code: "invalid-input", path: ["scorer"], message: `The default export of ${url} is not a Scorer ({ name, score(input) }) nor a function returning one.` },
  ]);
}
