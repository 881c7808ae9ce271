// Step 1: choose a role (or competencies and weights), the length, your own questions; get a kit.
import type { App } from "./app.js";
import { debounce, el, replaceChildren, uid } from "./dom.js";
import { type BuildInterviewKitOptions, type CustomQuestion, getRole, type InterviewKit, type LintFinding, lintQuestion, listCompetencies, listRoles, MIN_KIT_MINUTES, safeBuildInterviewKit } from "./rapport.js";
import { type KitSetup, newSeed } from "./store.js";

/**
 * The kit view.
 *
 * @param app - the form
 * @returns the view's element
 */
export function renderSetup(app: App): HTMLElement {
  const choice = el("div", { class: "choice" });
  const errors = el("div", { class: "errors", attrs: { role: "alert" } });
  const fillChoice = (): void => replaceChildren(choice, app.state.setup.mode === "role" ? roleFields(app) : competencyFields(app));
  fillChoice();
  const setMode = (mode: KitSetup["mode"]): void => {
    app.update((s) => ({ ...s, setup: { ...s.setup, mode } }));
    fillChoice();
  };
  const radio = (mode: KitSetup["mode"], label: string): HTMLElement =>
    el("label", { class: "inline" },
      el("input", { attrs: { type: "radio", name: "mode", value: mode, checked: app.state.setup.mode === mode }, on: { change: () => setMode(mode) } }),
      ` ${label}`);
  const durationId = uid("duration");
  const form = el("form", { attrs: { novalidate: true }, on: { submit: (e) => { e.preventDefault(); void createKit(app, errors); } } },
    el("fieldset", {}, el("legend", {}, "What to assess"), radio("role", "A role"), radio("competencies", "Competencies and weights of my own")),
    choice,
    el("p", {},
      el("label", { attrs: { for: durationId } }, "Interview length (minutes)"),
      el("input", {
        id: durationId,
        attrs: { type: "number", min: MIN_KIT_MINUTES, max: 480, step: 5, value: app.state.setup.durationMinutes, required: true, inputmode: "numeric" },
        on: { change: (e) => setDuration(app, e.target as HTMLInputElement, errors) },
      }),
    ),
    customQuestions(app),
    errors,
    el("p", {}, el("button", { class: "primary", attrs: { type: "submit" } }, app.state.kit ? "Make a new kit" : "Create the interview kit")),
  );
  return el("section", { attrs: { "aria-labelledby": "setup-title" } },
    el("h2", { id: "setup-title", attrs: { tabindex: -1 } }, "1 · The interview kit"),
    form,
    app.state.kit ? kitSummary(app, app.state.kit, errors) : null,
  );
}

function setDuration(app: App, input: HTMLInputElement, errors: HTMLElement): void {
  const minutes = Number(input.value);
  if (!Number.isInteger(minutes) || minutes < MIN_KIT_MINUTES || minutes > 480) {
    replaceChildren(errors, el("p", {}, `The interview length must be a whole number of minutes from ${MIN_KIT_MINUTES} to 480.`));
    return;
  }
  replaceChildren(errors);
  app.update((s) => ({ ...s, setup: { ...s.setup, durationMinutes: minutes } }));
}

function roleFields(app: App): HTMLElement {
  const id = uid("role");
  const about = el("div", { class: "role-about" });
  const describe = (): void => {
    const role = getRole(app.state.setup.role);
    const weights = Object.entries(role.weights).sort((a, b) => b[1] - a[1]);
    replaceChildren(about,
      el("p", {}, role.description),
      el("p", { class: "muted" }, "Weighs most: ", weights.slice(0, 5).map(([c, w]) => `${nameOf(c)} ${Math.round(w * 100)}%`).join(", "), "."),
      el("p", { class: "muted" }, "Must-haves: ", role.mustHave.map((m) => `${nameOf(m.competency)} (level ${m.minLevel} or above)`).join(", "), "."),
    );
  };
  describe();
  const select = el("select", {
    id,
    on: { change: (e) => { const role = (e.target as HTMLSelectElement).value; app.update((s) => ({ ...s, setup: { ...s.setup, role } })); describe(); } },
  }, ...listRoles().map((r) => el("option", { attrs: { value: r.id, selected: r.id === app.state.setup.role } }, r.name)));
  return el("div", {}, el("p", {}, el("label", { attrs: { for: id } }, "Role"), select), about);
}

const nameOf = (id: string): string => listCompetencies().find((c) => c.id === id)?.name ?? id;

function competencyFields(app: App): HTMLElement {
  const share = new Map<string, HTMLElement>();
  const refreshShares = (): void => {
    const chosen = app.state.setup.competencies;
    const total = Object.values(chosen).reduce((a, b) => a + b, 0);
    for (const [id, node] of share) node.textContent = chosen[id] !== undefined ? `${Math.round((chosen[id] / total) * 100)}% of the interview` : "";
  };
  const rows = listCompetencies().map((c) => {
    const boxId = uid("pick");
    const weightId = uid("weight");
    const weight = app.state.setup.competencies[c.id];
    const out = el("span", { class: "muted share" });
    share.set(c.id, out);
    const weightInput = el("input", {
      id: weightId,
      attrs: { type: "number", min: 1, max: 10, step: 1, value: weight ?? 1, disabled: weight === undefined, "aria-label": `Weight of ${c.name}, 1 to 10` },
      on: { change: (e) => setWeight(app, c.id, Number((e.target as HTMLInputElement).value), refreshShares) },
    });
    const box = el("input", {
      id: boxId,
      attrs: { type: "checkbox", checked: weight !== undefined },
      on: { change: (e) => { const on = (e.target as HTMLInputElement).checked; weightInput.disabled = !on; pick(app, c.id, on ? Number(weightInput.value) || 1 : null); refreshShares(); } },
    });
    return el("li", {}, box, el("label", { attrs: { for: boxId } }, ` ${c.name}`), " ", weightInput, " ", out);
  });
  refreshShares();
  return el("fieldset", { class: "competencies" },
    el("legend", {}, "Competencies, each with a weight from 1 to 10"),
    el("p", { class: "muted" }, "Heavier competencies get more of the interview's time."),
    el("ul", { class: "plain columns" }, ...rows),
  );
}

function pick(app: App, id: string, weight: number | null): void {
  app.update((s) => {
    const { [id]: _dropped, ...rest } = s.setup.competencies;
    return { ...s, setup: { ...s.setup, competencies: weight === null ? rest : { ...rest, [id]: weight } } };
  });
}

function setWeight(app: App, id: string, weight: number, refresh: () => void): void {
  if (!Number.isInteger(weight) || weight < 1 || weight > 10) return;
  pick(app, id, weight);
  refresh();
}

/** The options of buildInterviewKit for the current setup, or a message saying what is missing. */
export function kitOptions(setup: KitSetup): BuildInterviewKitOptions | string {
  const common = { durationMinutes: setup.durationMinutes, seed: setup.seed, customQuestions: setup.customQuestions };
  if (setup.mode === "role") return { ...common, role: setup.role };
  const chosen = Object.entries(setup.competencies);
  if (chosen.length === 0) return "Choose at least one competency to assess.";
  const total = chosen.reduce((a, [, w]) => a + w, 0);
  return { ...common, competencies: chosen.map(([id]) => id), weights: Object.fromEntries(chosen.map(([id, w]) => [id, w / total])) };
}

async function createKit(app: App, errors: HTMLElement, reseed = false): Promise<void> {
  const setup = reseed ? { ...app.state.setup, seed: newSeed() } : app.state.setup;
  const options = kitOptions(setup);
  if (typeof options === "string") return replaceChildren(errors, el("p", {}, options));
  const result = safeBuildInterviewKit(options);
  if (!result.success) return replaceChildren(errors, el("ul", {}, ...result.issues.map((i) => el("li", {}, i.message))));
  const kit = result.data;
  const ids = new Set(kit.questions.map((q) => q.id));
  const lost = Object.entries(app.state.work).filter(([id, w]) => !ids.has(id) && (w.answer.trim() !== "" || w.rating !== null)).length;
  if (lost > 0 && !(await app.confirm(`The new kit drops ${lost} question${lost === 1 ? "" : "s"} that already ${lost === 1 ? "has" : "have"} an answer or rating. Replace the kit and clear ${lost === 1 ? "it" : "them"}?`, "Replace the kit"))) return;
  app.update((s) => ({ ...s, setup, kit, work: Object.fromEntries(Object.entries(s.work).filter(([id]) => ids.has(id))) }));
  app.go("setup");
  document.getElementById("kit-title")?.focus();
}

function kitSummary(app: App, kit: InterviewKit, errors: HTMLElement): HTMLElement {
  const clock = (minute: number): string => `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, "0")}`;
  return el("section", { class: "kit", attrs: { "aria-labelledby": "kit-title" } },
    el("h3", { id: "kit-title", attrs: { tabindex: -1 } }, kit.title),
    el("p", {}, `${kit.questions.length} questions; the agenda fills ${kit.plannedMinutes} of ${kit.durationMinutes} minutes.`),
    el("table", {},
      el("caption", {}, "Coverage"),
      el("thead", {}, el("tr", {}, ...["Competency", "Weight", "Questions", "Must reach"].map((h) => el("th", { attrs: { scope: "col" } }, h)))),
      el("tbody", {}, ...kit.coverage.map((c) => el("tr", {}, el("th", { attrs: { scope: "row" } }, c.name), el("td", {}, `${Math.round(c.weight * 100)}%`), el("td", {}, c.questions), el("td", {}, c.minLevel ? `level ${c.minLevel}` : "—")))),
    ),
    kit.omitted.length ? el("details", {}, el("summary", {}, `Left out: ${kit.omitted.length} competencies`), el("ul", {}, ...kit.omitted.map((o) => el("li", {}, `${nameOf(o.competency)}: ${o.reason}`)))) : null,
    el("details", {}, el("summary", {}, "Agenda"), el("ol", { class: "plain" }, ...kit.agenda.map((a) => el("li", {}, `${clock(a.startMinute)} · ${a.title} (${a.durationMinutes} min)`)))),
    el("p", { class: "actions" },
      el("button", { attrs: { type: "button" }, on: { click: () => void createKit(app, errors, true) } }, "Draw different questions"),
      el("button", { class: "primary", attrs: { type: "button" }, on: { click: () => app.go("interview") } }, "Start the interview →"),
    ),
  );
}

function customQuestions(app: App): HTMLElement {
  const textId = uid("custom-text");
  const competencyId = uid("custom-competency");
  const typeId = uid("custom-type");
  const lintOut = el("div", { class: "lint", attrs: { "aria-live": "polite" } });
  const list = el("ul", { class: "plain custom-list" });
  const text = el("textarea", { id: textId, attrs: { rows: 2, "aria-describedby": `${textId}-lint` } });
  lintOut.id = `${textId}-lint`;
  const competency = el("select", { id: competencyId }, ...listCompetencies().map((c) => el("option", { attrs: { value: c.id } }, c.name)));
  const type = el("select", { id: typeId }, el("option", { attrs: { value: "behavioural" } }, "Behavioural (a past example)"), el("option", { attrs: { value: "situational" } }, "Situational (what would you do)"));
  const add = el("button", { attrs: { type: "button", disabled: true } }, "Add this question");
  const lint = (): void => {
    const findings = text.value.trim() === "" ? [] : lintQuestion(text.value, { type: type.value as CustomQuestion["type"] });
    add.disabled = text.value.trim() === "" || findings.some((f) => f.severity === "error");
    replaceChildren(lintOut, ...lintMessages(text.value, findings));
  };
  const lintSoon = debounce(lint, 120);
  text.addEventListener("input", lintSoon);
  type.addEventListener("change", lint);
  const refreshList = (): void => replaceChildren(list, ...app.state.setup.customQuestions.map((q, i) =>
    el("li", {}, el("q", {}, q.text), ` — ${nameOf(q.competency)}, ${q.type} `,
      el("button", { attrs: { type: "button", "aria-label": `Remove your question ${i + 1}` }, on: { click: () => { app.update((s) => ({ ...s, setup: { ...s.setup, customQuestions: s.setup.customQuestions.filter((_, j) => j !== i) } })); refreshList(); } } }, "Remove"))));
  add.addEventListener("click", () => {
    const question: CustomQuestion = { text: text.value.trim(), competency: competency.value, type: type.value as CustomQuestion["type"] };
    app.update((s) => ({ ...s, setup: { ...s.setup, customQuestions: [...s.setup.customQuestions, question] } }));
    text.value = "";
    lint();
    refreshList();
  });
  refreshList();
  return el("fieldset", { class: "custom" },
    el("legend", {}, "Your own questions (optional, asked first)"),
    el("p", {}, el("label", { attrs: { for: textId } }, "Question"), text),
    lintOut,
    el("p", { class: "row" }, el("label", { attrs: { for: competencyId } }, "Assesses"), competency, el("label", { attrs: { for: typeId } }, "Type"), type, add),
    list,
  );
}

function lintMessages(text: string, findings: readonly LintFinding[]): HTMLElement[] {
  if (text.trim() === "") return [];
  if (findings.length === 0) return [el("p", { class: "ok" }, "✓ No problems found.")];
  return [el("ul", { class: "findings" }, ...findings.map((f) =>
    el("li", { class: f.severity },
      el("strong", {}, f.severity === "error" ? "Do not ask: " : "Consider: "),
      f.message,
      f.span ? el("span", { class: "muted" }, " (", el("q", {}, text.slice(f.span[0], f.span[1])), ")") : null)))];
}
