export {
  fromGreenhouseScorecard,
  type FromGreenhouseOptions,
  GREENHOUSE_LEVELS,
  GREENHOUSE_RECOMMENDATIONS,
  GreenhouseAttribute,
  GreenhouseRating,
  GreenhouseRatings,
  GreenhouseRecommendation,
  GreenhouseScorecard,
  GreenhouseScorecardInput,
  type GreenhouseScorecardOptions,
  safeFromGreenhouseScorecard,
  toGreenhouseScorecard,
} from "./greenhouse.js";
export {
  fromLeverFeedback,
  type FromLeverOptions,
  LEVER_SCORES,
  LEVER_SKILL_LEVELS,
  LEVER_SKILL_SCORES,
  LeverFeedback,
  LeverFeedbackForm,
  type LeverFeedbackOptions,
  LeverFeedbackTemplate,
  LeverSkillScore,
  LeverTemplateField,
  safeFromLeverFeedback,
  toLeverFeedback,
} from "./lever.js";
export {
  toWorkdayCompetencyRatings,
  WORKDAY_OVERALL_RATINGS,
  WorkdayCompetencyRating,
  WorkdayCompetencyRatings,
  type WorkdayOptions,
  WorkdayOverallRating,
} from "./workday.js";
export { HrOpenCompetencyEvidence, HrOpenIdentifier, type HrOpenOptions, HrOpenPersonCompetency, HrOpenScore, toHrOpenCompetencies } from "./hrOpen.js";
export { CSV_COLUMNS, type CsvRow, toCsvRows } from "./csvRows.js";
