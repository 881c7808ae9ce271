import { describe, expect, it } from "vitest";
import { getRole } from "../competencies/index.js";
import { RapportError } from "../errors.js";
import { buildProfile, type CandidateProfile } from "../profile/index.js";
import { rankCandidates, safeRankCandidates } from "./rankCandidates.js";

const ROLE = "contact-centre-agent";
const competencies = Object.keys(getRole(ROLE).weights);

/** A profile from interviewer ratings only: every competency of the role at `level` by `raters` interviewers. */
const profile = (id: string, level: 1 | 2 | 3 | 4 | 5, raters: number, role: string | null = ROLE): CandidateProfile =>
  buildProfile({
    candidate: { id },
    ...(role !== null ? { role } : {}),
    answers: [],
    ratings: competencies.flatMap((competency) => Array.from({ length: raters }, (_, r) => ({ interviewer: `i${r}`, competency, level }))),
    assessedAt: "2026-01-01T00:00:00.000Z",
  });

describe("rankCandidates", () => {
  it("orders by role fit and puts candidates whose intervals overlap in one tier", () => {
    const ranking = rankCandidates([profile("low", 2, 3), profile("top", 5, 3), profile("near-top", 4, 3)], { role: ROLE });
    expect(ranking.candidates.map((c) => c.candidate)).toEqual(["top", "near-top", "low"]);
    expect(ranking.candidates.map((c) => c.rank)).toEqual([1, 2, 3]);
    const [top, near, low] = ranking.candidates;
    // Tiers and overlaps follow the intervals the profiles carry.
    const overlaps = (a: typeof top, b: typeof top): boolean => !!a && !!b && a.roleFit.interval[0] <= b.roleFit.interval[1] && b.roleFit.interval[0] <= a.roleFit.interval[1];
    expect(top?.indistinguishableFrom.includes("near-top")).toBe(overlaps(top, near));
    expect(low?.tier).toBeGreaterThan(top?.tier ?? 0);
    expect(low?.indistinguishableFrom).not.toContain("top");
  });

  it("marks two candidates with the same evidence as not distinguishable", () => {
    const ranking = rankCandidates([profile("ana", 4, 1), profile("ben", 4, 1)], { role: ROLE });
    expect(ranking.candidates.map((c) => c.tier)).toEqual([1, 1]);
    expect(ranking.candidates[0]?.indistinguishableFrom).toEqual(["ben"]);
  });

  it("recomputes role fit for a profile built for no role, by the rule buildProfile uses", () => {
    const own = profile("x", 3, 2);
    const bare = profile("x", 3, 2, null);
    const ranked = rankCandidates([bare], { role: ROLE }).candidates[0];
    expect(ranked?.source).toBe("recomputed");
    expect(ranked?.roleFit).toEqual(own.roleFit);
    expect(rankCandidates([own], { role: ROLE }).candidates[0]?.source).toBe("profile");
  });

  it("lists must-have gaps for the role", () => {
    const weak = rankCandidates([profile("w", 1, 1)], { role: ROLE }).candidates[0];
    expect(weak?.mustHaveGaps.length).toBe(getRole(ROLE).mustHave.length);
  });

  it("refuses an unknown role with suggestions, a profile that is not one, and a candidate twice", () => {
    const role = safeRankCandidates([], { role: "contact-centre-agnet" });
    expect(role.success).toBe(false);
    if (!role.success) {
      expect(role.issues[0].path).toEqual(["role"]);
      expect(role.issues[0].suggestions).toContain(ROLE);
    }
    const broken = safeRankCandidates([{ candidate: { id: "z" } }], { role: ROLE });
    if (!broken.success) expect(broken.issues[0].path[0]).toBe(0);
    expect(broken.success).toBe(false);
    expect(() => rankCandidates([profile("a", 3, 1), profile("a", 4, 1)], { role: ROLE })).toThrow(RapportError);
  });
});
