export { agreementWithin, type ConfusionMatrix, confusionMatrix } from "./agreement.js";
export { BOOTSTRAP_DEFAULTS, bootstrap, BootstrapOptions, type Estimate, quantileOfSorted } from "./bootstrap.js";
export { createRanker, pearson, pearsonOf, spearman, spearmanOf } from "./correlation.js";
export { smdOf, standardisedMeanDifference } from "./descriptive.js";
export { iccOfColumns, type IntraclassCorrelation, intraclassCorrelation } from "./icc.js";
export { AgreementTable, CohensKappaOptions, cohensKappa, KappaWeights, kappaFromTable, kappaOfTable, tableOf } from "./kappa.js";
export { AlphaLevel, alphaOfTable, alphaOfUnits, intervalAlphaOfPairs, krippendorffAlpha } from "./krippendorff.js";
export { createRandom, type Random } from "./random.js";
export { assertSameLength, parseInput } from "./validate.js";
