import { BEHAVIOURAL_PROMPT, CLOSED_OPENING, HYPOTHETICAL, isStoryFollowUp, LEADING, PAST_CUE, PROMPT_OPENING, PROTECTED_TOPICS, type ProtectedTopic } from "./lintRules.js";
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
 * gender identity, arrests, union membership, genetic information), asked by name or by proxy (a
 * graduation year, a maiden name, a place of worship, family medical history); closed yes/no
 * questions; leading questions; two questions in one (a behavioural prompt with its own follow-up,
 * "…How did you handle it?", is the STAR shape and passes); and a behavioural question phrased
 * hypothetically.
 *
 * @param text - the question
 * @param options - what type of question it is meant to be
 * @returns the findings, errors first; empty when the question is fine
 * @example
 * ```ts
 * import { lintQuestion } from "rapport";
 *
 * lintQuestion("How old are you?").map((f) => f.code); //=> ["protected-topic"]
 * lintQuestion("What year did you finish school?").map((f) => f.topic); //=> ["age"]
 * lintQuestion("Tell me about a time you had to say no to a customer. How did you handle it?", { type: "behavioural" }); //=> []
 * ```
 */
export function lintQuestion(text: string, options: LintQuestionOptions = {}): LintFinding[] {
  const sentences = text.split(/(?<=[.?!])\s+/).filter((s) => s.trim() !== "");
  const findings: LintFinding[] = [
    ...protectedTopicFindings(text),
    ...closedFindings(text, sentences),
    ...leadingFindings(text),
    ...doubleBarrelledFindings(text, sentences),
    ...(options.type === "behavioural" ? behaviouralFindings(text) : []),
  ];
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

function protectedTopicFindings(text: string): LintFinding[] {
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
  return findings;
}

function closedFindings(text: string, sentences: readonly string[]): LintFinding[] {
  const questionSentences = sentences.filter((s) => s.trim().endsWith("?"));
  const closed = sentences.find((s) => CLOSED_OPENING.test(s) && !/\bwhat would you do\b/i.test(s));
  if (closed === undefined || !questionSentences.every((s) => CLOSED_OPENING.test(s))) return [];
  return [
    {
      code: "closed-question",
      severity: "error",
      message: "Can be answered yes or no. Ask for an example instead: 'Tell me about a time when…'.",
      span: spanOf(text, closed),
    },
  ];
}

function leadingFindings(text: string): LintFinding[] {
  const leading = firstMatch(LEADING, text);
  if (!leading) return [];
  return [
    {
      code: "leading-question",
      severity: "error",
      message: "Suggests the answer the interviewer wants to hear. Ask neutrally and let the candidate's example speak.",
      span: leading,
    },
  ];
}

/**
 * Two asks in one. A behavioural prompt followed by one follow-up about the same occasion ("Tell me
 * about a time you said no to a customer. How did you handle it?") is the STAR shape and one ask.
 */
function doubleBarrelledFindings(text: string, sentences: readonly string[]): LintFinding[] {
  const isAsk = (s: string): boolean => s.trim().endsWith("?") || PROMPT_OPENING.test(s);
  let asks = sentences.filter(isAsk).length;
  const [first, second, ...rest] = sentences;
  const starShape = first !== undefined && second !== undefined && BEHAVIOURAL_PROMPT.test(first) && isStoryFollowUp(second) && !rest.some(isAsk);
  if (starShape) asks -= 1;
  const joined = /\?\s*(?:and|or)\b|\b(?:and|or) (?:what|how|why|when|where|which|who) (?:did|do|would|will|was|were|is|are)\b/i.exec(text);
  if (asks <= 1 && joined === null) return [];
  return [
    {
      code: "double-barrelled",
      severity: "error",
      message: "Asks two things at once, so the answer to one hides the other. Split it into two questions.",
      ...(joined ? { span: [joined.index, joined.index + joined[0].length] as const } : {}),
    },
  ];
}

function behaviouralFindings(text: string): LintFinding[] {
  const hypothetical = HYPOTHETICAL.exec(text);
  if (hypothetical) {
    return [
      {
        code: "hypothetical-behavioural",
        severity: "error",
        message: "A behavioural question must ask what the candidate did, not what they would do. Ask about a past occasion.",
        span: [hypothetical.index, hypothetical.index + hypothetical[0].length],
      },
    ];
  }
  if (PAST_CUE.test(text)) return [];
  return [{ code: "not-behavioural", severity: "warning", message: "Does not clearly ask about a real past occasion. Start with 'Tell me about a time when…'." }];
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
