import { readFile } from "node:fs/promises";
import type { Framework } from "../competencies/index.js";
import { safeDefineFramework } from "../competencies/index.js";
import { RapportError } from "../errors.js";

/**
 * Reads a framework of your own from a JSON file and validates it.
 *
 * @param path - path to a JSON file holding a framework (see `schemas/Framework.json`)
 * @returns the validated framework
 * @throws {RapportError} `invalid-input` at `["path"]`, naming the file, when it is missing or cannot be read;
 *   `invalid-input` when the file is not JSON; or the framework's own issues
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from "node:fs";
 * import { tmpdir } from "node:os";
 * import { join } from "node:path";
 * import { builtInFramework, getCompetency } from "rapport";
 * import { loadFramework } from "rapport/node";
 *
 * const file = join(mkdtempSync(join(tmpdir(), "rapport-")), "acme.json");
 * writeFileSync(file, JSON.stringify({ ...builtInFramework, id: "acme", name: "Acme service model" }));
 * const framework = await loadFramework(file);
 * framework.id; //=> "acme"
 * getCompetency("EI", { framework }).id; //=> "emotional-intelligence"
 * ```
 */
export async function loadFramework(path: string): Promise<Framework> {
  const text = await readFramework(path);
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

/** Why a file could not be read, in words, by Node's error code. */
const READ_FAILURES: Readonly<Record<string, string>> = {
  ENOENT: "there is no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory, not a JSON file",
};

/** Reads the file, turning Node's read errors into a RapportError that names the file. */
async function readFramework(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = (code !== undefined ? READ_FAILURES[code] : undefined) ?? message;
    throw new RapportError([
      { code: "invalid-input", path: ["path"], message: `Cannot read the framework file ${path}: ${reason}.` },
    ]);
  }
}
