import { SCHEMA_VERSION } from "../schemaVersion.js";
import { addMinutes } from "date-fns/addMinutes";
import { differenceInMinutes } from "date-fns/differenceInMinutes";
import * as z from "zod";
import { type Competency, type Framework, getCompetency, getRole, safeGetCompetency, type Level, type LookupOptions, type RoleProfile, RUBRIC_VERSION, ServiceSetting } from "../competencies/index.js";
import { fromZodIssues, type Issue, RapportError, type SafeResult, unwrap } from "../errors.js";
import { VERSION } from "../version.js";
import { BUILT_IN_BANKS } from "./bank/index.js";
import { drawQuestions, QUESTION_MINUTES, type QuestionRequest, SITUATIONAL_PROBES } from "./generateQuestions.js";
import type { AgendaItem, InterviewKit, KitCoverage, KitOmission } from "./kitSchema.js";
import { lintQuestion } from "./lintQuestion.js";
import { hashText } from "./random.js";
import { type QuestionBank, QuestionType, type StarQuestion } from "./schema.js";

/** A question of the interviewer's own, to include in a kit after lint. */
export const CustomQuestion = z.object({
  /** The question as it will be asked. */
  text: z.string().min(1),
  /** The competency it assesses (id or alias). */
  competency: z.string().min(1),
  /** Behavioural or situational. */
  type: QuestionType,
});
/** A question of the interviewer's own, to include in a kit after lint. */
export type CustomQuestion = z.infer<typeof CustomQuestion>;

/** Options of {@link buildInterviewKit}. */
export const BuildInterviewKitOptions = z
  .object({
    /** A role id: its weights and must-haves decide the coverage. */
    role: z.string().min(1).optional(),
    /** Competencies (ids or aliases) to cover, when no role is given. */
    competencies: z.array(z.string().min(1)).min(1).optional(),
    /** Weights of those competencies (summing to 1); equal by default. */
    weights: z.record(z.string(), z.number().positive()).optional(),
    /** The time budget, in minutes. */
    durationMinutes: z.number().int().positive().max(480),
    /** The seed for drawing questions. */
    seed: z.union([z.number().int(), z.string().min(1)]),
    /** When the interview starts, to put clock times on the agenda. */
    startAt: z
      .date()
      .refine((d) => d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9998, "Give a start from year 1 to 9998: a kit stores its times in ISO form, which ends at 9999.")
      .optional(),
    /** The interviewer's own questions, linted and asked first. */
    customQuestions: z.array(CustomQuestion).optional(),
  })
  .refine((o) => o.role !== undefined || o.competencies !== undefined, {
    message: "Give a role, or competencies (with optional weights).",
    path: ["role"],
  });
/** Options of {@link buildInterviewKit}. */
export type BuildInterviewKitOptions = z.input<typeof BuildInterviewKitOptions> & {
  /** Your own framework; the built-in one by default. */
  readonly framework?: Framework;
  /** Question banks in place of (or beside) the built-in ones. */
  readonly banks?: Readonly<Record<string, QuestionBank>>;
};

/** Minutes for the fixed parts of an interview, by budget. */
function fixedParts(budget: number): { opening: number; candidate: number; close: number } {
  return budget >= 30 ? { opening: 5, candidate: 5, close: 2 } : { opening: 2, candidate: 3, close: 1 };
}

/** The shortest budget that fits the fixed parts and one situational question. */
export const MIN_KIT_MINUTES = ((): number => {
  const parts = fixedParts(0);
  return parts.opening + parts.candidate + parts.close + QUESTION_MINUTES.situational;
})();

/** A failed result carrying `issues` (at least one). */
function failure(issues: Issue[]): SafeResult<never> {
  return { success: false, issues: issues as [Issue, ...Issue[]] };
}

/** The options once parsed. */
type ParsedOptions = z.output<typeof BuildInterviewKitOptions>;
/** Fixed parts' minutes, as {@link fixedParts} gives them. */
type FixedParts = ReturnType<typeof fixedParts>;
/** Must-have competencies and their lowest acceptable level. */
type MustHaves = ReadonlyMap<string, Level>;
/** Competencies with their weights, heaviest first (ties by id). */
type ByWeight = readonly (readonly [string, number])[];
/** Question banks by competency id. */
type Banks = Readonly<Record<string, QuestionBank>>;

/**
 * Builds an interview kit without throwing.
 *
 * @param options - a role (or competencies and weights), a time budget and a seed
 * @returns the kit, or issues naming the option at fault
 * @example
 * ```ts
 * import { safeBuildInterviewKit } from "rapport";
 *
 * const kit = safeBuildInterviewKit({ role: "retail-associate", durationMinutes: 5, seed: 1 });
 * kit.success ? null : kit.issues[0].code; //=> "budget-too-short"
 * ```
 */
export function safeBuildInterviewKit(options: BuildInterviewKitOptions): SafeResult<InterviewKit> {
  const parsed = BuildInterviewKitOptions.safeParse(options);
  if (!parsed.success) return failure(fromZodIssues(parsed.error.issues));
  const input = parsed.data;
  const lookup: LookupOptions = options.framework ? { framework: options.framework } : {};
  const banks = { ...BUILT_IN_BANKS, ...options.banks };
  if (input.durationMinutes < MIN_KIT_MINUTES) return failure([budgetTooShort(input.durationMinutes)]);

  const weighting = weightsOf(input, lookup);
  if (!weighting.success) return weighting;
  const { role, weights } = weighting.data;
  const mustHave: MustHaves = new Map((role?.mustHave ?? []).map((m) => [m.competency, m.minLevel]));
  const custom = customQuestionsOf(input.customQuestions ?? [], lookup, banks);
  if (!custom.success) return custom;

  const parts = fixedParts(input.durationMinutes);
  const plan = startPlan(weights, custom.data, input.durationMinutes - parts.opening - parts.candidate - parts.close);
  if (plan.remaining < 0) {
    return failure([
      { code: "budget-too-short", path: ["customQuestions"], message: `The custom questions alone need more than the ${input.durationMinutes} minutes given.` },
    ]);
  }
  const byWeight: ByWeight = Object.entries(weights).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  askMustHaves(plan, byWeight, mustHave, banks);
  fillByWeight(plan, byWeight, banks);

  const drawn = drawKitQuestions(plan.requests, custom.data, { seed: input.seed, role, banks, byWeight, mustHave });
  if (!drawn.success) return drawn;
  const questions = drawn.data;
  const { agenda, plannedMinutes } = timeAgenda(questions, parts, input.startAt);
  const coverage = coverageOf(byWeight, questions, mustHave, lookup);
  return {
    success: true,
    data: {
      schemaVersion: SCHEMA_VERSION,
      id: `kit-${hashText([role?.id ?? "", input.durationMinutes, String(input.seed), ...questions.map((q) => q.id)].join("|"))}`,
      title: `${role ? role.name : "Interview"} — ${input.durationMinutes}-minute interview kit`,
      ...(role ? { role: { id: role.id, name: role.name } } : {}),
      durationMinutes: input.durationMinutes,
      plannedMinutes,
      seed: input.seed,
      coverage,
      questions,
      agenda,
      omitted: omissionsOf(coverage, mustHave, input.durationMinutes, questions.length),
      versions: { library: VERSION, rubric: options.framework?.version ?? RUBRIC_VERSION },
    },
  };
}

/** Refuses a budget that cannot hold the fixed parts and one question. */
function budgetTooShort(durationMinutes: number): Issue {
  return {
    code: "budget-too-short",
    path: ["durationMinutes"],
    message: `${durationMinutes} minutes cannot hold an opening, one question and a close; give at least ${MIN_KIT_MINUTES} minutes.`,
  };
}

/** Decides who weighs what: the role's weights, or the competencies given with their weights (equal by default), normalised to sum to 1. */
function weightsOf(input: ParsedOptions, lookup: LookupOptions): SafeResult<{ role: RoleProfile | undefined; weights: Record<string, number> }> {
  try {
    if (input.role !== undefined) {
      const role = getRole(input.role, lookup);
      return { success: true, data: { role, weights: { ...role.weights } } };
    }
    const ids = (input.competencies ?? []).map((name) => getCompetency(name, lookup).id);
    const given = input.weights ?? {};
    const raw = Object.fromEntries(ids.map((id, i) => [id, given[id] ?? given[(input.competencies ?? [])[i] ?? ""] ?? 1 / ids.length]));
    const total = Object.values(raw).reduce((a, b) => a + b, 0);
    if (input.weights !== undefined && Math.abs(total - 1) > 1e-6) {
      return failure([{ code: "weights-not-one", path: ["weights"], message: `Weights sum to ${Number(total.toFixed(6))}; they must sum to 1.` }]);
    }
    return { success: true, data: { role: undefined, weights: Object.fromEntries(Object.entries(raw).map(([id, w]) => [id, w / total])) } };
  } catch (error) {
    if (error instanceof RapportError) return failure(error.issues.map((i) => ({ ...i, path: [input.role !== undefined ? "role" : "competencies"] })));
    throw error;
  }
}

/** Decides which of the interviewer's own questions go in: each one linted, and every one that fails rejected with its reasons. */
function customQuestionsOf(questions: readonly CustomQuestion[], lookup: LookupOptions, banks: Banks): SafeResult<StarQuestion[]> {
  const custom: StarQuestion[] = [];
  const rejected: Issue[] = [];
  questions.forEach((question, i) => {
    const findings = lintQuestion(question.text, { type: question.type }).filter((f) => f.severity === "error");
    if (findings.length > 0) {
      rejected.push({
        code: "question-rejected",
        path: ["customQuestions", i, "text"],
        message: `Rejected "${question.text}": ${findings.map((f) => f.message).join(" ")}`,
      });
      return;
    }
    const competency = safeGetCompetency(question.competency, lookup);
    if (!competency.success) {
      rejected.push(...competency.issues.map((issue): Issue => ({ ...issue, path: ["customQuestions", i, "competency"] })));
      return;
    }
    custom.push(customQuestionOf(question, competency.data, banks));
  });
  return rejected.length > 0 ? failure(rejected) : { success: true, data: custom };
}

/** Turns an accepted custom question into a kit question: id from its words, probes by type, the rubric's odd levels as anchors. */
function customQuestionOf(question: CustomQuestion, competency: Competency, banks: Banks): StarQuestion {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `q-${hashText(question.text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim())}`,
    text: question.text,
    type: question.type,
    competency: competency.id,
    templateId: "custom",
    slots: {},
    probes: question.type === "situational" ? SITUATIONAL_PROBES : genericProbes(banks[competency.id]),
    anchors: competency.rubric.filter((r) => r.level % 2 === 1).map((r) => ({ level: r.level, text: r.summary })),
    durationMinutes: QUESTION_MINUTES[question.type],
  };
}

/** A kit's questions being planned: minutes left, questions per competency, templates used per competency and type, questions to draw. */
interface Plan {
  remaining: number;
  readonly assigned: Map<string, number>;
  readonly usedOf: Map<string, number>;
  readonly requests: QuestionRequest[];
}

/** Starts the plan with the custom questions paid for: their minutes taken from `minutes` (which may go below zero) and counted per competency. */
function startPlan(weights: Readonly<Record<string, number>>, custom: readonly StarQuestion[], minutes: number): Plan {
  const plan: Plan = { remaining: minutes, assigned: new Map(Object.keys(weights).map((id) => [id, 0])), usedOf: new Map(), requests: [] };
  for (const question of custom) {
    plan.remaining -= question.durationMinutes;
    plan.assigned.set(question.competency, (plan.assigned.get(question.competency) ?? 0) + 1);
  }
  return plan;
}

/** How many templates of a type a competency's bank holds. */
function templatesOf(banks: Banks, id: string, type: QuestionType): number {
  return (banks[id]?.templates ?? []).filter((t) => t.type === type).length;
}

/** Decides whether one more question on `id` fits, and of which type: behavioural when it fits with `reserve` minutes kept back, else a shorter situational one. */
function takeQuestion(plan: Plan, id: string, banks: Banks, reserve = 0): boolean {
  const used = (type: QuestionType): number => plan.usedOf.get(`${id}:${type}`) ?? 0;
  const roomForBehavioural = plan.remaining - reserve >= QUESTION_MINUTES.behavioural && used("behavioural") < templatesOf(banks, id, "behavioural");
  const type: QuestionType = roomForBehavioural ? "behavioural" : "situational";
  if (plan.remaining < QUESTION_MINUTES[type] || used(type) >= templatesOf(banks, id, type)) return false;
  plan.requests.push({ competency: id, type });
  plan.usedOf.set(`${id}:${type}`, used(type) + 1);
  plan.assigned.set(id, (plan.assigned.get(id) ?? 0) + 1);
  plan.remaining -= QUESTION_MINUTES[type];
  return true;
}

/** Gives every must-have not yet asked about its question first, each keeping back enough time for a short question on those still to come. */
function askMustHaves(plan: Plan, byWeight: ByWeight, mustHave: MustHaves, banks: Banks): void {
  const mustAsk = byWeight.filter(([id]) => mustHave.has(id) && (plan.assigned.get(id) ?? 0) === 0);
  mustAsk.forEach(([id], i) => takeQuestion(plan, id, banks, (mustAsk.length - i - 1) * QUESTION_MINUTES.situational));
}

/** Allocates the time left by weight (Sainte-Laguë): the next question goes to the competency with the highest weight / (2k + 1), until none fits. */
function fillByWeight(plan: Plan, byWeight: ByWeight, banks: Banks): void {
  for (;;) {
    const candidates = byWeight
      .map(([id, w]) => ({ id, quotient: w / (2 * (plan.assigned.get(id) ?? 0) + 1) }))
      .sort((a, b) => b.quotient - a.quotient || a.id.localeCompare(b.id));
    if (!candidates.some(({ id }) => takeQuestion(plan, id, banks))) break;
  }
}

/** What {@link drawKitQuestions} draws with and orders by. */
interface KitDraw {
  readonly seed: number | string;
  readonly role: RoleProfile | undefined;
  readonly banks: Banks;
  readonly byWeight: ByWeight;
  readonly mustHave: MustHaves;
}

/** Draws the planned questions and decides their order: custom questions at the front, then must-haves, then heavier competencies. */
function drawKitQuestions(requests: readonly QuestionRequest[], custom: readonly StarQuestion[], draw: KitDraw): SafeResult<StarQuestion[]> {
  const drawn = drawQuestions(requests, {
    seed: draw.seed,
    types: QuestionType.options,
    settings: draw.role?.settings ?? ServiceSetting.options,
    scenarios: draw.role?.scenarios ?? [],
    banks: draw.banks,
  });
  if (!drawn.success) return drawn;
  const rank = new Map([...draw.byWeight].sort((a, b) => Number(draw.mustHave.has(b[0])) - Number(draw.mustHave.has(a[0]))).map(([id], i) => [id, i]));
  const questions = [...custom, ...drawn.data.sort((a, b) => (rank.get(a.competency) ?? 0) - (rank.get(b.competency) ?? 0))];
  if (questions.length === 0) {
    return failure([{ code: "budget-too-short", path: ["durationMinutes"], message: "No question fits the time budget." }]);
  }
  return { success: true, data: questions };
}

/** Times the agenda with date-fns from the start (or from minute zero): opening, the questions, the candidate's questions, close. */
function timeAgenda(questions: readonly StarQuestion[], parts: FixedParts, startAt: Date | undefined): { agenda: AgendaItem[]; plannedMinutes: number } {
  const origin = startAt ?? new Date(0);
  const items: Omit<AgendaItem, "startMinute" | "startsAt">[] = [
    { kind: "opening", title: "Welcome, introductions, how the interview will run", durationMinutes: parts.opening },
    ...questions.map((q, i) => ({ kind: "question" as const, title: `Q${i + 1} · ${q.competency}`, durationMinutes: q.durationMinutes, questionId: q.id })),
    { kind: "candidate-questions", title: "The candidate's questions", durationMinutes: parts.candidate },
    { kind: "close", title: "Next steps and close", durationMinutes: parts.close },
  ];
  let clock = origin;
  const agenda = items.map((item): AgendaItem => {
    const timed = { ...item, startMinute: differenceInMinutes(clock, origin), ...(startAt ? { startsAt: clock.toISOString() } : {}) };
    clock = addMinutes(clock, item.durationMinutes);
    return timed;
  });
  return { agenda, plannedMinutes: differenceInMinutes(clock, origin) };
}

/** Counts the questions each competency got, heaviest competency first, with the must-haves' minimum level. */
function coverageOf(byWeight: ByWeight, questions: readonly StarQuestion[], mustHave: MustHaves, lookup: LookupOptions): KitCoverage[] {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.competency, (counts.get(q.competency) ?? 0) + 1);
  return byWeight.map(([id, weight]) => ({
    competency: id,
    name: getCompetency(id, lookup).name,
    weight,
    questions: counts.get(id) ?? 0,
    ...(mustHave.has(id) ? { minLevel: mustHave.get(id) } : {}),
  })) as KitCoverage[];
}

/** Accounts for every competency left without a question: its weight, whether it is a must-have, and how many more minutes would reach it. */
function omissionsOf(coverage: readonly KitCoverage[], mustHave: MustHaves, durationMinutes: number, questionCount: number): KitOmission[] {
  return coverage
    .filter((c) => c.questions === 0)
    .map((c) => ({
      competency: c.competency,
      weight: c.weight,
      mustHave: mustHave.has(c.competency),
      reason: `Not enough time: ${durationMinutes} minutes hold ${questionCount} question${questionCount === 1 ? "" : "s"}, given to heavier${mustHave.size > 0 ? " and must-have" : ""} competencies first. About ${QUESTION_MINUTES.behavioural} more minutes would add a question on ${c.name}.`,
    }));
}

/** The STAR probes of a behavioural custom question: its bank's first of each, or generic ones without a bank. */
function genericProbes(bank: QuestionBank | undefined): StarQuestion["probes"] {
  return {
    situation: bank?.probes.situation[0] ?? "What was the situation, and who was involved?",
    task: bank?.probes.task[0] ?? "What was your part in it?",
    action: bank?.probes.action[0] ?? "What exactly did you do?",
    result: bank?.probes.result[0] ?? "How did it turn out?",
  };
}

/**
 * Builds a whole interview kit: questions chosen so that coverage follows the role's weights and
 * every must-have competency gets a question first, fitted to the time budget (opening, questions
 * with probe time, the candidate's questions, close), with a timed agenda and an account of what
 * was left out.
 *
 * @param options - a role (or competencies and weights), a time budget in minutes and a seed
 * @returns the kit
 * @throws {RapportError} `budget-too-short` when not even one question fits; `question-rejected`
 *   for a custom question that fails lint; `unknown-role` / `unknown-competency`
 * @example
 * ```ts
 * import { buildInterviewKit } from "rapport";
 *
 * const kit = buildInterviewKit({ role: "contact-centre-agent", durationMinutes: 45, seed: 7 });
 * kit.plannedMinutes <= 45; //=> true
 * kit.agenda[0].kind; //=> "opening"
 * ```
 */
export function buildInterviewKit(options: BuildInterviewKitOptions): InterviewKit {
  return unwrap(safeBuildInterviewKit(options));
}
