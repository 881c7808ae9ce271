import { fromZodIssues, type Issue, RapportError } from "../errors.js";
import { InterviewKit } from "./kitSchema.js";
import type { StarQuestion } from "./schema.js";

const clock = (minute: number): string => `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, "0")}`;

/**
 * Renders one question for an interviewer: the question, its probes, and the anchors beside it.
 *
 * @param question - the question
 * @param number - its number in the interview
 * @returns Markdown text
 * @example
 * ```ts
 * import { generateQuestions, renderQuestionMarkdown } from "rapport";
 *
 * const [question] = generateQuestions({ competencies: ["patience"], count: 1, seed: 1 });
 * renderQuestionMarkdown(question, 1).startsWith("### Q1."); //=> true
 * ```
 */
export function renderQuestionMarkdown(question: StarQuestion, number: number): string {
  return [
    `### Q${number}. ${question.text}`,
    "",
    `*${question.competency}${question.facet ? ` · ${question.facet}` : ""} · ${question.type} · ${question.durationMinutes} min*`,
    "",
    "| Probe for | Ask |",
    "| --- | --- |",
    `| Situation | ${question.probes.situation} |`,
    `| Task | ${question.probes.task} |`,
    `| Action | ${question.probes.action} |`,
    `| Result | ${question.probes.result} |`,
    "",
    "| Level | What the answer sounds like | Notes |",
    "| --- | --- | --- |",
    ...question.anchors.map((a) => `| ${a.level} | ${a.text} |  |`),
    "",
    "Rating: ☐ 1 ☐ 2 ☐ 3 ☐ 4 ☐ 5",
    "",
  ].join("\n");
}

/**
 * Renders an interview kit as a printable Markdown interview guide: agenda, coverage, and each
 * question with its probes and the rubric anchors beside it.
 *
 * @param kit - the kit
 * @returns Markdown text
 * @example
 * ```ts
 * import { buildInterviewKit, renderKitMarkdown } from "rapport";
 *
 * renderKitMarkdown(buildInterviewKit({ role: "team-lead", durationMinutes: 30, seed: 1 })).split("\n")[0]; //=> "# Customer service team lead — 30-minute interview kit"
 * ```
 */
export function renderKitMarkdown(kit: InterviewKit): string {
  const lines = [`# ${kit.title}`, "", `Seed ${String(kit.seed)} · ${kit.questions.length} questions · ${kit.plannedMinutes} of ${kit.durationMinutes} minutes planned`, ""];
  lines.push("## Agenda", "", "| Time | Minutes | Item |", "| --- | ---: | --- |");
  for (const item of kit.agenda) lines.push(`| ${clock(item.startMinute)} | ${item.durationMinutes} | ${item.title} |`);
  lines.push("", "## Coverage", "", "| Competency | Weight | Questions | Must have |", "| --- | ---: | ---: | --- |");
  for (const c of kit.coverage) {
    lines.push(`| ${c.name} | ${(c.weight * 100).toFixed(0)}% | ${c.questions} | ${c.minLevel ? `level ${c.minLevel}+` : ""} |`);
  }
  if (kit.omitted.length > 0) {
    lines.push("", "### Left out", "");
    for (const o of kit.omitted) lines.push(`- **${o.competency}**${o.mustHave ? " (must-have!)" : ""}: ${o.reason}`);
  }
  lines.push("", "## Questions", "");
  kit.questions.forEach((q, i) => lines.push(renderQuestionMarkdown(q, i + 1)));
  lines.push(`*rapport ${kit.versions.library}, rubrics ${kit.versions.rubric}*`, "");
  return lines.join("\n");
}

/**
 * Renders an interview kit as JSON, validated against its schema first.
 *
 * @param kit - the kit
 * @returns pretty-printed JSON
 * @throws {RapportError} `invalid-input` naming the field, if the kit was altered into an invalid shape
 * @example
 * ```ts
 * import { buildInterviewKit, InterviewKit, renderKitJson } from "rapport";
 *
 * const kit = buildInterviewKit({ role: "team-lead", durationMinutes: 30, seed: 1 });
 * InterviewKit.parse(JSON.parse(renderKitJson(kit))).id === kit.id; //=> true
 * ```
 */
export function renderKitJson(kit: InterviewKit): string {
  const parsed = InterviewKit.safeParse(kit);
  if (!parsed.success) throw new RapportError(fromZodIssues(parsed.error.issues, ["kit"]) as [Issue, ...Issue[]]);
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}
