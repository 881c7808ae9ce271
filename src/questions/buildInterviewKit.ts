import { SCHEMA_VERSION } from "../schemaVersion.js";
import { addMinutes } from "date-fns/addMinutes";
import { differenceInMinutes } from "date-fns/differenceInMinutes";
import { z } from "zod";
import { type Framework, getCompetency, getRole, type RoleProfile, RUBRIC_VERSION, ServiceSetting } from "../competencies/index.js";
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

function failure(issues: Issue[]): SafeResult<never> {
  return { success: false, issues: issues as [Issue, ...Issue[]] };
}

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
  const lookup = options.framework ? { framework: options.framework } : {};
  const banks = { ...BUILT_IN_BANKS, ...options.banks };

  if (input.durationMinutes < MIN_KIT_MINUTES) {
    return failure([
      {
        code: "budget-too-short",
        path: ["durationMinutes"],
        message: `${input.durationMinutes} minutes cannot hold an opening, one question and a close; give at least ${MIN_KIT_MINUTES} minutes.`,
      },
    ]);
  }

  // Who weighs what.
  let role: RoleProfile | undefined;
  let weights: Record<string, number>;
  try {
    if (input.role !== undefined) {
      role = getRole(input.role, lookup);
      weights = { ...role.weights };
    } else {
      const ids = (input.competencies ?? []).map((name) => getCompetency(name, lookup).id);
      const given = input.weights ?? {};
      const raw = Object.fromEntries(ids.map((id, i) => [id, given[id] ?? given[(input.competencies ?? [])[i] ?? ""] ?? 1 / ids.length]));
      const total = Object.values(raw).reduce((a, b) => a + b, 0);
      if (input.weights !== undefined && Math.abs(total - 1) > 1e-6) {
        return failure([{ code: "weights-not-one", path: ["weights"], message: `Weights sum to ${Number(total.toFixed(6))}; they must sum to 1.` }]);
      }
      weights = Object.fromEntries(Object.entries(raw).map(([id, w]) => [id, w / total]));
    }
  } catch (error) {
    if (error instanceof RapportError) return failure(error.issues.map((i) => ({ ...i, path: [input.role !== undefined ? "role" : "competencies"] })));
    throw error;
  }
  const mustHave = new Map((role?.mustHave ?? []).map((m) => [m.competency, m.minLevel]));

  // The interviewer's own questions: linted, rejected with reasons.
  const custom: StarQuestion[] = [];
  const rejected: Issue[] = [];
  (input.customQuestions ?? []).forEach((question, i) => {
    const findings = lintQuestion(question.text, { type: question.type }).filter((f) => f.severity === "error");
    if (findings.length > 0) {
      rejected.push({
        code: "question-rejected",
        path: ["customQuestions", i, "text"],
        message: `Rejected "${question.text}": ${findings.map((f) => f.message).join(" ")}`,
      });
      return;
    }
    const competency = getCompetency(question.competency, lookup);
    custom.push({
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
    });
  });
  if (rejected.length > 0) return failure(rejected);

  // Time: fixed parts, then questions while they fit.
  const parts = fixedParts(input.durationMinutes);
  let remaining = input.durationMinutes - parts.opening - parts.candidate - parts.close;
  const assigned = new Map<string, number>(Object.keys(weights).map((id) => [id, 0]));
  const available = (id: string, type: QuestionType): number => (banks[id]?.templates ?? []).filter((t) => t.type === type).length;
  const usedOf = new Map<string, number>();
  const requests: QuestionRequest[] = [];
  for (const question of custom) {
    remaining -= question.durationMinutes;
    assigned.set(question.competency, (assigned.get(question.competency) ?? 0) + 1);
  }
  if (remaining < 0) {
    return failure([
      { code: "budget-too-short", path: ["customQuestions"], message: `The custom questions alone need more than the ${input.durationMinutes} minutes given.` },
    ]);
  }
  const take = (id: string, reserve = 0): boolean => {
    // A behavioural question when it fits with `reserve` minutes kept back, else a shorter situational one.
    const roomForBehavioural = remaining - reserve >= QUESTION_MINUTES.behavioural && (usedOf.get(`${id}:behavioural`) ?? 0) < available(id, "behavioural");
    const type: QuestionType = roomForBehavioural ? "behavioural" : "situational";
    if (remaining < QUESTION_MINUTES[type] || (usedOf.get(`${id}:${type}`) ?? 0) >= available(id, type)) return false;
    requests.push({ competency: id, type });
    usedOf.set(`${id}:${type}`, (usedOf.get(`${id}:${type}`) ?? 0) + 1);
    assigned.set(id, (assigned.get(id) ?? 0) + 1);
    remaining -= QUESTION_MINUTES[type];
    return true;
  };
  const byWeight = Object.entries(weights).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  // Every must-have first, each keeping back enough time for a short question on those still to come.
  const mustAsk = byWeight.filter(([id]) => mustHave.has(id) && (assigned.get(id) ?? 0) === 0);
  mustAsk.forEach(([id], i) => take(id, (mustAsk.length - i - 1) * QUESTION_MINUTES.situational));
  // Sainte-Laguë: the next question goes to the competency with the highest weight / (2k + 1).
  for (;;) {
    const candidates = byWeight
      .map(([id, w]) => ({ id, quotient: w / (2 * (assigned.get(id) ?? 0) + 1) }))
      .sort((a, b) => b.quotient - a.quotient || a.id.localeCompare(b.id));
    if (!candidates.some(({ id }) => take(id))) break;
  }

  const drawn = drawQuestions(requests, {
    seed: input.seed,
    types: QuestionType.options,
    settings: role?.settings ?? ServiceSetting.options,
    scenarios: role?.scenarios ?? [],
    banks,
  });
  if (!drawn.success) return drawn;
  // Ask must-haves first, then heavier competencies; keep custom questions at the front.
  const rank = new Map([...byWeight].sort((a, b) => Number(mustHave.has(b[0])) - Number(mustHave.has(a[0]))).map(([id], i) => [id, i]));
  const questions = [...custom, ...drawn.data.sort((a, b) => (rank.get(a.competency) ?? 0) - (rank.get(b.competency) ?? 0))];
  if (questions.length === 0) {
    return failure([{ code: "budget-too-short", path: ["durationMinutes"], message: "No question fits the time budget." }]);
  }

  // The agenda, timed with date-fns from the start (or from minute zero).
  const origin = input.startAt ?? new Date(0);
  const agenda: AgendaItem[] = [];
  let clock = origin;
  const add = (item: Omit<AgendaItem, "startMinute" | "startsAt">): void => {
    agenda.push({
      ...item,
      startMinute: differenceInMinutes(clock, origin),
      ...(input.startAt ? { startsAt: clock.toISOString() } : {}),
    });
    clock = addMinutes(clock, item.durationMinutes);
  };
  add({ kind: "opening", title: "Welcome, introductions, how the interview will run", durationMinutes: parts.opening });
  questions.forEach((q, i) => add({ kind: "question", title: `Q${i + 1} · ${q.competency}`, durationMinutes: q.durationMinutes, questionId: q.id }));
  add({ kind: "candidate-questions", title: "The candidate's questions", durationMinutes: parts.candidate });
  add({ kind: "close", title: "Next steps and close", durationMinutes: parts.close });

  const names = (id: string): string => getCompetency(id, lookup).name;
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.competency, (counts.get(q.competency) ?? 0) + 1);
  const coverage: KitCoverage[] = byWeight.map(([id, weight]) => ({
    competency: id,
    name: names(id),
    weight,
    questions: counts.get(id) ?? 0,
    ...(mustHave.has(id) ? { minLevel: mustHave.get(id) } : {}),
  })) as KitCoverage[];
  const omitted: KitOmission[] = coverage
    .filter((c) => c.questions === 0)
    .map((c) => ({
      competency: c.competency,
      weight: c.weight,
      mustHave: mustHave.has(c.competency),
      reason: `Not enough time: ${input.durationMinutes} minutes hold ${questions.length} question${questions.length === 1 ? "" : "s"}, given to heavier${mustHave.size > 0 ? " and must-have" : ""} competencies first. About ${QUESTION_MINUTES.behavioural} more minutes would add a question on ${c.name}.`,
    }));
  const plannedMinutes = differenceInMinutes(clock, origin);
  const title = `${role ? role.name : "Interview"} — ${input.durationMinutes}-minute interview kit`;
  return {
    success: true,
    data: {
      schemaVersion: SCHEMA_VERSION,
      id: `kit-${hashText([role?.id ?? "", input.durationMinutes, String(input.seed), ...questions.map((q) => q.id)].join("|"))}`,
      title,
      ...(role ? { role: { id: role.id, name: role.name } } : {}),
      durationMinutes: input.durationMinutes,
      plannedMinutes,
      seed: input.seed,
      coverage,
      questions,
      agenda,
      omitted,
      versions: { library: VERSION, rubric: options.framework?.version ?? RUBRIC_VERSION },
    },
  };
}

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
