import { fixed2, intervalText, markdownTable, percent } from "./format.js";
import type { CandidateRanking } from "./rankCandidates.js";
import type { RaterReport } from "./raterEffects.js";

/**
 * Renders interviewer calibration as Markdown: the panel's agreement, then each interviewer's
 * leniency (mean offset from the others), consistency and verdict.
 *
 * @param report - from {@link raterEffects}
 * @returns Markdown
 * @example
 * ```ts
 * import { raterEffects, renderRatersMarkdown } from "rapport";
 *
 * const ratings = [
 *   { interviewer: "A", candidate: "c1", level: 4 },
 *   { interviewer: "B", candidate: "c1", level: 2 },
 * ];
 * renderRatersMarkdown(raterEffects(ratings, { resamples: 0 })).split("\n")[0]; //=> "# Interviewer calibration"
 * ```
 */
export function renderRatersMarkdown(report: RaterReport): string {
  const r = report;
  const rows = r.raters.map((x) => [x.interviewer, String(x.ratings), String(x.shared), fixed2(x.leniency.value), intervalText(x.leniency), fixed2(x.consistency.value), intervalText(x.consistency), percent(x.exactAgreement), x.verdict]);
  return `${[
    "# Interviewer calibration",
    `${r.ratings} ratings by ${r.interviewers} interviewers of ${r.candidates} candidates: ${r.items} items (candidate, competency, question), ${r.sharedItems} rated by two or more.`,
    `Panel agreement, Krippendorff's α: ordinal ${fixed2(r.alphaOrdinal.value)} (${intervalText(r.alphaOrdinal)}), interval ${fixed2(r.alphaInterval.value)} (${intervalText(r.alphaInterval)}).`,
    markdownTable(["interviewer", "ratings:", "shared:", "leniency:", "interval", "consistency (r):", "interval", "exact agreement:", "verdict"], rows),
    `Leniency: the mean of (own rating − the other interviewers' mean) on the same candidate, competency and question; above 0 is lenient, below 0 severe, and the verdict says so only when the interval excludes 0. Consistency: the correlation of own ratings with the others' mean. Interviewers with fewer than ${r.settings.minShared} shared items get no verdict. Intervals: ${Math.round(r.settings.level * 100)}% percentile bootstrap resampling whole candidates (seed ${r.settings.seed}, ${r.settings.resamples} resamples).`,
  ].join("\n\n")}\n`;
}

/**
 * Renders a ranking as Markdown: rank, tier, role fit and its interval, who cannot be told apart, gaps.
 *
 * @param ranking - from {@link rankCandidates}
 * @returns Markdown
 * @example
 * ```ts
 * import { buildProfile, rankCandidates, renderRankingMarkdown } from "rapport";
 *
 * const rated = (id: string, level: 1 | 2 | 3 | 4 | 5) =>
 *   buildProfile({ candidate: { id }, role: "contact-centre-agent", answers: [], ratings: [{ interviewer: "A", competency: "empathy", level }] });
 * renderRankingMarkdown(rankCandidates([rated("ana", 3), rated("ben", 4)], { role: "contact-centre-agent" })).includes("| rank |"); //=> true
 * ```
 */
export function renderRankingMarkdown(ranking: CandidateRanking): string {
  const rows = ranking.candidates.map((c) => [
    String(c.rank),
    String(c.tier),
    c.name !== undefined ? `${c.candidate} (${c.name})` : c.candidate,
    String(c.roleFit.score),
    `${c.roleFit.interval[0]} – ${c.roleFit.interval[1]}`,
    percent(c.roleFit.coverage),
    c.indistinguishableFrom.length === 0 ? "–" : c.indistinguishableFrom.join(", "),
    c.mustHaveGaps.length === 0 ? "–" : c.mustHaveGaps.map((g) => `${g.competency} ${g.level ?? "not assessed"} < ${g.minLevel}`).join("; "),
  ]);
  return `${[
    `# Candidates ranked for ${ranking.role.name}`,
    markdownTable(["rank:", "tier:", "candidate", "role fit:", "interval", "coverage:", "not distinguishable from", "must-have gaps"], rows),
    ranking.rule,
  ].join("\n\n")}\n`;
}
