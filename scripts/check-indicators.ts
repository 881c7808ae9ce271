// Checks each indicator's examples and non-examples against the scorer's real matcher.
// Usage: npx tsx scripts/check-indicators.ts [competency-id ...]
import { readdirSync } from "node:fs";
import type { Competency } from "../src/competencies/schema.js";
import { findIndicatorHits, readAnswer } from "../src/scoring/text/match.js";
import { parseText } from "../src/scoring/text/nlp.js";

const dir = new URL("../src/competencies/catalog/", import.meta.url);
const wanted = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts" && (wanted.length === 0 || wanted.includes(f.replace(/\.ts$/, ""))));
let failures = 0;
for (const file of files) {
  const mod = (await import(new URL(file, dir).href)) as Record<string, Competency>;
  for (const competency of Object.values(mod)) {
    for (const indicator of competency.indicators) {
      const check = (sentence: string, shouldCount: boolean): void => {
        const hits = findIndicatorHits(readAnswer(parseText(sentence)), [indicator]);
        const counted = hits.some((h) => h.mode === "performed");
        if (counted !== shouldCount) {
          failures++;
          const modes = hits.map((h) => `${h.mode}:"${h.quote}"`).join(", ") || "no regex hit";
          console.log(`FAIL ${indicator.id} ${shouldCount ? "example" : "non-example"}: ${sentence}\n     -> ${modes}`);
        }
      };
      indicator.examples.forEach((e) => check(e, true));
      indicator.nonExamples.forEach((e) => check(e, false));
    }
  }
}
console.log(failures === 0 ? "all indicator examples behave" : `${failures} failing`);
process.exitCode = failures === 0 ? 0 : 1;
