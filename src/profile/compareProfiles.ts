import type { CandidateProfile } from "./profileSchema.js";

/** How one competency differs between two profiles. */
export interface CompetencyDifference {
  readonly competency: string;
  /** Score in the first profile (null when not assessed there). */
  readonly a: number | null;
  /** Score in the second profile (null when not assessed there). */
  readonly b: number | null;
  /** `b − a`, when both have it. */
  readonly difference: number | null;
  /** The difference beyond which it is unlikely to be noise (1.96 × combined standard error). */
  readonly threshold: number | null;
  /** Whether the difference exceeds the uncertainty of the two scores. */
  readonly meaningful: boolean;
}

/** Two profiles compared. */
export interface ProfileComparison {
  readonly a: string;
  readonly b: string;
  /** Per competency, in the first profile's order, then the second's extra ones. */
  readonly competencies: readonly CompetencyDifference[];
  /** Role-fit difference (`b − a`) when both have one, and whether the intervals are apart. */
  readonly roleFit: { readonly difference: number; readonly meaningful: boolean } | null;
}

/**
 * Compares two profiles competency by competency, and says whether each difference exceeds the
 * uncertainty of the two scores.
 *
 * @param a - the first profile
 * @param b - the second profile
 * @returns the differences
 * @example
 * ```ts
 * import { buildProfile, compareProfiles } from "rapport";
 *
 * const rated = (id: string, level: 1 | 2 | 3 | 4 | 5) =>
 *   buildProfile({ candidate: { id }, role: "contact-centre-agent", answers: [], ratings: [{ interviewer: "A", competency: "empathy", level }, { interviewer: "B", competency: "empathy", level }] });
 * const comparison = compareProfiles(rated("ana", 2), rated("ben", 5));
 * comparison.competencies.map((c) => [c.competency, c.difference, c.meaningful]); //=> [["empathy", 3, true]]
 * ```
 */
export function compareProfiles(a: CandidateProfile, b: CandidateProfile): ProfileComparison {
  const first = new Map(a.competencies.map((c) => [c.competency, c]));
  const second = new Map(b.competencies.map((c) => [c.competency, c]));
  const ids = [...new Set([...first.keys(), ...second.keys()])];
  const competencies = ids.map((id): CompetencyDifference => {
    const x = first.get(id);
    const y = second.get(id);
    if (!x || !y) return { competency: id, a: x?.score ?? null, b: y?.score ?? null, difference: null, threshold: null, meaningful: false };
    const difference = Math.round((y.score - x.score) * 10) / 10;
    const threshold = Math.round(1.96 * Math.sqrt(x.standardError ** 2 + y.standardError ** 2) * 10) / 10;
    return { competency: id, a: x.score, b: y.score, difference, threshold, meaningful: Math.abs(difference) > threshold };
  });
  const roleFit =
    a.roleFit && b.roleFit
      ? {
          difference: b.roleFit.score - a.roleFit.score,
          meaningful: b.roleFit.interval[0] > a.roleFit.interval[1] || a.roleFit.interval[0] > b.roleFit.interval[1],
        }
      : null;
  return { a: a.candidate.id, b: b.candidate.id, competencies, roleFit };
}
