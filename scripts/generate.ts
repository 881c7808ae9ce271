// Writes the generated, checked-in files: schemas/*.json and docs/rubrics/*.md.
// Run `npm run generate` after changing a schema or the catalog; CI fails while they differ.
import { mkdirSync, writeFileSync } from "node:fs";
import { generatedFiles } from "../tests/generated.js";

for (const [path, content] of generatedFiles()) {
  mkdirSync(new URL(".", new URL(`../${path}`, import.meta.url)), { recursive: true });
  writeFileSync(new URL(`../${path}`, import.meta.url), content);
  console.log(`wrote ${path}`);
}
