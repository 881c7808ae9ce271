import type { Level } from "../../competencies/index.js";
import type { AnalyzedSentence, AnswerFeatures } from "../features/answerFeatures.js";
import type { Evidence, Flag, FlagCode, Span } from "../schema.js";

/** What the cap rules read about an answer. */
export interface CapContext {
  readonly features: AnswerFeatures;
  readonly sentences: readonly AnalyzedSentence[];
  readonly situational: boolean;
  /** Counted counter-evidence. */
  readonly redFlags: readonly Evidence[];
  /** Counted positive indicator evidence. */
  readonly positives: readonly Evidence[];
  /** The competency's behaviours, found only negated. */
  readonly negated: readonly Evidence[];
  /** Where the competency asked ranks among the framework's for this answer (1 first, 0 last), and how similar. */
  readonly topic: { readonly rank: number; readonly similarity: number };
  /** Overlap with the question and a service context, 0-1. */
  readonly relevance: number;
  /** Whether the answer tells of anyone served, or of contact with them (a customer, "she", an order, a call). */
  readonly served: boolean;
}

/** A rule that caps the level, flags the answer, or both. Rules are data: each has its code, condition, cap and reason. */
export interface CapRule {
  /** The flag it raises. */
  readonly code: FlagCode;
  /** The highest level the answer can reach when it applies (5: it flags, it does not cap). */
  readonly cap: Level;
  /** Whether it applies. */
  readonly applies: (c: CapContext) => boolean;
  /** The flag's message. */
  readonly message: (c: CapContext) => string;
  /** Where in the answer, when it points at text. */
  readonly spans?: (c: CapContext) => Span[];
  /** The reason a recruiter reads, when it caps. */
  readonly reason?: (c: CapContext) => string;
}

const spansWhere = (c: CapContext, pick: (s: AnalyzedSentence) => boolean): Span[] => c.sentences.filter(pick).map((s): Span => [s.start, s.end]);
const lower = (text: string): string => text.replace(/\.$/, "").toLowerCase();
/** The answer tells a plan: a situational answer may lay it out in the present tense ("First I check the order…"). */
const plans = (c: CapContext): boolean => c.situational && c.features.generalStatements + c.features.plannedActions > 0;
/** Self-description without a story or a plan. */
const generic = (c: CapContext): boolean => c.features.mode === "general" && !plans(c);
/** Every action is the team's, or nearly: one "I" among many "we". */
const weOnly = (c: CapContext): boolean => !c.situational && c.features.teamActions > 0 && (c.features.selfActions === 0 || (c.features.selfActions <= 1 && c.features.ownership < 0.25));
/** Nothing in the answer is about the competency asked, however well told. */
const offTopic = (c: CapContext): boolean => c.positives.length === 0 && c.topic.rank < 0.25;
/**
 * No one is served in the answer: no customer, no third person or name, no call, order or message, however well it is
 * told, though the question asks about serving someone (`served` is true for a question that does not). No evidence of
 * the competency, so level 1, where an answer that only ranks low on the topic is capped at 2: the rank is noisier. An
 * answer that tells no story at all is capped for that instead ({@link generic}).
 */
const servesNoOne = (c: CapContext): boolean => c.positives.length === 0 && !c.served && !offTopic(c) && !generic(c);
/** Other competencies fit the answer better than the one asked, but not so far that it is plainly about something else. */
const maybeOffTopic = (c: CapContext): boolean => c.positives.length === 0 && !offTopic(c) && !servesNoOne(c) && c.topic.rank < 0.4;

/** The cap rules, in the order their reasons are given. */
export const CAP_RULES: readonly CapRule[] = [
  {
    code: "instruction-like",
    cap: 5,
    applies: (c) => c.features.instructionSentences > 0,
    message: () => "Part of the answer speaks to the scorer (e.g. asks for a score); it was ignored.",
    spans: (c) => spansWhere(c, (s) => s.instruction),
    reason: () => "Text addressed to the scorer was ignored; only the rest of the answer was rated.",
  },
  {
    code: "repeated-text",
    cap: 5,
    applies: (c) => c.features.repeatedSentences > 0,
    message: (c) => `${c.features.repeatedSentences} sentence${c.features.repeatedSentences === 1 ? " is" : "s are"} repeated word for word; each was read once.`,
    spans: (c) => spansWhere(c, (s) => s.repeated),
  },
  {
    code: "contempt-or-blame",
    cap: 1,
    applies: (c) => c.redFlags.length > 0,
    message: (c) => `The candidate describes ${[...new Set(c.redFlags.map((r) => lower(r.description)))].slice(0, 2).join("; ")}.`,
    spans: (c) => c.redFlags.map((r) => r.span),
    reason: (c) => `Red flag: ${lower(c.redFlags[0]?.description ?? "")} (“${c.redFlags[0]?.quote ?? ""}”). Counter-evidence is level 1 on the rubric scale, however polished the rest.`,
  },
  {
    code: "hypothetical-to-behavioural",
    cap: 2,
    applies: (c) => !c.situational && c.features.mode === "hypothetical",
    message: () => "The question asks for a past example; the answer says what the candidate would do.",
    reason: () => "Says what the candidate would do rather than what they did; a behavioural question needs a real example, so the level is capped at 2.",
  },
  {
    code: "generic-claims",
    cap: 2,
    applies: generic,
    message: () => "The answer describes the candidate in general terms instead of telling a specific story.",
    reason: () => "Self-description without a specific story caps the level at 2.",
  },
  {
    code: "no-personal-action",
    cap: 2,
    applies: weOnly,
    message: () => "Every action, or nearly, is the team's (“we”); the candidate's own part is not described.",
    reason: () => "Only “we” acted: the candidate's own actions are not described, so the level is capped at 2.",
  },
  {
    code: "no-personal-action",
    cap: 5,
    applies: (c) => !c.situational && !weOnly(c) && c.features.selfActions === 0 && c.features.mode !== "hypothetical",
    message: () => "The answer describes no action the candidate took.",
  },
  {
    code: "negated-behaviour",
    cap: 5,
    applies: (c) => c.negated.length > 0 && c.positives.length === 0,
    message: () => "The competency's behaviours appear only negated (“I didn't …”).",
    spans: (c) => c.negated.map((n) => n.span),
  },
  {
    code: "off-topic",
    cap: 2,
    applies: offTopic,
    message: () => "The answer is about something other than the competency asked: other competencies' questions fit it better. Check that it answers the question.",
    reason: () => "The story does not show the competency asked (it fits other competencies' questions better), so the level is capped at 2.",
  },
  {
    code: "off-topic",
    cap: 1,
    applies: servesNoOne,
    message: () => "The answer tells of no one served (no customer or other person, no call, order or message): it is about something other than serving a customer. Check that it answers the question.",
    reason: () => "No one is served in the answer, so it shows nothing of how the candidate serves customers: no evidence, which is level 1 on the rubric scale.",
  },
  {
    code: "off-topic",
    cap: 5,
    applies: maybeOffTopic,
    message: () => "Other competencies' questions fit this answer better than the one asked; check that it answers the question.",
  },
];

/**
 * Applies the cap rules: the highest level the answer can reach, its flags, and the reasons for each cap.
 *
 * @param context - what the rules read
 * @param rules - the rules ({@link CAP_RULES} by default)
 * @returns the cap (5 when nothing caps), the flags and the reasons
 */
export function applyCaps(context: CapContext, rules: readonly CapRule[] = CAP_RULES): { cap: Level; flags: Flag[]; reasons: string[] } {
  let cap: Level = 5;
  const flags: Flag[] = [];
  const reasons: string[] = [];
  for (const rule of rules) {
    if (!rule.applies(context)) continue;
    const spans = rule.spans?.(context);
    flags.push({ code: rule.code, message: rule.message(context), ...(spans !== undefined && spans.length > 0 ? { spans } : {}) });
    if (rule.cap < cap) cap = rule.cap;
    const reason = rule.reason?.(context);
    if (reason !== undefined) reasons.push(reason);
  }
  return { cap, flags, reasons };
}
