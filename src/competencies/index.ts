export * from "./schema.js";
export { ARTICLES } from "./sources.js";
export { builtInFramework, RUBRIC_VERSION } from "./builtIn.js";
export { defineFramework, safeDefineFramework } from "./defineFramework.js";
export {
  closestCompetencyIds,
  type CompetencyFilter,
  getCompetency,
  getRole,
  listCompetencies,
  listRoles,
  type LookupOptions,
  safeGetCompetency,
  safeGetRole,
} from "./lookup.js";
export { normaliseName } from "./names.js";
export { renderRoleMarkdown, renderRubricMarkdown } from "./renderRubric.js";
