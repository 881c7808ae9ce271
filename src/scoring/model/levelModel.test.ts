import { describe, expect, it } from "vitest";
import { RapportError } from "../../errors.js";
import { MODEL_FEATURES } from "./features.js";
import { checkLevelModel } from "./levelModel.js";
import fitted from "./weights.json" with { type: "json" };

/** The issues checkLevelModel throws for a model, as `path: message`. */
function issuesOf(model: unknown): { path: string; message: string }[] {
  try {
    checkLevelModel(model);
  } catch (error) {
    expect(error).toBeInstanceOf(RapportError);
    return (error as RapportError).issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  }
  throw new Error("the model was accepted");
}

describe("checkLevelModel", () => {
  it("accepts the shipped model, whose features are the scorer's own", () => {
    expect(checkLevelModel(fitted).features).toEqual([...MODEL_FEATURES]);
  });

  it("refuses a model whose features differ from MODEL_FEATURES, even only in order, naming the field", () => {
    const swapped = [MODEL_FEATURES[1], MODEL_FEATURES[0], ...MODEL_FEATURES.slice(2)];
    const [issue] = issuesOf({ ...fitted, features: swapped });
    expect(issue?.path).toBe("model.features");
    expect(issue?.message).toMatch(/refit/);
  });

  it("refuses a weight count that does not match the features, and cut-points out of order", () => {
    expect(issuesOf({ ...fitted, weights: fitted.weights.slice(1) }).map((i) => i.path)).toEqual(["model.weights"]);
    expect(issuesOf({ ...fitted, thresholds: [0, 2, 1, 3] }).map((i) => i.path)).toEqual(["model.thresholds"]);
  });

  it("refuses a malformed model with the path of each field at fault", () => {
    const paths = issuesOf({ ...fitted, id: "", weights: [...fitted.weights.slice(1), Number.NaN] }).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["model.id", `model.weights.${fitted.weights.length - 1}`]));
  });
});
