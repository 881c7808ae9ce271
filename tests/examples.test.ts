// Every exported function of rapport, rapport/research and rapport/node has an `@example`, and every example runs:
// each ```ts block is written to tests/.examples/ with its `rapport*` imports pointed at the source entries,
// type-checked (strict), imported, and each `expr; //=> value` (or `console.log(expr); //=> value`) line compared
// with the value it claims. The README's ```ts blocks that import from rapport run the same way.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compilerOptions, createProgram, ENTRIES, type EntryName, exportsOf, root } from "./exports.js";

const program = createProgram();
const ENTRY_NAMES = Object.keys(ENTRIES) as EntryName[];
const exported = ENTRY_NAMES.flatMap((entry) => exportsOf(program, entry).map((e) => ({ entry, ...e })));

/** The ```ts blocks under the `@example` tags of a JSDoc comment, and any example that is not in such a block. */
function examplesIn(jsDoc: string): { blocks: string[]; unfenced: boolean } {
  const lines = jsDoc.replace(/^\s*\/\*\*/, "").replace(/\*\/\s*$/, "").split("\n").map((line) => line.replace(/^\s*\* ?/, ""));
  const blocks: string[] = [];
  let tag = "";
  let fence: string[] | undefined;
  let unfenced = false;
  for (const line of lines) {
    if (fence !== undefined) {
      if (/^\s*```\s*$/.test(line)) {
        if (tag === "example") blocks.push(fence.join("\n"));
        fence = undefined;
      } else fence.push(line);
      continue;
    }
    const opening = /^\s*```(\w*)/.exec(line);
    if (opening) {
      fence = [];
      if (tag === "example" && opening[1] !== "ts") unfenced = true;
      continue;
    }
    const tagged = /^@(\w+)/.exec(line);
    if (tagged) tag = tagged[1] ?? "";
    if (tag === "example" && line.replace(/^@example\b/, "").trim() !== "") unfenced = true;
  }
  return { blocks, unfenced };
}

/** Names an example imports from each rapport entry. */
function importsOf(code: string): Map<EntryName, Set<string>> {
  const found = new Map<EntryName, Set<string>>();
  for (const m of code.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"(rapport(?:\/research|\/node)?)"/g)) {
    const names = found.get(m[2] as EntryName) ?? new Set<string>();
    for (const part of (m[1] ?? "").split(",")) {
      const name = part.trim().replace(/^type\s+/, "").split(/\s+as\s+/)[0];
      if (name) names.add(name);
    }
    found.set(m[2] as EntryName, names);
  }
  return found;
}

interface Claim {
  readonly line: number;
  readonly expression: string;
  readonly claim: string;
}

interface Example {
  readonly title: string;
  readonly file: string;
  readonly claims: readonly Claim[];
}

const dir = join(root, "tests/.examples");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

/**
 * Writes an example as a module whose default export is the values of its claims, in order. A claim ends an
 * unindented one-line statement (`expr; //=> value`) or stands on the line after it (`//=> value`); a `//=>` anywhere
 * else fails here, so that no claim goes unchecked.
 */
function writeExample(title: string, code: string, slug: string): Example {
  const claims: Claim[] = [];
  const body: string[] = [];
  const claimOf = (statement: string, claim: string, line: number): string => {
    const expression = /^console\.log\((.*)\)$/.exec(statement)?.[1] ?? statement;
    claims.push({ line, expression, claim });
    return `__claims.push(${expression});`;
  };
  code.split("\n").forEach((source, index) => {
    const line = source.replace(/from\s+"(rapport(?:\/research|\/node)?)"/, (_, entry: EntryName) => `from "./${relative(dir, ENTRIES[entry]).replace(/\.ts$/, ".js")}"`);
    const inline = /^(\S.*?);\s*\/\/\s*=>\s*(.+)$/.exec(line);
    const below = /^\/\/\s*=>\s*(.+)$/.exec(line);
    const previous = /^(\S.*);\s*$/.exec(body.at(-1) ?? "");
    if (inline?.[1] !== undefined && inline[2] !== undefined) body.push(claimOf(inline[1], inline[2], index + 1));
    else if (below?.[1] !== undefined && previous?.[1] !== undefined && !previous[1].startsWith("__claims.push(")) body[body.length - 1] = claimOf(previous[1], below[1], index);
    else if (/\/\/\s*=>/.test(line)) throw new Error(`${title}: a claim must end a one-line statement that starts its line ('expr; //=> value'), or follow one: ${source}`);
    else body.push(line);
  });
  const file = join(dir, `${slug}.ts`);
  writeFileSync(file, `const __claims: unknown[] = [];\nexport default __claims;\n${body.join("\n")}\n`);
  return { title, file, claims };
}

/**
 * The value a claim states, and whether it is only a part of it: a claim is a JS literal, optionally followed by a
 * note in parentheses (`5 (1-5, or "insufficient-evidence")`); `…` or `...` ends a partial array, object or string.
 */
function claimedValue(claim: string): { value: unknown; partial: boolean } {
  const attempt = (text: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: new Function(`return (${text.replace(/,?\s*(?:\.\.\.|…)\s*([\]}])/g, "$1").replace(/(?:\.\.\.|…)"$/, '"')});`)() as unknown };
    } catch {
      return { ok: false };
    }
  };
  const cuts = [...claim.matchAll(/\s\(/g)].map((m) => m.index);
  const result = [claim, ...cuts.map((cut) => claim.slice(0, cut))].map(attempt).find((tried) => tried.ok);
  if (result === undefined || !result.ok) throw new Error(`not a value: ${claim}`);
  return { value: result.value, partial: /(?:\.\.\.|…)\s*(?:[\]}]|"$|"\s+\()/.test(claim) };
}

/** Numbers to 12 significant digits, so that a claim of 0.3 holds for 0.30000000000000004. */
const rounded = (value: unknown): unknown =>
  typeof value === "number" && Number.isFinite(value) ? Number(value.toPrecision(12))
  : Array.isArray(value) ? value.map(rounded)
  : value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]))
  : value;

function check(example: Example, values: readonly unknown[]): void {
  expect(values, `${example.title}: one value per claim`).toHaveLength(example.claims.length);
  example.claims.forEach(({ line, expression, claim }, index) => {
    const { value, partial } = claimedValue(claim);
    const actual = rounded(values[index]);
    const because = `${example.title}, line ${line}: ${expression}; //=> ${claim}`;
    if (!partial) expect(actual, because).toEqual(rounded(value));
    else if (typeof value === "string") expect(String(actual).startsWith(value), `${because} (was ${JSON.stringify(actual)})`).toBe(true);
    else if (Array.isArray(value)) expect((actual as unknown[]).slice(0, value.length), because).toMatchObject(rounded(value) as object);
    else expect(actual, because).toMatchObject(rounded(value) as object);
  });
}

// The JSDoc examples, once per declaration (the analysis verbs are exported from rapport and rapport/research).
const byDeclaration = new Map<string, (typeof exported)[number] & { blocks: string[]; unfenced: boolean }>();
for (const e of exported) if (!byDeclaration.has(e.where)) byDeclaration.set(e.where, { ...e, ...examplesIn(e.jsDoc) });
const documented = [...byDeclaration.values()];

const jsDocExamples = documented.flatMap((d) =>
  d.blocks.map((code, i) => writeExample(`${d.name} (${d.where})${d.blocks.length > 1 ? ` example ${i + 1}` : ""}`, code, `${d.name}${d.blocks.length > 1 ? `-${i + 1}` : ""}`)),
);

// The README's ```ts blocks that import from rapport, in order.
const readme = readFileSync(join(root, "README.md"), "utf8");
const readmeExamples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((m) => ({ code: m[1] ?? "", line: readme.slice(0, m.index).split("\n").length + 1 }))
  .filter((b) => /from "rapport/.test(b.code))
  .map((b) => writeExample(`README.md:${b.line}`, b.code, `README-${b.line}`));

const examples = [...jsDocExamples, ...readmeExamples];

describe("examples", () => {
  it("every exported function has an @example in a ```ts block that imports it from its entry", () => {
    const missing = documented.filter((d) => d.callable && d.blocks.length === 0).map((d) => `${d.entry}: ${d.name} (${d.where})`);
    expect(missing, "no @example").toEqual([]);
    expect(documented.filter((d) => d.unfenced).map((d) => `${d.name} (${d.where})`), "an @example outside a ```ts block").toEqual([]);
    const notImported = documented.flatMap((d) => {
      if (d.blocks.length === 0) return [];
      const imported = importsOf(d.blocks.join("\n"));
      const from = exported.filter((e) => e.where === d.where).map((e) => e.entry);
      return from.some((entry) => imported.get(entry)?.has(d.name)) ? [] : [`${d.name} (${d.where}): import it from ${from.join(" or ")}`];
    });
    expect(notImported).toEqual([]);
  });

  it("every example type-checks (strict)", () => {
    const options = { ...compilerOptions(), noUncheckedIndexedAccess: false, noEmit: true };
    const checked = ts.createProgram({ rootNames: examples.map((e) => e.file), options, oldProgram: program });
    const errors = examples.flatMap((e) =>
      ts.getPreEmitDiagnostics(checked, checked.getSourceFile(e.file)).map((d) => {
        const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line - 1 : 0;
        return `${e.title}, line ${at}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
      }),
    );
    expect(errors).toEqual([]);
  });

  for (const example of examples) {
    it(`${example.title} returns what it says`, async () => {
      const values = ((await import(example.file)) as { default: unknown[] }).default;
      check(example, values);
    });
  }
});
