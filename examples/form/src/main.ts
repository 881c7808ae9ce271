// The recruiter's form: a static page running rapport in the browser. No server, no network.
import type { App, FormMetrics, ScoringModule, View } from "./app.js";
import { el, replaceChildren } from "./dom.js";
import { renderInterview } from "./interview.js";
import { renderProfile } from "./profileView.js";
import { listRoles } from "./rapport.js";
import { renderSetup } from "./setup.js";
import { type FormState, forNewCandidate, loadState, saveState } from "./store.js";

const metrics: FormMetrics = { usableAt: null, scoringReadyAt: null, firstScoreAt: null, scoreLatencies: [] };
window.rapportForm = metrics;

const VIEWS: readonly { readonly view: View; readonly label: string }[] = [
  { view: "setup", label: "1 · Kit" },
  { view: "interview", label: "2 · Interview" },
  { view: "profile", label: "3 · Profile" },
];

function start(root: HTMLElement): void {
  const loaded = loadState(localStorage, listRoles()[0]?.id ?? "");
  let state: FormState = loaded.state;
  let scoring: ScoringModule | null = null;
  const notice = el("p", { class: "notice", attrs: { role: "alert" } }, loaded.problem ?? "");
  const modelStatus = el("p", { class: "model-status", attrs: { role: "status" } }, "Loading the scorer… you can build the kit and type answers meanwhile.");
  const main = el("main", { id: "main", attrs: { tabindex: -1 } });
  const nav = el("nav", { attrs: { "aria-label": "Steps" } });
  const whenScoring = import("./scoring.js").then((module) => {
    scoring = module;
    metrics.scoringReadyAt = performance.now();
    modelStatus.textContent = "Scorer ready: answers are scored as you type.";
    return module;
  });
  whenScoring.catch(() => {
    modelStatus.textContent = "The scorer could not be loaded: reload the page. Kits and ratings still work.";
  });
  const app: App = {
    get state() {
      return state;
    },
    update(change) {
      state = change(state);
      const problem = saveState(localStorage, state);
      if (problem) notice.textContent = problem;
    },
    go(view) {
      app.update((s) => ({ ...s, view }));
      show(view);
    },
    scoring: () => scoring,
    whenScoring,
    scores: new Map(),
    metrics,
    confirm: (message, action) => confirmDialog(root, message, action),
  };
  // Focus moves to the new view's heading when the user changes view, not on first load.
  const show = (view: View, focus = true): void => {
    replaceChildren(nav, ...VIEWS.map((v) =>
      el("button", { attrs: { type: "button", "aria-current": v.view === view ? "step" : undefined, disabled: v.view !== "setup" && !state.kit }, on: { click: () => app.go(v.view) } }, v.label)));
    replaceChildren(main, view === "setup" ? renderSetup(app) : view === "interview" ? renderInterview(app) : renderProfile(app));
    if (focus) main.querySelector<HTMLElement>("h2")?.focus({ preventScroll: true });
  };
  replaceChildren(root,
    el("a", { class: "skip no-print", attrs: { href: "#main" } }, "Skip to the form"),
    el("header", { class: "no-print" },
      el("h1", {}, "rapport · interview form"),
      modelStatus,
      candidateFields(app, () => show(state.view)),
      nav),
    notice,
    main,
    el("footer", { class: "no-print muted" }, "Everything stays in this browser: nothing is sent anywhere. Work is saved as you type."),
  );
  show(state.view, false);
  metrics.usableAt = performance.now();
}

function candidateFields(app: App, rerender: () => void): HTMLElement {
  const candidate = el("input", { id: "candidate-id", attrs: { type: "text", autocomplete: "off", value: app.state.candidateId, maxlength: 100 } });
  candidate.addEventListener("input", () => app.update((s) => ({ ...s, candidateId: candidate.value })));
  const interviewer = el("input", { id: "interviewer", attrs: { type: "text", autocomplete: "off", value: app.state.interviewer, maxlength: 100 } });
  interviewer.addEventListener("input", () => app.update((s) => ({ ...s, interviewer: interviewer.value })));
  const reset = async (): Promise<void> => {
    const ok = await app.confirm("Start a new candidate? Their answers, your ratings and the candidate reference are cleared from this browser. The kit stays, so every candidate is asked the same questions.", "Clear and start");
    if (!ok) return;
    app.update(forNewCandidate);
    candidate.value = app.state.candidateId;
    app.scores.clear();
    rerender();
  };
  return el("div", { class: "people" },
    el("p", {}, el("label", { attrs: { for: "candidate-id" } }, "Candidate reference"), candidate),
    el("p", {}, el("label", { attrs: { for: "interviewer" } }, "Interviewer"), interviewer),
    el("p", {}, el("button", { attrs: { type: "button" }, on: { click: () => void reset() } }, "New candidate…")),
  );
}

function confirmDialog(root: HTMLElement, message: string, action: string): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = el("dialog", { attrs: { "aria-labelledby": "confirm-text" } },
      el("p", { id: "confirm-text" }, message),
      el("form", { attrs: { method: "dialog" }, class: "actions" },
        el("button", { attrs: { value: "cancel", autofocus: true } }, "Cancel"),
        el("button", { class: "danger", attrs: { value: "ok" } }, action)));
    dialog.addEventListener("close", () => {
      resolve(dialog.returnValue === "ok");
      dialog.remove();
    });
    root.append(dialog);
    dialog.showModal();
  });
}

// Printing shows what folded sections hold.
window.addEventListener("beforeprint", () => document.querySelectorAll("main details").forEach((d) => ((d as HTMLDetailsElement).open = true)));

const root = document.getElementById("app");
if (root) start(root);
