import { type LookupOptions, type RoleProfile, safeGetRole } from "../competencies/index.js";
import { fromZodIssues, type Issue, RapportError, type SafeResult } from "../errors.js";
import { CandidateProfile, type MustHaveGap, roleFitOf } from "../profile/index.js";

/** Options of {@link rankCandidates}. */
export interface RankCandidatesOptions extends LookupOptions {
  /** The role to rank for (id). */
  readonly role: string;
}

/** Role fit, 0-100, with its interval and the share of the role's weight assessed. */
export interface RoleFit {
  readonly score: number;
  readonly interval: readonly [number, number];
  readonly coverage: number;
}

/** One candidate's place in a ranking. */
export interface RankedCandidate {
  /** 1 for the highest role fit (ties share no rank: they are ordered by candidate id). */
  readonly rank: number;
  /** Candidates in one tier cannot be told apart from the tier's first: a new tier starts where intervals stop overlapping it. */
  readonly tier: number;
  readonly candidate: string;
  readonly name?: string;
  readonly roleFit: RoleFit;
  /** `profile` when the profile was built for this role; `recomputed` from its competencies otherwise. */
  readonly source: "profile" | "recomputed";
  /** Must-have competencies of the role below their minimum or not assessed. */
  readonly mustHaveGaps: readonly MustHaveGap[];
  /** Candidates whose role-fit intervals overlap this one's: not distinguishable from it. */
  readonly indistinguishableFrom: readonly string[];
}

/** Candidates ordered by role fit, with who can and cannot be told apart. */
export interface CandidateRanking {
  readonly role: { readonly id: string; readonly name: string };
  readonly candidates: readonly RankedCandidate[];
  /** The rule, in words. */
  readonly rule: string;
}

/** The ranking rule, stated once and recorded in every ranking. */
export const RANKING_RULE =
  "Candidates are ordered by role fit (0-100). Two candidates whose role-fit intervals overlap are not distinguishable; a tier holds the candidates whose intervals overlap its first candidate's, and a new tier starts with the first candidate whose interval lies wholly below it.";

// A candidate with no evidence for any of the role's competencies: ranked at the middle with the whole scale as its
// interval, so that it is indistinguishable from everyone (its coverage, 0, says why).
const NO_EVIDENCE: RoleFit = { score: 50, interval: [0, 100], coverage: 0 };

/** Role fit for a role the profile was not built for, by the rule `buildProfile` uses. */
function recomputedFit(profile: CandidateProfile, role: RoleProfile): RoleFit {
  return roleFitOf(role.weights, new Map(profile.competencies.map((c) => [c.competency, c]))) ?? NO_EVIDENCE;
}

function gapsOf(profile: CandidateProfile, role: RoleProfile): MustHaveGap[] {
  const byId = new Map(profile.competencies.map((c) => [c.competency, c.level]));
  return role.mustHave.filter((m) => (byId.get(m.competency) ?? 0) < m.minLevel).map((m) => ({ competency: m.competency, minLevel: m.minLevel, level: byId.get(m.competency) ?? null }));
}

const overlap = (a: RoleFit, b: RoleFit): boolean => a.interval[0] <= b.interval[1] && b.interval[0] <= a.interval[1];

function parseProfiles(profiles: readonly unknown[]): SafeResult<CandidateProfile[]> {
  const issues: Issue[] = [];
  const out: CandidateProfile[] = [];
  const seen = new Map<string, number>();
  profiles.forEach((raw, i) => {
    const parsed = CandidateProfile.safeParse(raw);
    if (!parsed.success) {
      issues.push(...fromZodIssues(parsed.error.issues, [i]).map((issue) => ({ ...issue, message: `profile ${i + 1}, ${issue.path.slice(1).join(".") || "profile"}: ${issue.message}` })));
      return;
    }
    const earlier = seen.get(parsed.data.candidate.id);
    if (earlier !== undefined) {
      issues.push({ code: "duplicate-id", path: [i, "candidate", "id"], message: `profile ${i + 1}: candidate '${parsed.data.candidate.id}' already has a profile (profile ${earlier + 1}); give one profile per candidate.` });
      return;
    }
    seen.set(parsed.data.candidate.id, i);
    out.push(parsed.data);
  });
  const [first, ...rest] = issues;
  return first ? { success: false, issues: [first, ...rest] } : { success: true, data: out };
}

/**
 * Ranks candidates by their fit with a role without throwing, marking those whose role-fit intervals
 * overlap as not distinguishable. A profile built for the role keeps its own role fit; any other is
 * scored for the role from its competencies by the same rule `buildProfile` uses.
 *
 * @param profiles - candidate profiles (as `buildProfile` returns them, or parsed from JSON)
 * @param options - the role, and your own framework if any
 * @returns the ranking, or issues naming each profile at fault or the unknown role
 * @example
 * ```ts
 * import { buildProfile, safeRankCandidates } from "rapport";
 *
 * const rated = (id: string, level: 1 | 2 | 3 | 4 | 5) =>
 *   buildProfile({ candidate: { id }, role: "contact-centre-agent", answers: [], ratings: [{ interviewer: "A", competency: "empathy", level }] });
 * const r = safeRankCandidates([rated("ana", 3), rated("ben", 4)], { role: "contact-centre-agent" });
 * r.success && r.data.candidates.map((c) => [c.candidate, c.tier]); //=> [["ben", 1], ["ana", 1]]
 * ```
 */
export function safeRankCandidates(profiles: readonly unknown[], options: RankCandidatesOptions): SafeResult<CandidateRanking> {
  if (typeof options !== "object" || options === null) return { success: false, issues: [{ code: "invalid-input", path: ["role"], message: "Options with the role to rank for are required: { role }." }] };
  const found = safeGetRole(options.role, options.framework ? { framework: options.framework } : {});
  if (!found.success) return { success: false, issues: [{ ...found.issues[0], path: ["role"] }, ...found.issues.slice(1)] };
  const role = found.data;
  const parsed = parseProfiles(profiles);
  if (!parsed.success) return parsed;
  const scored = parsed.data
    .map((p) => {
      const own = p.role?.id === role.id && p.roleFit !== null;
      return { p, fit: own && p.roleFit ? p.roleFit : recomputedFit(p, role), source: own ? ("profile" as const) : ("recomputed" as const) };
    })
    .sort((a, b) => b.fit.score - a.fit.score || a.p.candidate.id.localeCompare(b.p.candidate.id));
  let tier = 1;
  let leader = scored[0]?.fit;
  const candidates = scored.map(({ p, fit, source }, i): RankedCandidate => {
    if (leader !== undefined && fit.interval[1] < leader.interval[0]) {
      tier++;
      leader = fit;
    }
    return {
      rank: i + 1,
      tier,
      candidate: p.candidate.id,
      ...(p.candidate.name !== undefined ? { name: p.candidate.name } : {}),
      roleFit: { score: fit.score, interval: [fit.interval[0], fit.interval[1]], coverage: fit.coverage },
      source,
      mustHaveGaps: gapsOf(p, role),
      indistinguishableFrom: scored.filter((o) => o.p !== p && overlap(o.fit, fit)).map((o) => o.p.candidate.id),
    };
  });
  return { success: true, data: { role: { id: role.id, name: role.name }, candidates, rule: RANKING_RULE } };
}

/**
 * Ranks candidates by role fit; see {@link safeRankCandidates}.
 *
 * @param profiles - candidate profiles
 * @param options - the role, and your own framework if any
 * @returns the ranking
 * @throws {RapportError} for an unknown role (with suggestions) or a profile that is not one, naming it
 * @example
 * ```ts
 * import { buildProfile, rankCandidates } from "rapport";
 *
 * const rated = (id: string, level: 1 | 2 | 3 | 4 | 5) =>
 *   buildProfile({ candidate: { id }, role: "contact-centre-agent", answers: [], ratings: [{ interviewer: "A", competency: "empathy", level }] });
 * rankCandidates([rated("ana", 3), rated("ben", 4)], { role: "contact-centre-agent" }).candidates.map((c) => c.candidate); //=> ["ben", "ana"]
 * ```
 */
export function rankCandidates(profiles: readonly unknown[], options: RankCandidatesOptions): CandidateRanking {
  const result = safeRankCandidates(profiles, options);
  if (result.success) return result.data;
  throw new RapportError(result.issues);
}
