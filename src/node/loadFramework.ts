import { readFile } from "node:fs/promises";
import type { Framework } from "../competencies/index.js";
import { safeDefineFramework } from "../competencies/index.js";
import { RapportError } from "../errors.js";

/**
 * Reads a framework of your own from a JSON file and validates it.
 *
 * @param path - path to a JSON file holding a framework (see `schemas/Framework.json`)
 * @returns the validated framework
 * @throws {RapportError} `invalid-input` when the file is not JSON, or the framework's own issues
 * @example
 * const framework = await loadFramework("acme-framework.json");
 * getCompetency("ownership", { framework }).id
 * //=> "ownership"
 */
export async function loadFramework(path: string): Promise<Framework> {
  const text = await readFile(path, "utf8");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new RapportError([
      { code: "invalid-input", path: [], message: `${path} is not valid JSON: ${(error as Error).message}` },
    ]);
  }
  const result = safeDefineFramework(data);
  if (!result.success) throw new RapportError(result.issues);
  return result.data;
}
