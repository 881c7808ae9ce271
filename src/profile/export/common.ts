import type { z } from "zod";
import { builtInFramework, type Framework, type Level, safeGetCompetency } from "../../competencies/index.js";
import { fromZodIssues, type Issue, RapportError, type SafeResult } from "../../errors.js";
import type { CandidateProfile, ProfileCompetency } from "../profileSchema.js";

/** Parses input with a schema, answering with rapport issues that name the path. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, prefix: readonly (string | number)[] = []): SafeResult<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, issues: fromZodIssues(parsed.error.issues, prefix) as [Issue, ...Issue[]] };
}

/** Throws the issues of a failed result, or returns its value. */
export function orThrow<T>(result: SafeResult<T>): T {
  if (result.success) return result.data;
  throw new RapportError(result.issues);
}

/**
 * The candidate's overall level, 1-5: from the role fit when there is one (0-100 read back onto
 * the 1-5 scale), else the mean competency score; capped at 2 while a must-have is below its
 * minimum. Null when nothing was assessed.
 */
export function overallScore(profile: CandidateProfile): number | null {
  if (profile.competencies.length === 0) return null;
  const score =
    profile.roleFit !== null
      ? 1 + (4 * profile.roleFit.score) / 100
      : profile.competencies.reduce((sum, c) => sum + c.score, 0) / profile.competencies.length;
  return profile.mustHaveGaps.length > 0 ? Math.min(score, 2) : score;
}

/** The level nearest a 1-5 score. */
export function levelOf(score: number): Level {
  return Math.min(5, Math.max(1, Math.floor(score + 0.5))) as Level;
}

/** One line a recruiter can read: the level, its interval and source, and the strongest evidence. */
export function evidenceNote(c: ProfileCompetency, maxQuotes = 3): string {
  const head = `rapport: level ${c.level} (score ${c.score}, 95% interval ${c.interval[0]}-${c.interval[1]}, ${c.source}; ${c.answers} answer(s), ${c.raters} rater(s)).`;
  const quotes = c.evidence
    .slice(0, maxQuotes)
    .map((e) => `${e.kind === "red-flag" ? "Red flag" : "Evidence"}: "${e.quote}"${e.answerId !== undefined ? ` (answer ${e.answerId})` : ""}`);
  return [head, ...quotes].join(" ");
}

/** Resolves a vendor's attribute or skill name to a competency id (id, alias or display name). */
export function competencyIdOf(name: string, framework: Framework = builtInFramework): string | undefined {
  const found = safeGetCompetency(name, { framework });
  return found.success ? found.data.id : undefined;
}

/** Names of the role's weighted competencies the profile has no evidence for. */
export function unassessedRoleCompetencies(profile: CandidateProfile, framework: Framework = builtInFramework): { id: string; name: string }[] {
  const role = profile.role === undefined ? undefined : framework.roles.find((r) => r.id === profile.role?.id);
  if (role === undefined) return [];
  const assessed = new Set(profile.competencies.map((c) => c.competency));
  return Object.keys(role.weights)
    .filter((id) => !assessed.has(id))
    .map((id) => ({ id, name: framework.competencies.find((c) => c.id === id)?.name ?? id }));
}
