/**
 * A cumulative-link (proportional-odds) logistic model for five ordered levels:
 * P(level ≤ k) = σ(θ_k − w·x), k = 1..4. Small, documented, and fitted on labelled answers.
 */

/** The fitted model: feature names, weights and the four cut-points, kept as data. */
export interface OrdinalModel {
  /** The feature each weight applies to, in order. */
  readonly features: readonly string[];
  /** One weight per feature. */
  readonly weights: readonly number[];
  /** The four increasing cut-points θ1..θ4. */
  readonly thresholds: readonly [number, number, number, number];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The probability of each level 1-5 for one feature vector.
 *
 * @param model - the fitted model
 * @param x - the features, in the model's order
 * @returns five probabilities summing to 1
 * @example
 * ```ts
 * import { levelProbabilities } from "rapport/research";
 *
 * const p = levelProbabilities({ features: ["a"], weights: [1], thresholds: [-1, 0, 1, 2] }, [0.5]);
 * p.length; //=> 5
 * p.reduce((sum, x) => sum + x, 0); //=> 1
 * ```
 */
export function levelProbabilities(model: OrdinalModel, x: readonly number[]): number[] {
  const eta = model.weights.reduce((sum, w, i) => sum + w * (x[i] ?? 0), 0);
  const cumulative = [...model.thresholds.map((t) => sigmoid(t - eta)), 1];
  return cumulative.map((c, k) => Math.max(0, c - (k === 0 ? 0 : (cumulative[k - 1] ?? 0))));
}

/** Options of {@link fitOrdinal}. */
export interface FitOrdinalOptions {
  /** L2 penalty on the weights (not the cut-points). */
  readonly l2?: number;
  /** Gradient steps. */
  readonly iterations?: number;
  /** Step size. */
  readonly learningRate?: number;
  /**
   * Sign each weight must keep (1: not negative, -1: not positive, 0: free), so that more of a good
   * thing never lowers a level and more of a bad thing never raises it.
   */
  readonly signs?: readonly (1 | -1 | 0)[];
}

/**
 * Fits the model by maximum likelihood with an L2 penalty, by full-batch gradient ascent with
 * cut-points kept in order. Deterministic: the same data give the same model.
 *
 * @param features - the feature names
 * @param rows - one feature vector per labelled answer
 * @param levels - the labelled level (1-5) of each row
 * @param options - penalty, iterations, step size
 * @returns the fitted model
 * @example
 * ```ts
 * import { fitOrdinal, levelProbabilities } from "rapport/research";
 *
 * // One feature that rises with the level.
 * const model = fitOrdinal(["x"], [[0], [1], [2], [3], [4], [0.5], [3.5]], [1, 2, 3, 4, 5, 2, 4]);
 * model.weights[0] > 0; //=> true
 * model.thresholds.length; //=> 4
 * levelProbabilities(model, [4]).indexOf(Math.max(...levelProbabilities(model, [4]))) + 1; //=> 5
 * ```
 */
export function fitOrdinal(
  features: readonly string[],
  rows: readonly (readonly number[])[],
  levels: readonly number[],
  options: FitOrdinalOptions = {},
): OrdinalModel {
  const { l2 = 0.005, iterations = 6000, learningRate = 0.5 } = options;
  const d = features.length;
  const n = rows.length;
  const w = new Array<number>(d).fill(0);
  // Start the cut-points at the logits of the observed cumulative shares.
  const theta = [1, 2, 3, 4].map((k) => {
    const share = (levels.filter((y) => y <= k).length + 0.5) / (n + 1);
    return Math.log(share / (1 - share));
  });
  for (let iter = 0; iter < iterations; iter++) {
    const gw = new Array<number>(d).fill(0);
    const gt = [0, 0, 0, 0];
    for (let r = 0; r < n; r++) {
      const x = rows[r] ?? [];
      const y = levels[r] ?? 1;
      const eta = w.reduce((sum, wi, i) => sum + wi * (x[i] ?? 0), 0);
      // P(y) = F(θ_y − η) − F(θ_{y−1} − η), F = σ; d log P / d η and d log P / d θ.
      const upper = y <= 4 ? sigmoid((theta[y - 1] ?? 0) - eta) : 1;
      const lower = y >= 2 ? sigmoid((theta[y - 2] ?? 0) - eta) : 0;
      const p = Math.max(upper - lower, 1e-12);
      const dUpper = y <= 4 ? upper * (1 - upper) : 0;
      const dLower = y >= 2 ? lower * (1 - lower) : 0;
      const dEta = -(dUpper - dLower) / p;
      for (let i = 0; i < d; i++) gw[i] = (gw[i] ?? 0) + dEta * (x[i] ?? 0);
      if (y <= 4) gt[y - 1] = (gt[y - 1] ?? 0) + dUpper / p;
      if (y >= 2) gt[y - 2] = (gt[y - 2] ?? 0) - dLower / p;
    }
    for (let i = 0; i < d; i++) {
      const next = (w[i] ?? 0) + (learningRate * ((gw[i] ?? 0) - l2 * n * (w[i] ?? 0))) / n;
      const sign = options.signs?.[i] ?? 0;
      w[i] = sign === 1 ? Math.max(0, next) : sign === -1 ? Math.min(0, next) : next;
    }
    for (let k = 0; k < 4; k++) theta[k] = (theta[k] ?? 0) + (learningRate * (gt[k] ?? 0)) / n;
    for (let k = 1; k < 4; k++) if ((theta[k] ?? 0) <= (theta[k - 1] ?? 0)) theta[k] = (theta[k - 1] ?? 0) + 1e-3;
  }
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  return {
    features: [...features],
    weights: w.map(round),
    thresholds: theta.map(round) as [number, number, number, number],
  };
}
