// Shows one answer's score: level, confidence, STAR elements, the evidence highlighted in the
// answer's own text, flags, reasons, and what the next level needs. Candidate text is only ever text.
import { match } from "ts-pattern";
import { type Child, el } from "./dom.js";
import { type Mark, segmentText } from "./highlight.js";
import { levelName, nextLevelSection } from "./nextLevel.js";
import type { AnswerScore } from "./rapport.js";
import { type AnswerOutcome, MAX_ANSWER_CHARS } from "./outcome.js";

const STAR = ["situation", "task", "action", "result"] as const;

function confidenceWords(confidence: number): string {
  return confidence < 0.4 ? "low" : confidence < 0.7 ? "moderate" : "high";
}

/**
 * The score panel of one answer.
 *
 * @param outcome - the score, or why there is none
 * @param answer - the answer as scored
 * @returns the panel's children
 */
export function renderOutcome(outcome: AnswerOutcome, answer: string): Child[] {
  const status = (cls: string, text: string): Child[] => [el("p", { class: `status ${cls}`, attrs: { role: "status" } }, text)];
  return match(outcome)
    .with({ kind: "empty" }, () => status("muted", "No answer yet: type or paste the candidate's answer and it is scored as you type."))
    .with({ kind: "too-long" }, (o) =>
      status("warning", `This answer is ${o.length.toLocaleString("en")} characters long; answers over ${MAX_ANSWER_CHARS.toLocaleString("en")} characters are not scored. Shorten it, or keep only the candidate's own words.`),
    )
    .with({ kind: "error" }, (o) => status("warning", `Not scored: ${o.message}`))
    .with({ kind: "scored" }, (o) => renderScore(o.score, answer))
    .exhaustive();
}

function renderScore(score: AnswerScore, answer: string): Child[] {
  const rated = score.level !== "insufficient-evidence";
  const headline = rated ? levelName(score.level as number) : "Not enough evidence to rate";
  const detail = rated ? `expected level ${score.score?.toFixed(1)} · confidence ${Math.round(score.confidence * 100)}% (${confidenceWords(score.confidence)})` : "";
  return [
    el("p", { class: `status level level-${rated ? score.level : "none"}`, attrs: { role: "status" } }, el("strong", {}, headline), detail ? ` — ${detail}` : ""),
    el("ul", { class: "star", attrs: { "aria-label": "STAR elements" } },
      ...STAR.map((part) => {
        const present = score.star[part].present;
        return el("li", { class: present ? "present" : "absent" }, el("span", { attrs: { "aria-hidden": "true" } }, present ? "✓ " : "✗ "), `${part[0]?.toUpperCase()}${part.slice(1)}`, el("span", { class: "visually-hidden" }, present ? " present" : " missing"));
      }),
    ),
    highlightedAnswer(score, answer),
    evidenceList(score),
    section("Flags", score.flags.map((f) => f.message), "flags"),
    section("Why this level", score.reasons, "reasons"),
    nextLevel(score),
  ];
}

function highlightedAnswer(score: AnswerScore, answer: string): HTMLElement {
  const marks: Mark[] = score.evidence
    .filter((e) => e.counted || e.kind === "red-flag")
    .map((e) => ({ span: e.span, kind: e.kind === "red-flag" ? "red-flag" : "evidence", note: e.description }));
  for (const flag of score.flags) for (const span of flag.spans ?? []) marks.push({ span, kind: "red-flag", note: flag.message });
  const runs = segmentText(answer, marks).map((s) =>
    s.kind === "plain" ? s.text : el("mark", { class: s.kind, attrs: { title: s.notes.join("; ") } }, s.text, el("span", { class: "visually-hidden" }, ` (${s.kind === "red-flag" ? "red flag" : "evidence"}: ${s.notes.join("; ")})`)),
  );
  return el("figure", { class: "answer-view" },
    el("figcaption", {}, "The answer, with the evidence the level rests on ", el("mark", { class: "evidence" }, "highlighted"), " and red flags ", el("mark", { class: "red-flag" }, "marked"), "."),
    el("blockquote", { class: "answer-text" }, ...runs),
  );
}

function evidenceList(score: AnswerScore): HTMLElement | null {
  if (score.evidence.length === 0) return null;
  const counted = score.evidence.filter((e) => e.counted || e.kind === "red-flag");
  const notCounted = score.evidence.filter((e) => !e.counted && e.kind !== "red-flag");
  const item = (e: AnswerScore["evidence"][number]): HTMLElement =>
    el("li", { class: e.kind }, el("q", {}, e.quote), ` — ${e.description}`, e.mode === "performed" ? "" : ` (${e.mode.replace("-", " ")})`);
  return el("details", { class: "evidence-list" },
    el("summary", {}, `Evidence: ${counted.length} counted${notCounted.length ? `, ${notCounted.length} not counted` : ""}`),
    counted.length ? el("ul", {}, ...counted.map(item)) : null,
    notCounted.length ? el("p", {}, "Not counted (negated, hypothetical or someone else's action):") : null,
    notCounted.length ? el("ul", {}, ...notCounted.map(item)) : null,
  );
}

function section(title: string, lines: readonly string[], cls: string): HTMLElement | null {
  if (lines.length === 0) return null;
  return el("div", { class: cls }, el("h4", {}, title), el("ul", {}, ...lines.map((line) => el("li", {}, line))));
}

function nextLevel(score: AnswerScore): HTMLElement | null {
  const next = nextLevelSection(score);
  return next ? section(next.title, next.lines, "next-level") : null;
}
