/**
 * Research helpers: the scorer's reading stages, its ordinal model, agreement and comparison statistics, and the
 * analysis of scored records, for studies of rapport's scores (`import { … } from "rapport/research"`).
 *
 * They are exported from `rapport` too for now; a later major release will export them from here only (see
 * CHANGELOG.md). Their shapes follow the scorer's internals and may change in a minor release.
 *
 * @module
 */

// The scorer's stages, one at a time (read the text, classify clauses, find the evidence, analyse an answer), and its
// calibration model. Imported through the scoring layer's own index, whose names are kept when its internals move.
export {
  type Actor,
  type AnalyzedSentence,
  analyzeAnswer,
  type AnswerAnalysis,
  type AnswerFeatures,
  type AnswerMode,
  type ClauseState,
  classifyClauses,
  type CompiledRules,
  compileRules,
  findIndicatorHits,
  fitOrdinal,
  type FitOrdinalOptions,
  foldForScoring,
  type HitMode,
  type IndicatorHit,
  levelProbabilities,
  MODEL_FEATURES,
  type OrdinalModel,
  type ParsedText,
  parseText,
  type ReadText,
  readText,
  type SentenceRange,
  type StarRole,
  type Tense,
  type Token,
} from "../scoring/index.js";

// Statistics (src/stats) and the analysis of scored records. Their kernels (`pearsonOf`, `tableOf`, `alphaOfUnits`, …)
// and argument checks (`assertSameLength`) stay internal.
export {
  AgreementTable,
  agreementWithin,
  AlphaLevel,
  BOOTSTRAP_DEFAULTS,
  bootstrap,
  BootstrapOptions,
  CohensKappaOptions,
  cohensKappa,
  type ConfusionMatrix,
  confusionMatrix,
  createRandom,
  type Estimate,
  type IntraclassCorrelation,
  intraclassCorrelation,
  KappaWeights,
  kappaFromTable,
  krippendorffAlpha,
  pearson,
  quantileOfSorted,
  type Random,
  spearman,
  standardisedMeanDifference,
} from "../stats/index.js";
export * from "../analysis/index.js";
