export { type Agreement, agreement, quadraticWeightedKappa } from "./agreement.js";
export { createScoredRecordReader, ReadScoredRecordOptions, readScoredRecords, RecordState, rowName, safeReadScoredRecord, type ScoredRecord, type ScoredRecordReader } from "./scoredRecord.js";
export { type ComparisonGroup, type ComparisonStatistics, compareScoredRecords, compareScores, CompareScoresOptions, safeCompareScores, type ScoreComparison } from "./compareScores.js";
export {
  agreementWithin,
  AlphaLevel,
  bootstrap,
  BootstrapOptions,
  cohensKappa,
  CohensKappaOptions,
  type ConfusionMatrix,
  confusionMatrix,
  type Estimate,
  type IntraclassCorrelation,
  intraclassCorrelation,
  KappaWeights,
  kappaFromTable,
  krippendorffAlpha,
  pearson,
  spearman,
  standardisedMeanDifference,
} from "../stats/index.js";
export { auditFairness, AuditFairnessOptions, auditScoredRecords, FOUR_FIFTHS, type FairnessAudit, type FairnessCategory, type FairnessTable, type FairnessWarning, safeAuditFairness } from "./auditFairness.js";
export { type RaterEffect, raterEffects, RaterEffectsOptions, type RaterReport, safeRaterEffects } from "./raterEffects.js";
export { type CandidateRanking, RANKING_RULE, type RankCandidatesOptions, rankCandidates, type RankedCandidate, type RoleFit, safeRankCandidates } from "./rankCandidates.js";
export { escapeHtml, type HtmlReportOptions } from "./format.js";
export { renderComparisonHtml, renderComparisonMarkdown } from "./renderComparison.js";
export { FAIRNESS_METHOD, renderFairnessHtml, renderFairnessMarkdown } from "./renderFairness.js";
export { renderRankingMarkdown, renderRatersMarkdown } from "./renderPanel.js";
