import { SCHEMA_VERSION } from "../schemaVersion.js";
import * as z from "zod";
import { type Framework, getCompetency, getRole, ServiceSetting } from "../competencies/index.js";
import { fromZodIssues, type Issue, RapportError, type SafeResult, unwrap } from "../errors.js";
import { BUILT_IN_BANKS } from "./bank/index.js";
import { fillTemplate, slotsOf } from "./fill.js";
import { type Chooser, createChooser, hashText } from "./random.js";
import { type FilledSlots, type QuestionBank, type QuestionTemplate, QuestionType, QuestionTypeInput, type StarQuestion } from "./schema.js";
import { CHANNELS, CUSTOMERS, PROBLEMS, SETTINGS } from "./slots.js";

/**
 * Follow-up probes for a situational question, whose answer is a plan rather than a story.
 * (The banks' probes ask about a past occasion, for behavioural questions.)
 */
export const SITUATIONAL_PROBES: StarQuestion["probes"] = {
  situation: "What would you want to find out first about the customer and the problem?",
  task: "What would you be trying to achieve for the customer, and for the business?",
  action: "What exactly would you say and do, step by step?",
  result: "How would you know it had worked, and what would you do afterwards?",
};

/** Suggested minutes per question, probes included. */
export const QUESTION_MINUTES: Readonly<Record<QuestionType, number>> = { behavioural: 7, situational: 5 };

/** Options of {@link generateQuestions}. */
export const GenerateQuestionsOptions = z.object({
  /** Competency ids or aliases to ask about; questions are spread across them in turn. */
  competencies: z.array(z.string().min(1)).min(1),
  /** How many questions in all. */
  count: z.number().int().min(1).max(500),
  /** The seed: the same options and seed give the same questions in the same order. */
  seed: z.union([z.number().int(), z.string().min(1)]),
  /** Which types to draw from; both by default. */
  types: z.array(QuestionTypeInput).min(1).optional(),
  /** A role id: its settings and scenarios choose the customers' problems and channels. */
  role: z.string().min(1).optional(),
  /** Settings to draw scenarios from, when no role is given; all by default. */
  settings: z.array(ServiceSetting).min(1).optional(),
});
/** Options of {@link generateQuestions}. */
export type GenerateQuestionsOptions = z.input<typeof GenerateQuestionsOptions> & {
  /** Your own framework, for `role` and competency lookups; the built-in one by default. */
  readonly framework?: Framework;
  /** Question banks to use in place of (or beside) the built-in ones, by competency id. */
  readonly banks?: Readonly<Record<string, QuestionBank>>;
};

interface Context {
  readonly chooser: Chooser;
  readonly settings: readonly ServiceSetting[];
  readonly scenarios: readonly string[];
  readonly used: Map<string, number>;
}

function leastUsed<T extends { readonly id: string }>(items: readonly T[], context: Context, kind: string): T | undefined {
  if (items.length === 0) return undefined;
  const counts = items.map((item) => context.used.get(`${kind}:${item.id}`) ?? 0);
  const min = Math.min(...counts);
  const fresh = items.filter((_, i) => counts[i] === min);
  const chosen = fresh[context.chooser.index(fresh.length)];
  if (chosen) context.used.set(`${kind}:${chosen.id}`, min + 1);
  return chosen;
}

function chooseSlots(template: QuestionTemplate, context: Context): FilledSlots {
  const names = slotsOf(`${template.text} ${template.guide[1]} ${template.guide[3]} ${template.guide[5]}`);
  if (names.length === 0) return {};
  const setting = leastUsed(SETTINGS.filter((s) => context.settings.includes(s.id)), context, "setting") ?? SETTINGS[0];
  const settingId = setting?.id ?? "contact-centre";
  const slots: { -readonly [K in keyof FilledSlots]: FilledSlots[K] } = {};
  if (names.includes("setting")) slots.setting = settingId;
  if (names.includes("problem")) {
    const inSetting = PROBLEMS.filter((p) => p.settings.includes(settingId));
    const preferred = inSetting.filter((p) => context.scenarios.includes(p.id));
    const problem = leastUsed(preferred.length > 0 ? preferred : inSetting, context, "problem");
    if (problem) slots.problem = problem.id;
  }
  if (names.includes("channel")) {
    const channel = leastUsed(CHANNELS.filter((c) => c.settings.includes(settingId)), context, "channel");
    if (channel) slots.channel = channel.id;
  }
  if (names.includes("customer")) {
    const customer = leastUsed(CUSTOMERS, context, "customer");
    if (customer) slots.customer = customer.id;
  }
  if (!names.includes("setting") && (slots.problem !== undefined || slots.channel !== undefined)) slots.setting = settingId;
  return slots;
}

/** One question to draw: for this competency, of this type (any allowed type by default). */
export interface QuestionRequest {
  readonly competency: string;
  readonly type?: QuestionType;
}

/** What {@link drawQuestions} draws from. */
export interface DrawSetup {
  readonly seed: number | string;
  readonly types: readonly QuestionType[];
  readonly settings: readonly ServiceSetting[];
  readonly scenarios: readonly string[];
  readonly banks: Readonly<Record<string, QuestionBank>>;
}

/**
 * Draws questions for a list of requests: each competency's templates in a seeded order, each
 * template at most once, slot values spread so the set does not repeat itself.
 *
 * @param requests - one entry per question wanted
 * @param setup - seed, allowed types, settings, scenarios and banks
 * @returns the questions in request order, or an issue when a bank runs out of templates
 */
export function drawQuestions(requests: readonly QuestionRequest[], setup: DrawSetup): SafeResult<StarQuestion[]> {
  const chooser = createChooser(setup.seed);
  const pools = new Map<string, QuestionTemplate[]>();
  const context: Context = { chooser, settings: setup.settings, scenarios: setup.scenarios, used: new Map() };
  const questions: StarQuestion[] = [];
  for (const request of requests) {
    const bank = setup.banks[request.competency];
    if (bank === undefined) {
      return { success: false, issues: [{ code: "invalid-input", path: ["competencies"], message: `No question bank for '${request.competency}'.` }] };
    }
    let pool = pools.get(request.competency);
    if (pool === undefined) {
      pool = chooser.shuffle(bank.templates.filter((t) => setup.types.includes(t.type)));
      pools.set(request.competency, pool);
    }
    const at = pool.findIndex((t) => request.type === undefined || t.type === request.type);
    const template = pool[at];
    if (template === undefined) {
      const available = bank.templates.filter((t) => (request.type ?? setup.types).includes(t.type)).length;
      return {
        success: false,
        issues: [
          {
            code: "invalid-input",
            path: ["count"],
            message: `'${request.competency}' has ${available} ${request.type ?? setup.types.join(" or ")} templates, so one set can hold at most ${available} of its questions without near-duplicates; ask for fewer.`,
          },
        ],
      };
    }
    pool.splice(at, 1);
    questions.push(questionFromTemplate(request.competency, bank, template, chooseSlots(template, context), chooser));
  }
  return { success: true, data: questions };
}

/**
 * Builds one question from a template: fills its slots, picks its probes, phrases its anchors.
 *
 * @param competencyId - the competency the template belongs to
 * @param bank - that competency's bank
 * @param template - the template
 * @param slots - the chosen slot values
 * @param chooser - picks the probes
 * @returns the question
 */
export function questionFromTemplate(
  competencyId: string,
  bank: QuestionBank,
  template: QuestionTemplate,
  slots: FilledSlots,
  chooser: Chooser,
): StarQuestion {
  const text = fillTemplate(template.text, slots);
  const pick = (list: readonly string[]): string => list[chooser.index(list.length)] ?? "";
  return {
    schemaVersion: SCHEMA_VERSION,
    id: `q-${hashText(text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim())}`,
    text,
    type: template.type,
    competency: competencyId,
    ...(template.facet !== undefined ? { facet: template.facet } : {}),
    templateId: template.id,
    slots,
    probes:
      template.type === "situational"
        ? SITUATIONAL_PROBES
        : {
            situation: pick(bank.probes.situation),
            task: pick(bank.probes.task),
            action: pick(bank.probes.action),
            result: pick(bank.probes.result),
          },
    anchors: ([1, 3, 5] as const).map((level) => ({ level, text: fillTemplate(template.guide[level], slots) })),
    durationMinutes: QUESTION_MINUTES[template.type],
  };
}

/**
 * Generates STAR interview questions for competencies without throwing.
 *
 * @param options - competencies, count, seed and optional types, role or settings
 * @returns the questions, or issues naming the option at fault
 * @example
 * ```ts
 * import { safeGenerateQuestions } from "rapport";
 *
 * safeGenerateQuestions({ competencies: ["patience"], count: 2, seed: 1 }).success; //=> true
 * const bad = safeGenerateQuestions({ competencies: ["patienc"], count: 2, seed: 1 });
 * bad.success ? null : bad.issues[0].code; //=> "unknown-competency"
 * ```
 */
export function safeGenerateQuestions(options: GenerateQuestionsOptions): SafeResult<StarQuestion[]> {
  const parsed = GenerateQuestionsOptions.safeParse(options);
  if (!parsed.success) return { success: false, issues: fromZodIssues(parsed.error.issues) as [Issue, ...Issue[]] };
  const { competencies, count, seed, types, role: roleId, settings } = parsed.data;
  const framework = options.framework;
  const lookup = framework ? { framework } : {};
  const banks = { ...BUILT_IN_BANKS, ...options.banks };

  const issues: Issue[] = [];
  const ids: string[] = [];
  competencies.forEach((name, i) => {
    try {
      const id = getCompetency(name, lookup).id;
      if (!ids.includes(id)) ids.push(id);
      if (banks[id] === undefined) {
        issues.push({ code: "invalid-input", path: ["competencies", i], message: `No question bank for '${id}': pass one in options.banks.` });
      }
    } catch (error) {
      if (!(error instanceof RapportError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, path: ["competencies", i] })));
    }
  });
  let roleSettings: readonly ServiceSetting[] = settings ?? ServiceSetting.options;
  let scenarios: readonly string[] = [];
  if (roleId !== undefined) {
    try {
      const role = getRole(roleId, lookup);
      roleSettings = role.settings;
      scenarios = role.scenarios;
    } catch (error) {
      if (!(error instanceof RapportError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, path: ["role"] })));
    }
  }
  const [first, ...rest] = issues;
  if (first) return { success: false, issues: [first, ...rest] };

  const drawn = drawQuestions(
    Array.from({ length: count }, (_, i) => ({ competency: ids[i % ids.length] as string })),
    { seed, types: types ?? QuestionType.options, settings: roleSettings, scenarios, banks },
  );
  if (!drawn.success) return drawn;
  const questions = drawn.data;
  return { success: true, data: questions };
}

/**
 * Generates STAR interview questions for competencies: behavioural ("Tell me about a time…") and
 * situational ("What would you do?"), each with STAR follow-up probes, the anchors of a weak,
 * adequate and exceptional answer phrased for the question, and a suggested duration.
 * Deterministic: the same options and seed give the same questions in the same order.
 *
 * @param options - competencies (ids or aliases), count, seed, and optional types, role or settings
 * @returns the questions, spread across the competencies in turn
 * @throws {RapportError} naming the option at fault: an unknown competency or role, a bad count
 * @example
 * ```ts
 * import { generateQuestions } from "rapport";
 *
 * const questions = generateQuestions({ competencies: ["empathy", "EI"], count: 4, seed: 42, types: ["behavioural"] });
 * questions.map((q) => q.competency); //=> ["empathy", "emotional-intelligence", "empathy", "emotional-intelligence"]
 * questions[0].type; //=> "behavioural"
 * ```
 */
export function generateQuestions(options: GenerateQuestionsOptions): StarQuestion[] {
  return unwrap(safeGenerateQuestions(options));
}
