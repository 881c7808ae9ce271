// Fits the scorer's level model on the whole development set and writes it as data
// (src/scoring/model/weights.json). Deterministic. Run `npm run fit`, then `npm run validity`.
import { writeFileSync } from "node:fs";
import { hashText } from "../src/questions/random.js";
import { MODEL_FEATURES } from "../src/scoring/model/features.js";
import { fitOrdinal } from "../src/scoring/model/ordinal.js";
import { FIT_OPTIONS, featureRows, loadDevSet } from "./devset.js";

const items = loadDevSet();
const model = fitOrdinal(MODEL_FEATURES, featureRows(items), items.map((i) => i.level), FIT_OPTIONS);
const version = `2.0.0-${hashText(JSON.stringify(model)).slice(0, 6)}`;
const out = { id: "rapport-evidence", version, fittedOn: `tests/fixtures/dev (${items.length} labelled answers)`, ...model };
writeFileSync(new URL("../src/scoring/model/weights.json", import.meta.url), `${JSON.stringify(out, null, 2)}\n`);
console.log(`fitted ${version} on ${items.length} answers`);
console.log(model.features.map((f, i) => `${f.padEnd(12)} ${model.weights[i]}`).join("\n"));
console.log(`thresholds ${model.thresholds.join(", ")}`);
