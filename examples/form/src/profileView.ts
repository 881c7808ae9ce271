// Step 3: the candidate's profile: radar chart, strengths, development areas, must-haves, role fit,
// what the automated score means; export as JSON, print to PDF.
import type { App, ScoringModule } from "./app.js";
import { el, replaceChildren } from "./dom.js";
import type { ChartConfiguration } from "chart.js";
import { type CandidateProfile, getRole, type InterviewKit, listCompetencies } from "./rapport.js";
import { levelName } from "./nextLevel.js";

/**
 * The profile view; it fills in once the scorer has loaded.
 *
 * @param app - the form
 * @returns the view's element
 */
export function renderProfile(app: App): HTMLElement {
  const body = el("div", { class: "profile-body" }, el("p", { class: "status muted", attrs: { role: "status" } }, "Waiting for the scorer to load…"));
  const kit = app.state.kit;
  if (kit) app.whenScoring.then((scoring) => fill(app, scoring, kit, body), () => replaceChildren(body, el("p", { class: "status warning" }, "The scorer could not be loaded, so there is no profile: reload the page.")));
  else replaceChildren(body, el("p", {}, "There is no kit yet: create one and record the interview first."));
  return el("section", { class: "profile", attrs: { "aria-labelledby": "profile-title" } },
    el("h2", { id: "profile-title", attrs: { tabindex: -1 } }, "3 · The candidate's profile"),
    body);
}

function fill(app: App, scoring: ScoringModule, kit: InterviewKit, body: HTMLElement): void {
  const outcome = scoring.profileOf(app.state, kit, app.scores);
  if (outcome.kind !== "profile") {
    replaceChildren(body, el("p", { class: outcome.kind === "error" ? "status warning" : "status", attrs: { role: "status" } }, outcome.message));
    return;
  }
  const profile = outcome.profile;
  const chart = el("figure", { class: "radar" });
  replaceChildren(body,
    summary(profile),
    el("div", { class: "profile-grid" }, chart, findings(profile)),
    competencyTable(profile, scoring.INTERVIEWER_SHARE),
    evidence(profile),
    meaning(scoring.INTERVIEWER_SHARE),
    el("p", { class: "actions no-print" },
      el("button", { class: "primary", attrs: { type: "button" }, on: { click: () => download(scoring.profileJson(profile), `profile-${profile.candidate.id}.json`) } }, "Export as JSON"),
      el("button", { attrs: { type: "button" }, on: { click: () => window.print() } }, "Print or save as PDF"),
    ),
  );
  void drawRadar(chart, profile);
}

function summary(profile: CandidateProfile): HTMLElement {
  const fit = profile.roleFit;
  return el("div", { class: "summary" },
    el("p", {}, el("strong", {}, "Candidate: "), profile.candidate.id, profile.role ? ` · ${profile.role.name}` : "", ` · assessed ${profile.assessedAt.slice(0, 10)}, valid until ${profile.validUntil.slice(0, 10)}`),
    fit
      ? el("p", { class: "role-fit" },
          el("strong", {}, `${profile.role ? "Role fit" : "Fit with your weights"}: ${fit.score} / 100`),
          ` — likely between ${fit.interval[0]} and ${fit.interval[1]}; ${Math.round(fit.coverage * 100)}% of the ${profile.role ? "role's " : ""}weight was assessed${fit.coverage < 1 ? " (what was not assessed widens the interval)" : ""}.`)
      : el("p", { class: "role-fit" }, "No fit score: nothing the kit weighs was assessed."),
    el("p", { class: "muted" }, `STAR completeness ${profile.starCompleteness === null ? "—" : `${Math.round(profile.starCompleteness * 100)}%`} · ${profile.unratedAnswers} answer${profile.unratedAnswers === 1 ? "" : "s"} could not be rated · versions: library ${profile.versions.library}, rubric ${profile.versions.rubric}, scorer ${profile.versions.scorer}`),
  );
}

const nameOf = (id: string): string => listCompetencies().find((c) => c.id === id)?.name ?? id;

function findings(profile: CandidateProfile): HTMLElement {
  const list = (title: string, items: readonly string[], none: string): HTMLElement =>
    el("div", {}, el("h3", {}, title), items.length ? el("ul", {}, ...items.map((i) => el("li", {}, i))) : el("p", { class: "muted" }, none));
  const level = (id: string): string => {
    const c = profile.competencies.find((x) => x.competency === id);
    return c ? ` (level ${c.level}, ${c.score.toFixed(1)})` : "";
  };
  return el("div", { class: "findings-list" },
    list("Strengths", profile.strengths.map((id) => nameOf(id) + level(id)), "None at level 4 or above yet."),
    list("Development areas", profile.developmentAreas.map((id) => nameOf(id) + level(id)), "None at level 2 or below, or under the role's minimum."),
    list("Must-haves below the minimum", profile.mustHaveGaps.map((g) => `${nameOf(g.competency)}: ${g.level === null ? "not assessed" : `level ${g.level}`}, needs ${g.minLevel}`), profile.role ? "Every must-have reached its minimum." : "No role, so no must-haves."),
  );
}

function competencyTable(profile: CandidateProfile, interviewerShare: number): HTMLElement {
  const head = ["Competency", "Level", "Score (95% interval)", "From", "Answers", "Ratings by", "Weight"];
  return el("table", { class: "competency-table" },
    el("caption", {}, "Every competency assessed, heaviest in the role first"),
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { attrs: { scope: "col" } }, h)))),
    el("tbody", {}, ...profile.competencies.map((c) =>
      el("tr", {},
        el("th", { attrs: { scope: "row" } }, c.name),
        el("td", {}, levelName(c.level)),
        el("td", {}, `${c.score.toFixed(1)} (${c.interval[0].toFixed(1)}–${c.interval[1].toFixed(1)})`),
        el("td", {}, c.source === "both" ? `both (you ${Math.round(interviewerShare * 100)}%)` : c.source),
        el("td", {}, c.answers),
        el("td", {}, c.raters ? `${c.raters} interviewer${c.raters === 1 ? "" : "s"}` : "—"),
        el("td", {}, `${Math.round(c.weight * 100)}%`),
      ))),
  );
}

function evidence(profile: CandidateProfile): HTMLElement {
  const withEvidence = profile.competencies.filter((c) => c.evidence.length > 0);
  return el("details", { class: "profile-evidence" },
    el("summary", {}, "The evidence behind each automated level"),
    ...withEvidence.map((c) => el("div", {}, el("h4", {}, c.name),
      el("ul", {}, ...c.evidence.map((e) => el("li", { class: e.kind }, el("q", {}, e.quote), ` — ${e.description}${e.kind === "red-flag" ? " (red flag)" : ""}`))))),
    withEvidence.length ? null : el("p", {}, "No automated evidence: the levels come from your ratings."),
  );
}

function meaning(interviewerShare: number): HTMLElement {
  return el("aside", { class: "meaning", attrs: { "aria-labelledby": "meaning-title" } },
    el("h3", { id: "meaning-title" }, "What the automated score means, and what it does not"),
    el("p", {}, "The automated level reads the answer's words for what the rubric asks for: a specific situation, the candidate's own actions, an outcome, reflection. Red flags such as blaming or mocking the customer cap it at level 2, and length earns nothing. The highlighted passages are the evidence it used."),
    el("p", {}, "It does not know whether a story is true, cannot hear tone or see the candidate, and never reads names. On interview answers like these it agrees with trained human raters at a quadratic weighted kappa of 0.75 (a held-out set); it is not built for other kinds of text."),
    el("p", {}, `Your own rating counts for ${Math.round(interviewerShare * 100)}% where both exist. The interval is how sure the profile is: a wide one means too little evidence. Where your rating and the automated one differ, read the evidence; do not decide on the automated score alone.`),
  );
}

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = el("a", { attrs: { href: url, download: name.replace(/[^\w.-]+/g, "-") } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function drawRadar(figure: HTMLElement, profile: CandidateProfile): Promise<void> {
  const competencies = profile.competencies;
  const caption = el("figcaption", {}, "Level of each competency assessed (1 Concern to 5 Exceptional)", profile.role ? "; red diamonds: the role's minimum for its must-haves." : ".");
  if (competencies.length < 3) return replaceChildren(figure, el("p", { class: "muted" }, "A radar chart needs three competencies or more; the table below has the levels."));
  const description = competencies.map((c) => `${c.name} ${c.score.toFixed(1)}`).join(", ");
  const canvas = el("canvas", { attrs: { width: 440, height: 400, role: "img", "aria-label": `Radar chart of competency levels: ${description}.` } });
  replaceChildren(figure, canvas, caption);
  const { Chart, Filler, Legend, LineElement, PointElement, RadarController, RadialLinearScale, Tooltip } = await import("chart.js");
  Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, Legend, Tooltip);
  const minimum = new Map(profile.role ? getRole(profile.role.id).mustHave.map((m) => [m.competency, m.minLevel]) : []);
  const mins = competencies.map((c) => minimum.get(c.competency) ?? null);
  const datasets: ChartConfiguration<"radar">["data"]["datasets"] = [
    { label: "Level", data: competencies.map((c) => c.score), fill: true, backgroundColor: "rgba(11, 87, 208, 0.15)", borderColor: "#0b57d0", pointBackgroundColor: "#0b57d0", borderWidth: 2 },
  ];
  if (mins.some((m) => m !== null)) {
    datasets.push({ label: "Role's minimum (must-haves)", data: mins, fill: false, showLine: false, pointStyle: "rectRot", pointRadius: 6, pointBackgroundColor: "#b3261e", borderColor: "#b3261e" });
  }
  new Chart(canvas, {
    type: "radar",
    data: { labels: competencies.map((c) => c.name), datasets },
    options: {
      responsive: false,
      animation: false,
      devicePixelRatio: 2,
      scales: { r: { min: 0, max: 5, ticks: { stepSize: 1, backdropColor: "transparent", color: "#444" }, pointLabels: { color: "#1a1a1a", font: { size: 12 } }, grid: { color: "#ccc" } } },
      plugins: { legend: { position: "bottom", labels: { color: "#1a1a1a", usePointStyle: true } } },
    },
  });
}
