// Step 2: each question with its probes and anchors; the answer scored as it is typed.
import type { App } from "./app.js";
import { debounce, el, replaceChildren, uid } from "./dom.js";
import { precheck } from "./outcome.js";
import { getCompetency, type Level, LevelLabel, type StarQuestion } from "./rapport.js";
import { renderOutcome } from "./scoreView.js";

/** Quiet time after the last keystroke before the answer is scored again. */
export const SCORE_DEBOUNCE_MS = 200;

/**
 * The interview view: every question of the kit.
 *
 * @param app - the form
 * @returns the view's element
 */
export function renderInterview(app: App): HTMLElement {
  const kit = app.state.kit;
  const heading = el("h2", { id: "interview-title", attrs: { tabindex: -1 } }, "2 · The interview");
  if (!kit) {
    return el("section", { attrs: { "aria-labelledby": "interview-title" } }, heading,
      el("p", {}, "There is no kit yet. ", el("button", { attrs: { type: "button" }, on: { click: () => app.go("setup") } }, "Create one first")));
  }
  return el("section", { attrs: { "aria-labelledby": "interview-title" } },
    heading,
    el("p", { class: "muted" }, `${kit.title}. Type or paste what the candidate says; each answer is scored as you type. Your own rating counts for more than the automated one in the profile.`),
    ...kit.questions.map((q, i) => questionCard(app, q, i)),
    el("p", { class: "actions" }, el("button", { class: "primary", attrs: { type: "button" }, on: { click: () => app.go("profile") } }, "See the profile →")),
  );
}

function questionCard(app: App, question: StarQuestion, index: number): HTMLElement {
  const competency = getCompetency(question.competency);
  const titleId = uid("q-title");
  const answerId = uid("answer");
  const ratingId = uid("rating");
  const panel = el("div", { class: "score-panel" });
  const work = app.state.work[question.id] ?? { answer: "", rating: null };
  const answer = el("textarea", { id: answerId, attrs: { rows: 7, "data-question": question.id, spellcheck: true } });
  answer.value = work.answer;
  const rescore = (measured: boolean): void => scoreInto(app, question, answer.value, panel, measured);
  const rescoreSoon = debounce(() => rescore(true), SCORE_DEBOUNCE_MS);
  answer.addEventListener("input", () => {
    app.update((s) => ({ ...s, work: { ...s.work, [question.id]: { rating: s.work[question.id]?.rating ?? null, answer: answer.value } } }));
    const early = precheck(answer.value);
    if (early) {
      app.scores.delete(question.id);
      replaceChildren(panel, ...renderOutcome(early, answer.value));
    } else rescoreSoon();
  });
  const rating = el("select", { id: ratingId, on: { change: () => setRating(app, question.id, rating.value) } },
    el("option", { attrs: { value: "" } }, "Not rated"),
    ...competency.rubric.map((r) => el("option", { attrs: { value: r.level, selected: work.rating === r.level } }, `${r.level} · ${r.label}`)));
  rescore(false);
  if (!app.scoring()) app.whenScoring.then(() => rescore(false), () => undefined);
  return el("article", { class: "question", attrs: { "aria-labelledby": titleId, "data-question": question.id } },
    el("h3", { id: titleId }, `Q${index + 1} · ${competency.name}`, el("span", { class: "muted" }, ` · ${question.type} · ${question.durationMinutes} min`)),
    el("p", { class: "question-text" }, question.text),
    el("div", { class: "guides" },
      el("details", { attrs: { open: true } }, el("summary", {}, "Probes"),
        el("dl", { class: "probes" }, ...(["situation", "task", "action", "result"] as const).flatMap((p) => [el("dt", {}, p), el("dd", {}, question.probes[p])]))),
      el("details", { attrs: { open: true } }, el("summary", {}, "What answers sound like"),
        el("ul", { class: "anchors plain" }, ...question.anchors.map((a) => el("li", {}, el("strong", {}, `${a.level} · ${LevelLabel.options[a.level - 1]}: `), a.text)))),
      el("details", {}, el("summary", {}, `The ${competency.name.toLowerCase()} rubric`),
        el("ol", { class: "rubric" }, ...competency.rubric.map((r) => el("li", {}, el("strong", {}, `${r.label}: `), r.summary)))),
    ),
    el("p", {}, el("label", { attrs: { for: answerId } }, "The candidate's answer"), answer),
    el("p", {}, el("label", { attrs: { for: ratingId } }, "Your rating"), rating),
    panel,
  );
}

function setRating(app: App, questionId: string, value: string): void {
  const level = value === "" ? null : (Number(value) as Level);
  app.update((s) => ({ ...s, work: { ...s.work, [questionId]: { answer: s.work[questionId]?.answer ?? "", rating: level } } }));
}

function scoreInto(app: App, question: StarQuestion, answer: string, panel: HTMLElement, measured: boolean): void {
  const scoring = app.scoring();
  const early = precheck(answer);
  if (early || !scoring) {
    app.scores.delete(question.id);
    replaceChildren(panel, ...(early ? renderOutcome(early, answer) : [el("p", { class: "status muted", attrs: { role: "status" } }, "The scorer is loading; this answer is scored as soon as it is ready.")]));
    return;
  }
  const started = performance.now();
  const outcome = scoring.scoreQuestion(question, answer);
  if (outcome.kind === "scored") app.scores.set(question.id, outcome.score);
  else app.scores.delete(question.id);
  replaceChildren(panel, ...renderOutcome(outcome, answer));
  const updated = performance.now();
  if (app.metrics.firstScoreAt === null && outcome.kind === "scored") app.metrics.firstScoreAt = updated;
  // "painted": after the next frame has been rendered (a task queued from its animation-frame callback).
  if (measured) requestAnimationFrame(() => setTimeout(() => app.metrics.scoreLatencies.push({ updated: updated - started, painted: performance.now() - started }), 0));
}
