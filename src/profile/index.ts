export * from "./profileSchema.js";
export { migrateProfile, parseProfile, safeMigrateProfile, safeParseProfile } from "./parseProfile.js";
export { InterviewerRating, RATING_RULE, RatedCompetency, RatingDisagreement, RatingsSummary, safeScoreRatings, scoreRatings, type ScoreRatingsOptions } from "./scoreRatings.js";
export { buildProfile, type BuildProfileOptions, INTERVIEWER_SHARE, roleFitOf, safeBuildProfile } from "./buildProfile.js";
export { compareProfiles, type CompetencyDifference, type ProfileComparison } from "./compareProfiles.js";
export { renderProfileMarkdown } from "./renderProfile.js";
export * from "./export/index.js";
