import * as z from "zod";
import { fromZodIssues, type Issue, RapportError } from "../../errors.js";
import { MODEL_FEATURES } from "./features.js";
import type { OrdinalModel } from "./ordinal.js";

/** A fitted level model as data: what it is, what it was fitted on, and its weights. */
export const LevelModel = z.object({
  /** The model's name, e.g. "rapport-evidence". */
  id: z.string().min(1),
  /** Its version; the scorer's name is `id@version`. */
  version: z.string().min(1),
  /** What it was fitted on. */
  fittedOn: z.string().optional(),
  /** The features it reads, in order: they must be the scorer's own. */
  features: z.array(z.string()),
  /** One weight per feature. */
  weights: z.array(z.number().finite()),
  /** The four increasing cut-points. */
  thresholds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
/** A fitted level model as data. */
export type LevelModel = z.infer<typeof LevelModel>;

/**
 * Checks a level model: its shape, that its features are exactly the scorer's, one weight each, and cut-points in order.
 *
 * @param model - the model
 * @returns the model, as an {@link OrdinalModel} too
 * @throws {RapportError} `invalid-input` naming the field at fault
 * @example
 * ```ts
 * import { BUILT_IN_MODEL, checkLevelModel } from "rapport/research";
 *
 * checkLevelModel(BUILT_IN_MODEL).features.length === BUILT_IN_MODEL.weights.length; //=> true
 * let problem = "";
 * try {
 *   checkLevelModel({ ...BUILT_IN_MODEL, thresholds: [1, 0, 2, 3] });
 * } catch (error) {
 *   problem = (error as Error).message;
 * }
 * problem; //=> "model.thresholds: The cut-points must increase."
 * ```
 */
export function checkLevelModel(model: unknown): LevelModel & OrdinalModel {
  const parsed = LevelModel.safeParse(model);
  if (!parsed.success) throw new RapportError(fromZodIssues(parsed.error.issues, ["model"]) as [Issue, ...Issue[]]);
  const m = parsed.data;
  const issues: Issue[] = [];
  if (m.features.join() !== MODEL_FEATURES.join()) {
    issues.push({ code: "invalid-input", path: ["model", "features"], message: `The model reads [${m.features.join(", ")}], but this scorer computes [${MODEL_FEATURES.join(", ")}]; refit it (npm run fit).` });
  }
  if (m.weights.length !== m.features.length) issues.push({ code: "invalid-input", path: ["model", "weights"], message: `${m.weights.length} weights for ${m.features.length} features.` });
  if (m.thresholds.some((t, i) => i > 0 && t <= (m.thresholds[i - 1] ?? -Infinity))) issues.push({ code: "invalid-input", path: ["model", "thresholds"], message: "The cut-points must increase." });
  const [first, ...rest] = issues;
  if (first !== undefined) throw new RapportError([first, ...rest]);
  return m as LevelModel & OrdinalModel;
}
