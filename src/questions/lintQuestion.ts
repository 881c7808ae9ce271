import { HYPOTHETICAL, LEADING, CLOSED_OPENING, PAST_CUE, PROTECTED_TOPICS, type ProtectedTopic } from "./lintRules.js";
import type { QuestionType } from "./schema.js";

/** What a lint finding is about. */
export type LintCode = "protected-topic" | "closed-question" | "leading-question" | "double-barrelled" | "hypothetical-behavioural" | "not-behavioural";

/** One problem with an interview question. */
export interface LintFinding {
  /** What kind of problem. */
  readonly code: LintCode;
  /** `error`: do not ask this question. `warning`: rephrase if you can. */
  readonly severity: "error" | "warning";
  /** Why, in words an interviewer can act on. */
  readonly message: string;
  /** The protected topic, for `protected-topic`. */
  readonly topic?: ProtectedTopic;
  /** Where in the text the problem is. */
  readonly span?: readonly [number, number];
}

/** Options of {@link lintQuestion}. */
export interface LintQuestionOptions {
  /** The kind of question it is meant to be; behavioural questions must ask about the past. */
  readonly type?: QuestionType;
}

/**
 * Checks an interview question for what a structured interview must avoid: protected topics
 * (age, family, pregnancy, religion, national origin, race, disability or health, sexual orientation,
 * gender identity, arrests, union membership, genetic information), closed yes/no questions,
 * leading questions, two questions in one, and a behavioural question phrased hypothetically.
 *
 * @param text - the question
 * @param options - what type of question it is meant to be
 * @returns the findings, errors first; empty when the question is fine
 * @example
 * lintQuestion("How old are you?").map((f) => f.code)
 * //=> ["protected-topic"]
 */
export function lintQuestion(text: string, options: LintQuestionOptions = {}): LintFinding[] {
  const findings: LintFinding[] = [];
  for (const rule of PROTECTED_TOPICS) {
    const span = firstMatch(rule.patterns, text);
    if (span) {
      findings.push({
        code: "protected-topic",
        severity: "error",
        topic: rule.topic,
        message: `Asks about ${rule.label}, which an interviewer must not raise: it is not job-related and invites discrimination.`,
        span,
      });
    }
  }

  const sentences = text.split(/(?<=[.?!])\s+/).filter((s) => s.trim() !== "");
  const questionSentences = sentences.filter((s) => s.trim().endsWith("?"));
  const closed = sentences.find((s) => CLOSED_OPENING.test(s) && !/\bwhat would you do\b/i.test(s));
  if (closed !== undefined && questionSentences.every((s) => CLOSED_OPENING.test(s))) {
    findings.push({
      code: "closed-question",
      severity: "error",
      message: "Can be answered yes or no. Ask for an example instead: 'Tell me about a time when…'.",
      span: spanOf(text, closed),
    });
  }

  const leading = firstMatch(LEADING, text);
  if (leading) {
    findings.push({
      code: "leading-question",
      severity: "error",
      message: "Suggests the answer the interviewer wants to hear. Ask neutrally and let the candidate's example speak.",
      span: leading,
    });
  }

  const asks = questionSentences.length + sentences.filter((s) => !s.trim().endsWith("?") && /^\s*(?:tell me|describe|explain|walk me through|give (?:me )?an example)\b/i.test(s)).length;
  const joined = /\?\s*(?:and|or)\b|\b(?:and|or) (?:what|how|why|when|where|which|who) (?:did|do|would|will|was|were|is|are)\b/i.exec(text);
  if (asks > 1 || joined !== null) {
    findings.push({
      code: "double-barrelled",
      severity: "error",
      message: "Asks two things at once, so the answer to one hides the other. Split it into two questions.",
      ...(joined ? { span: [joined.index, joined.index + joined[0].length] as const } : {}),
    });
  }

  if (options.type === "behavioural") {
    const hypothetical = HYPOTHETICAL.exec(text);
    if (hypothetical) {
      findings.push({
        code: "hypothetical-behavioural",
        severity: "error",
        message: "A behavioural question must ask what the candidate did, not what they would do. Ask about a past occasion.",
        span: [hypothetical.index, hypothetical.index + hypothetical[0].length],
      });
    } else if (!PAST_CUE.test(text)) {
      findings.push({
        code: "not-behavioural",
        severity: "warning",
        message: "Does not clearly ask about a real past occasion. Start with 'Tell me about a time when…'.",
      });
    }
  }
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

/** Where the first of the patterns that matches does, if any. */
function firstMatch(patterns: readonly RegExp[], text: string): readonly [number, number] | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return [match.index, match.index + match[0].length];
  }
  return undefined;
}

function spanOf(text: string, part: string): readonly [number, number] {
  const at = text.indexOf(part);
  return [Math.max(0, at), Math.max(0, at) + part.length];
}
