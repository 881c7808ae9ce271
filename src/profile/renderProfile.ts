import type { CandidateProfile } from "./profileSchema.js";

const bar = (score: number): string => {
  const filled = Math.round(((score - 1) / 4) * 20);
  return `${"█".repeat(filled)}${"░".repeat(20 - filled)}`;
};

/**
 * Renders a candidate profile as Markdown for a recruiter: each competency with a bar, its level,
 * interval, source and the evidence behind it; strengths, development areas, must-have gaps and
 * role fit.
 *
 * @param profile - the profile
 * @returns Markdown text
 * @example
 * ```ts
 * import { buildProfile, renderProfileMarkdown } from "rapport";
 *
 * const profile = buildProfile({ candidate: { id: "cand-042" }, role: "contact-centre-agent", answers: [], ratings: [{ interviewer: "Ana", competency: "empathy", level: 4 }] });
 * renderProfileMarkdown(profile).split("\n")[0]; //=> "# Candidate cand-042 — Contact-centre agent"
 * ```
 */
export function renderProfileMarkdown(profile: CandidateProfile): string {
  const lines = [`# Candidate ${profile.candidate.id}${profile.role ? ` — ${profile.role.name}` : ""}`, ""];
  if (profile.roleFit) {
    lines.push(
      `**Role fit: ${profile.roleFit.score}/100** (interval ${profile.roleFit.interval[0]}–${profile.roleFit.interval[1]}; ${Math.round(profile.roleFit.coverage * 100)}% of the role's weight assessed)`,
      "",
    );
  }
  lines.push("| Competency | Level | Score | 1 ─────────────── 5 | Interval | Source | Answers | Raters |", "| --- | ---: | ---: | --- | --- | --- | ---: | ---: |");
  for (const c of profile.competencies) {
    lines.push(`| ${c.name} | ${c.level} | ${c.score.toFixed(1)} | \`${bar(c.score)}\` | ${c.interval[0].toFixed(1)}–${c.interval[1].toFixed(1)} | ${c.source} | ${c.answers} | ${c.raters} |`);
  }
  lines.push("");
  const list = (title: string, ids: readonly string[]): void => {
    lines.push(`**${title}:** ${ids.length > 0 ? ids.join(", ") : "none"}`, "");
  };
  list("Strengths", profile.strengths);
  list("Development areas", profile.developmentAreas);
  if (profile.mustHaveGaps.length > 0) {
    lines.push("**Must-haves below the role's minimum:**", "");
    for (const gap of profile.mustHaveGaps) lines.push(`- ${gap.competency}: needs level ${gap.minLevel}, ${gap.level === null ? "not assessed" : `reached ${gap.level}`}`);
    lines.push("");
  }
  const withEvidence = profile.competencies.filter((c) => c.evidence.length > 0);
  if (withEvidence.length > 0) {
    lines.push("## Evidence", "");
    for (const c of withEvidence) {
      lines.push(`- **${c.name}**: ${c.evidence.map((e) => `${e.kind === "red-flag" ? "⚠ " : ""}“${e.quote}” (${e.description.replace(/\.$/, "").toLowerCase()})`).join("; ")}`);
    }
    lines.push("");
  }
  if (profile.starCompleteness !== null) lines.push(`STAR completeness: ${Math.round(profile.starCompleteness * 100)}% · unrated answers: ${profile.unratedAnswers}`, "");
  lines.push(
    `*Assessed ${profile.assessedAt.slice(0, 10)}, valid until ${profile.validUntil.slice(0, 10)} · rapport ${profile.versions.library}, rubrics ${profile.versions.rubric}, scorer ${profile.versions.scorer}*`,
    "",
  );
  return lines.join("\n");
}
