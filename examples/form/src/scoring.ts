// Loaded on demand (a dynamic import): the scorer and the profile, with the English NLP model.
// The page is usable before this chunk arrives.
import { type AnswerOutcome, precheck } from "./outcome.js";
import type { FormState } from "./store.js";
import {
  type AnswerScore,
  CandidateProfile,
  type InterviewerRating,
  type InterviewKit,
  type Issue,
  safeBuildProfile,
  safeScoreAnswer,
  type StarQuestion,
} from "./rapport.js";

export { INTERVIEWER_SHARE } from "./rapport.js";

/**
 * Scores one answer to one question of the kit, or says why it is not scored.
 *
 * @param question - the question asked
 * @param answer - the candidate's answer
 * @returns the score, or what stands in its way
 */
export function scoreQuestion(question: StarQuestion, answer: string): AnswerOutcome {
  const early = precheck(answer);
  if (early) return early;
  const result = safeScoreAnswer({ competency: question.competency, answer, question: question.text, questionType: question.type });
  if (result.success) return { kind: "scored", score: result.data };
  return { kind: "error", message: result.issues.map((i: Issue) => i.message).join(" ") };
}

/** The profile, or why there is none yet. */
export type ProfileOutcome = { readonly kind: "profile"; readonly profile: CandidateProfile } | { readonly kind: "nothing" | "error"; readonly message: string };

/**
 * Builds the candidate's profile from the answers scored so far and the interviewer's ratings.
 *
 * @param state - the form's work
 * @param kit - the kit the answers are for
 * @param scores - the scores, by question id
 * @returns the profile, or why there is none
 */
export function profileOf(state: FormState, kit: InterviewKit, scores: ReadonlyMap<string, AnswerScore>): ProfileOutcome {
  const answers = kit.questions.flatMap((q) => scores.get(q.id) ?? []);
  const ratings: InterviewerRating[] = kit.questions.flatMap((q) => {
    const level = state.work[q.id]?.rating ?? null;
    return level === null ? [] : [{ interviewer: state.interviewer.trim() || "Interviewer", competency: q.competency, level, questionId: q.id }];
  });
  if (answers.length === 0 && ratings.length === 0) {
    return { kind: "nothing", message: "Nothing to profile yet: type the candidate's answers, or give your own ratings, in the interview." };
  }
  const result = safeBuildProfile({
    candidate: { id: state.candidateId.trim() || "candidate" },
    answers,
    ratings,
    ...(state.setup.mode === "role" ? { role: state.setup.role } : { weights: Object.fromEntries(kit.coverage.map((c) => [c.competency, c.weight])) }),
  });
  if (!result.success) return { kind: "error", message: result.issues.map((i: Issue) => i.message).join(" ") };
  return { kind: "profile", profile: result.data };
}

/**
 * The profile as a JSON file's text, checked against the CandidateProfile schema first.
 *
 * @param profile - the profile
 * @returns pretty-printed JSON
 * @throws {Error} when the profile does not match the schema (a bug, never the user's input)
 */
export function profileJson(profile: CandidateProfile): string {
  return `${JSON.stringify(CandidateProfile.parse(profile), null, 2)}\n`;
}
