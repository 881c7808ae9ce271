// Fits the scorer's level model on the development set (all but the answers `fitsModel` leaves out) and writes it as data
// (src/scoring/model/weights.json). Deterministic. Run `npm run fit`, then `npm run validity`.
import { readFileSync, writeFileSync } from "node:fs";
import { hashText } from "../src/questions/random.js";
import { MODEL_FEATURES } from "../src/scoring/model/features.js";
import { fitOrdinal } from "../src/scoring/model/ordinal.js";

const weightsFile = new URL("../src/scoring/model/weights.json", import.meta.url);
const write = (model: object): void => writeFileSync(weightsFile, `${JSON.stringify(model, null, 2)}\n`);

// The scorer checks the shipped model against the code's feature list when it loads. After a feature is added or
// dropped they differ, so a placeholder of the new list (all weights zero) stands in until the fit below replaces it.
// If the fit fails (a bad line in the development set), the shipped model is put back: a placeholder is never left.
const shippedText = readFileSync(weightsFile, "utf8");
const shipped = JSON.parse(shippedText) as { features: string[] };
if (shipped.features.join() !== MODEL_FEATURES.join()) {
  console.log(`the shipped model reads [${shipped.features.join(", ")}]: refitting for [${MODEL_FEATURES.join(", ")}]`);
  write({ id: "rapport-evidence", version: "0.0.0-placeholder", features: MODEL_FEATURES, weights: MODEL_FEATURES.map(() => 0), thresholds: [0, 1, 2, 3] });
}
const fitted = await (async () => {
  try {
    const { FIT_OPTIONS, featureRows, fitsModel, loadDevSet } = await import("./devset.js");
    const items = loadDevSet().filter(fitsModel);
    return { items, model: fitOrdinal(MODEL_FEATURES, featureRows(items), items.map((i) => i.level), FIT_OPTIONS) };
  } catch (error) {
    writeFileSync(weightsFile, shippedText);
    throw error;
  }
})();
const { items, model } = fitted;
const version = `2.0.0-${hashText(JSON.stringify(model)).slice(0, 6)}`;
write({ id: "rapport-evidence", version, fittedOn: `tests/fixtures/dev (${items.length} labelled answers)`, ...model });
console.log(`fitted ${version} on ${items.length} answers`);
console.log(model.features.map((f, i) => `${f.padEnd(12)} ${model.weights[i]}`).join("\n"));
console.log(`thresholds ${model.thresholds.join(", ")}`);
