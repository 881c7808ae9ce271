import { builtInFramework, renderRoleMarkdown, renderRubricMarkdown } from "../src/competencies/index.js";
import { PUBLIC_SCHEMAS, type PublicSchemaName, toJsonSchema } from "../src/jsonSchemas.js";
import { buildLexicons } from "../src/scoring/competencyLexicon.js";

/** Every generated, checked-in file: its path in the repo and its expected content. */
export function generatedFiles(): [string, string][] {
  const files: [string, string][] = [];
  for (const name of Object.keys(PUBLIC_SCHEMAS) as PublicSchemaName[]) {
    files.push([`schemas/${name}.json`, `${JSON.stringify(toJsonSchema(name), null, 2)}\n`]);
  }
  const names = Object.fromEntries(builtInFramework.competencies.map((c) => [c.id, c.name]));
  const index = ["# Competency rubrics", "", "Generated from the catalog by `npm run generate`; do not edit by hand.", ""];
  for (const competency of builtInFramework.competencies) {
    files.push([`docs/rubrics/${competency.id}.md`, renderRubricMarkdown(competency)]);
    index.push(`- [${competency.name}](./${competency.id}.md) — ${competency.cluster}`);
  }
  index.push("", "## Role profiles", "");
  for (const role of builtInFramework.roles) index.push(renderRoleMarkdown(role, names).replace(/^# /, "### "));
  files.push(["docs/rubrics/README.md", `${index.join("\n")}\n`]);
  const lexicon = Object.fromEntries([...buildLexicons(builtInFramework)].map(([id, lemmas]) => [id, [...lemmas].sort()]));
  files.push(["src/scoring/model/lexicon.json", `${JSON.stringify(lexicon, null, 1)}\n`]);
  return files;
}
