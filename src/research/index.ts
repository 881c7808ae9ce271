/**
 * Research helpers: the scorer's reading stages, its ordinal model, agreement and comparison statistics, and the
 * analysis of scored records, for studies of rapport's scores (`import { … } from "rapport/research"`).
 *
 * Only the analysis verbs (`compareScores`, `auditFairness`, `raterEffects`, `rankCandidates`) and their reports are
 * exported from `rapport` as well. The shapes of the reading stages follow the scorer's internals and may change in a
 * minor release.
 *
 * @module
 */

// The scorer's stages, one at a time (read the text, classify clauses, find the evidence, analyse an answer), its caps
// as data, and its calibration model. Imported through the scoring layer's own index, whose names are kept when its
// internals move.
export {
  type Actor,
  type AnalyzedSentence,
  analyzeAnswer,
  type AnswerAnalysis,
  type AnswerFeatures,
  type AnswerMode,
  BUILT_IN_MODEL,
  CAP_RULES,
  type CapContext,
  type CapRule,
  checkLevelModel,
  type ClauseState,
  classifyClauses,
  type CompiledRules,
  compileRules,
  findIndicatorHits,
  findJudgments,
  fitOrdinal,
  type FitOrdinalOptions,
  foldForScoring,
  type HitMode,
  type IndicatorHit,
  levelProbabilities,
  LISTED,
  MODEL_FEATURES,
  type NeutralSentence,
  type OrdinalModel,
  type ParsedText,
  parseText,
  PatternScreen,
  type ReadText,
  readText,
  type SentenceRange,
  type StarRole,
  type Tense,
  type TextScreen,
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

// The analysis of scored records: agreement of two raters, two sets of scores compared, adverse impact, interviewer
// calibration, candidates ranked, their reports, and the reader of rows of scores they share.
export {
  type Agreement,
  agreement,
  auditFairness,
  AuditFairnessOptions,
  auditScoredRecords,
  type CandidateRanking,
  compareScoredRecords,
  compareScores,
  CompareScoresOptions,
  type ComparisonGroup,
  type ComparisonStatistics,
  createScoredRecordReader,
  FAIRNESS_METHOD,
  type FairnessAudit,
  type FairnessCategory,
  type FairnessTable,
  type FairnessWarning,
  FOUR_FIFTHS,
  type HtmlReportOptions,
  quadraticWeightedKappa,
  RANKING_RULE,
  type RankCandidatesOptions,
  rankCandidates,
  type RankedCandidate,
  type RaterEffect,
  raterEffects,
  RaterEffectsOptions,
  type RaterReport,
  ReadScoredRecordOptions,
  readScoredRecords,
  RecordState,
  renderComparisonHtml,
  renderComparisonMarkdown,
  renderFairnessHtml,
  renderFairnessMarkdown,
  renderRankingMarkdown,
  renderRatersMarkdown,
  type RoleFit,
  safeAuditFairness,
  safeCompareScores,
  safeRankCandidates,
  safeRaterEffects,
  safeReadScoredRecord,
  type ScoreComparison,
  type ScoredRecord,
  type ScoredRecordReader,
} from "../analysis/index.js";
