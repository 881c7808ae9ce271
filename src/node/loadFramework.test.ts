import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { builtInFramework, getCompetency } from "../competencies/index.js";
import { RapportError } from "../errors.js";
import { loadFramework } from "./loadFramework.js";

const dir = mkdtempSync(join(tmpdir(), "rapport-framework-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What loadFramework threw, or a failure if it did not throw. */
async function thrown(path: string): Promise<RapportError> {
  const error: unknown = await loadFramework(path).then(
    () => new Error("loadFramework did not throw"),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RapportError);
  return error as RapportError;
}

describe("loadFramework", () => {
  it("reads and validates a framework from a JSON file", async () => {
    const file = join(dir, "framework.json");
    writeFileSync(file, JSON.stringify(builtInFramework));
    const framework = await loadFramework(file);
    expect(getCompetency("attentiveness", { framework }).id).toBe("active-listening");
  });

  it("names the file when it does not exist", async () => {
    const missing = join(dir, "no-such-framework.json");
    const error = await thrown(missing);
    expect(error.issues).toEqual([
      { code: "invalid-input", path: ["path"], message: `Cannot read the framework file ${missing}: there is no such file.` },
    ]);
  });

  it("names the file when it is a directory", async () => {
    const error = await thrown(dir);
    expect(error.issues[0]).toMatchObject({ code: "invalid-input", path: ["path"] });
    expect(error.message).toContain(`${dir}: it is a directory`);
  });

  it("names the file when it is not JSON", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "{ not json");
    const error = await thrown(bad);
    expect(error.issues[0]?.code).toBe("invalid-input");
    expect(error.message).toContain(`${bad} is not valid JSON`);
  });
});
